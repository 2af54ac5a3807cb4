import type { ProjectKind } from './storage.js';
import type { Sandbox, SandboxCommandResult } from './sandbox.js';
import type { ChainAdapter } from './chain.js';
import type { EventInput } from '../events/events.js';
import type { LlmMessage, LlmToolCall, LlmToolDefinition } from './llm.js';

/** A problem a check found, with its place when known. */
export interface CheckIssue {
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

/** An app a check served and looked at: the run announces it as `preview.ready` and returns it in its result. */
export interface RunPreview {
  /** Where the app is served (it keeps serving after the check). */
  url: string;
  /** Screenshot of the verified app, when one was taken. */
  screenshotPath: string | null;
  /** Where interactive docs of the app are served, when a check serves them (an API run's docs page: `preview.ready` carries it as `docsUrl`). */
  docsUrl?: string;
}

/**
 * Where a check runs when not after build: `spec`, the node of an api run that writes the API's
 * description before anything implements it (plan → spec → build → checks); or `tests`, the node
 * right after build where the model writes tests of the request (plan → build → tests → checks).
 * Either way only that node may change `path`: build and fix get a tool error when they try.
 */
export interface CheckPhase {
  /** The node: `spec` (before build) or `tests` (right after build). */
  node: 'spec' | 'tests';
  /** The file the node lets the model write and the check judges, project-relative (`openapi.yaml`, `tests/e2e/app.flow.json`). */
  path: string;
  /** Optional. What the model is told about the file (its format, what to cover), added to the node's request. */
  instructions?: string;
  /**
   * Optional. npm packages the file needs to run (a test runner and its libraries, exact
   * versions): the node adds those package.json lacks to its `devDependencies` before the model
   * writes (`dependency.added`, as `add_dependencies` does), so the checks after it install them
   * through the project's normal install. Versions the project already names are kept.
   */
  devDependencies?: Record<string, string>;
}

/** The work in progress of a run, served live while it builds (see `Check.livePreview`). */
export interface LivePreview {
  /** Where it is served; the same URL from step to step while the server keeps running. */
  url: string;
  /** Stops serving it; the run calls it once it has ended. */
  stop(): Promise<void>;
}

/** A run that ended, as `Check.afterRun` gets it. */
export interface CheckRunEnd {
  runId: string;
  projectId: string;
  kind: ProjectKind;
  /** The project's sandbox, when the run opened it (it stays open: the builder keeps it for the project's next run and its preview). */
  sandbox?: Sandbox;
}

/** How a check ended. A check that cannot run is `skipped`, never `passed`. */
export type CheckResult =
  | {
      status: 'passed';
      /** The app the check served and verified (a browser check): the run emits `preview.ready` with it and returns it. */
      preview?: RunPreview;
    }
  | {
      status: 'failed';
      /** Compact, deduplicated report for the fix step. */
      report: string;
      issues: CheckIssue[];
    }
  | { status: 'skipped'; reason: string };

/** Events a check may emit: all but `preview.ready`, which the run emits from the check's result. */
export type CheckEventInput = Exclude<EventInput, { type: 'preview.ready' }>;

/** One model call of a check (`CheckContext.callModel`). */
export interface CheckModelRequest {
  /** The name the call is made under: in `usage` and `llm.delta` events, and the node a scripted transcript's turn names (e.g. `security-review`). */
  node: string;
  messages: LlmMessage[];
  /** The tools the model may call: its answer's structure (the check validates the arguments). */
  tools: LlmToolDefinition[];
}

/** What the model answered a check: its text and tool calls, arguments not yet validated. */
export interface CheckModelAnswer {
  text: string;
  toolCalls: LlmToolCall[];
}

/** What a check gets to do its work. */
export interface CheckContext {
  projectId: string;
  runId: string;
  kind: ProjectKind;
  /** The sandbox, with the run's current files already written. */
  sandbox: Sandbox;
  /** The run's current files (path → content). */
  files: Readonly<Record<string, string>>;
  /** Chain adapter, for dapp runs. */
  chain?: ChainAdapter;
  /** Directory for artifacts (screenshots); created on demand. */
  artifactsDir: string;
  signal: AbortSignal;
  /** Runs a command in the sandbox with `command.*` events. */
  run(command: string, options?: { timeoutMs?: number; network?: boolean; reach?: string[]; env?: Record<string, string> }): Promise<SandboxCommandResult>;
  /**
   * Optional (the run gives it; a context made by hand may not). Opens a sandbox that belongs to
   * no project, through the builder's sandbox adapter, under an id no project can take
   * (`buildwright.neutral.<name>`): for a service shared by projects that already trust the same
   * code (one dependency set), e.g. a warm type-checker. Write no project's files to it; the
   * caller kills it when done. `name`: lowercase letters, digits and "-", at most 64.
   */
  openNeutralSandbox?(options: { name: string; signal?: AbortSignal }): Promise<Sandbox>;
  /**
   * Optional (a run gives it to the checks it runs; `prepare`, `livePreview` and a context made by
   * hand may not have it). Paths the run added or changed so far, against the files it started
   * from (the template or the edited version): what a review of the run's work looks at.
   */
  changedFiles?: readonly string[];
  /**
   * Optional (a run gives it to the checks it runs; `prepare`, `livePreview` and a context made by
   * hand may not have it). One call of the builder's model for a check that asks it something (the
   * security check's model review): counted in the run's usage and budgets like the run's own calls
   * (a `usage` event with `node`), its text streamed as `llm.delta`, cancelled with the run. It
   * changes no file: the check reads the answer (text and tool calls) and decides what it means.
   */
  callModel?(request: CheckModelRequest): Promise<CheckModelAnswer>;
  /** Emits an event (contract.*, notice.posted...). A preview is returned in the result (`{ status: 'passed', preview }`), not emitted. */
  emit(event: CheckEventInput): Promise<void>;
  /** Adds or changes files (e.g. a generated contract module); they become part of the version. */
  writeFiles(files: Record<string, string>): Promise<void>;
}

/**
 * A check of the run graph: imports, validate, build, browser, or your own. Checks run in order
 * after the build step; the first failure goes to the fix step. Consecutive checks with the same
 * `parallel` group run concurrently and fail together.
 *
 * @example
 * const noTodo: Check = {
 *   name: 'no-todo',
 *   async run({ files }) {
 *     const bad = Object.keys(files).filter((path) => files[path]!.includes('TODO'));
 *     return bad.length ? { status: 'failed', report: `TODO left in ${bad.join(', ')}`, issues: [] } : { status: 'passed' };
 *   },
 * };
 */
export interface Check {
  /** Name used in events (`check.failed` { check }). */
  name: string;
  /** Project kinds the check applies to; all when omitted. */
  kinds?: ProjectKind[];
  run(context: CheckContext): Promise<CheckResult>;
  /**
   * Optional. A group name (e.g. `'after-build'`): consecutive checks of the same group run at
   * the same time, once the checks before them passed, and their failures go to the fix step as one
   * turn (the reports one after another, each under its check's name). Each check still emits its
   * own `check.*` events. Give it only to checks that do not depend on each other's work.
   */
  parallel?: string;
  /**
   * Optional. Runs the check in a node of its own instead of after build. With `{ node: 'spec',
   * path: 'openapi.yaml' }` a run of the check's kinds gets a `spec` node after the plan: the model
   * writes only `path` there, this check judges it, and a failure goes back to the model within the
   * node (counted in `limits.maxFixAttempts`); build and fix then implement `path` and cannot change it.
   * With `{ node: 'tests', path }` the node comes right after build (the model writes tests of the
   * request there) and the fix step cannot change `path`: tests are frozen for the fix loop.
   */
  phase?: CheckPhase;
  /**
   * Optional. Called once per run, in the background, as soon as the sandbox holds the files the
   * run starts from (before the model builds), to start work `run` can reuse later: restore
   * dependencies, warm a long-lived process. Its context runs commands without events, emits
   * nothing and cannot change files; its errors are ignored. Its `signal` aborts when the run
   * is cancelled and when the builder closes; `close()` waits for `prepare` to return, so stop then,
   * leaving nothing half-written that `run` would trust. `run` must give the same result
   * whether or not it ran.
   */
  prepare?(context: CheckContext): Promise<void>;
  /**
   * Optional. Serves the work in progress while the model builds (a dev server that reloads as
   * files change): called after each plan step but the last, in the background, with the step's
   * files in the sandbox, and again after each fix attempt (`stepId` `fix-1`, `fix-2`, ...) while it
   * is serving (one it returned before; a fix never starts one): bring what runs up to the files
   * then (a dev server with hot reload has nothing to do; restart a server without it). The run
   * emits `preview.updated { url, afterStep }` from the result
   * (`undefined`: nothing to show yet) and calls `stop()` once it has ended. It is never called
   * verified: `preview.ready` comes from `run`. Its context runs commands without events, emits
   * nothing and cannot change files, and its signal aborts when the build ends (stop waiting then;
   * what was started is still returned or stopped). An error is posted once as a notice and the
   * run goes on without a live preview.
   */
  livePreview?(context: CheckContext & { stepId: string }): Promise<LivePreview | undefined>;
  /**
   * Optional. Called once a run that may have used the check has ended (completed, failed,
   * cancelled, or stopped here to wait for its plan's approval), in the background: let go of what
   * only that run needed (a warm worker process, a browser) once no run uses it any more. Its
   * errors are ignored. The check may be used by another run of the project after it.
   */
  afterRun?(run: CheckRunEnd): Promise<void>;
  /**
   * Optional. Releases what the check keeps between runs in this process (a running browser, a
   * pool): `builder.close()` and `worker.close()` call it once. The check may be used again after,
   * starting them anew.
   */
  close?(): Promise<void>;
}
