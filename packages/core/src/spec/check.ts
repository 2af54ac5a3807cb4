import type { ProjectKind } from './storage.js';
import type { Sandbox, SandboxCommandResult } from './sandbox.js';
import type { ChainAdapter } from './chain.js';
import type { EventInput } from '../events/events.js';

/** A problem a check found, with its place when known. */
export interface CheckIssue {
  file?: string;
  line?: number;
  column?: number;
  message: string;
}

/** How a check ended. A check that cannot run is `skipped`, never `passed`. */
export type CheckResult =
  | { status: 'passed' }
  | {
      status: 'failed';
      /** Compact, deduplicated report for the fix step. */
      report: string;
      issues: CheckIssue[];
    }
  | { status: 'skipped'; reason: string };

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
  /** Emits an event (preview.ready, contract.*, notice.posted...). */
  emit(event: EventInput): Promise<void>;
  /** Adds or changes files (e.g. a generated contract module); they become part of the version. */
  writeFiles(files: Record<string, string>): Promise<void>;
}

/**
 * A check of the run graph: imports, validate, build, browser, or your own. Checks run in order
 * after the build step; the first failure goes to the fix step.
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
   * Optional. Called once per run, in the background, as soon as the sandbox holds the files the
   * run starts from (before the model builds), to start work `run` can reuse later: restore
   * dependencies, warm a long-lived process. Its context runs commands without events, emits
   * nothing and cannot change files; its errors are ignored. `run` must give the same result
   * whether or not it ran.
   */
  prepare?(context: CheckContext): Promise<void>;
}
