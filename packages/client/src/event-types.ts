/**
 * The types of Buildwright's events, free of any dependency so a browser client can use them. The
 * engine validates events with zod schemas (`eventSchemas` in `@buildwright/core`); a compile-time
 * check there keeps each schema equal to its type here.
 */

/** A plan the model proposes before building. */
export interface Plan {
  title: string;
  summary: string;
  steps: { id: string; title: string; files: string[] }[];
}

/** One user story of a run's requirements: "As `as`, I want `want` (so that `soThat`)", testable through its acceptance criteria. */
export interface UserStory {
  as: string;
  want: string;
  soThat?: string | undefined;
  /** Observable outcomes that show the story works (a testing step writes tests from them). */
  acceptance: string[];
}

/**
 * The short spec the requirements analyst (`createBuilder({ requirements: true })`) wrote before the
 * plan: user stories with acceptance criteria, data entities, pages, and the kind and template it
 * judged right, each with its reason. The plan is made from it; it stays in the run's state.
 */
export interface Requirements {
  summary: string;
  stories: UserStory[];
  /** Data the app keeps: a name and its fields (`title: string`, `done: boolean`). */
  entities: { name: string; fields: string[] }[];
  /** Screens (web, dapp) or resources (api): a path and what it shows or serves. */
  pages: { path: string; purpose: string }[];
  /** The run's kind, and why it fits the request. */
  kind: 'web' | 'dapp' | 'api';
  kindReason: string;
  /** The template the run starts from (absent when none is registered for the kind), and why. */
  template?: string | undefined;
  templateReason?: string | undefined;
}

/** A problem a check found, at a place in a file when it has one. */
export interface EventCheckIssue {
  file?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
  message: string;
}

/** A Solidity compiler or linter message. */
export interface SolidityIssue extends EventCheckIssue {
  severity: 'error' | 'warning';
  rule?: string | undefined;
}

/** One operation of an API's contract check: the requests sent and the first that broke the spec. */
export interface ContractOperationResult {
  operationId: string;
  /** `GET`, `POST`... */
  method: string;
  /** The spec's path template (`/todos/{id}`). */
  path: string;
  /** Valid requests sent (from the spec's examples and generated values). */
  valid: number;
  /** Invalid requests sent (each must get a 4xx). */
  invalid: number;
  /** The first request that did not answer as the spec says, or null when every one did. */
  failure: { request: string; expected: string; actual: string } | null;
}

/** The payload of each event type, without the fields every event has. */
export interface EventPayloads {
  'run.started': { mode: 'generate' | 'edit' | 'check' | 'resume'; prompt: string; kind: 'web' | 'dapp' | 'api' };
  /**
   * A generation given no template took the one most similar to its prompt among several of its
   * kind: `score` is the cosine similarity (0 when the search failed and `reason` says so).
   */
  'template.selected': { name: string; score: number; reason: string };
  /** The requirements analyst's spec (`createBuilder({ requirements: true })`), before the plan. */
  'requirements.created': { requirements: Requirements };
  'plan.created': { plan: Plan };
  /** The run (started with `approvePlan: true`) stopped after its plan and waits for `approvePlan` or `rejectPlan`. */
  'plan.awaiting_approval': { plan: Plan };
  /** The plan was approved; `plan` is the one the run builds (edited by the user when `edited`). */
  'plan.approved': { plan: Plan; edited: boolean };
  'step.started': { stepId: string; title: string };
  'step.completed': { stepId: string };
  /** Code patterns put in the step's prompt (`createBuilder({ patterns })`): the most similar to the step, capped in tokens. */
  'patterns.selected': { stepId: string; patterns: { name: string; score: number; tokens: number }[]; tokens: number };
  'llm.delta': { node: string; text: string };
  'llm.retried': { node: string; attempt: number; waitMs: number; code: string; message: string };
  /**
   * A preview of a file the model is writing (`write_file`), before the write is checked: `delta`
   * goes at character `offset` of the draft (0 starts a new draft of `path`). `discarded`: the
   * draft was not written (refused or malformed): drop it. See docs/events.md.
   */
  'file.streaming': { path: string; offset: number; delta: string; discarded?: true | undefined };
  /** `content`: the file as written, when at most 256 KiB (UTF-8); larger files are read from the project. */
  'file.written': { path: string; bytes: number; content?: string | undefined };
  /** `content`: the file after the edits, when at most 256 KiB (as in `file.written`). */
  'file.edited': { path: string; edits: number; content?: string | undefined };
  'file.edit_failed': { path: string; reason: string; nearest?: string | undefined };
  'file.deleted': { path: string };
  'dependency.added': { name: string; version: string; dev: boolean };
  'command.started': { commandId: string; command: string };
  'command.output': { commandId: string; stream: 'stdout' | 'stderr'; text: string };
  'command.exited': { commandId: string; exitCode: number | null; timedOut: boolean; durationMs: number; limitExceeded?: 'memory' | 'processes' | 'fileSize' | 'cpu' | 'disk' | undefined };
  'check.started': { check: string };
  'check.passed': { check: string; durationMs: number };
  'check.failed': { check: string; report: string; issues: EventCheckIssue[]; durationMs: number };
  'check.skipped': { check: string; reason: string };
  'fix.started': { attempt: number; check: string; report: string };
  'contract.compiled': { contracts: { name: string; file: string }[]; warnings: SolidityIssue[] };
  'contract.compile_failed': { errors: SolidityIssue[] };
  'contract.deployed': { name: string; address: string; chainId: number; network: string; txHash: string; explorerUrl: string | null };
  /** `docsUrl`: interactive API docs of an API run, their "try it" pointed at `url`. */
  'preview.ready': { url: string; screenshotPath: string | null; docsUrl?: string | undefined };
  /**
   * The work in progress, served live (a dev server) once the files of build step `afterStep`
   * landed. Never verified: `preview.ready` is the verified app. See docs/live-preview.md.
   */
  'preview.updated': { url: string; afterStep: string };
  /** An API's contract check ran: each operation of the spec, called against the running server. */
  'api.contract_checked': { specPath: string; seed: number; passed: boolean; operations: ContractOperationResult[] };
  'notice.posted': { level: 'info' | 'warn'; message: string };
  /**
   * The model called a tool of an MCP server (`tool` without the `mcp__<server>__` prefix), before
   * its consent is checked. `callId` is the model's call id; `tool.result` follows with the same one.
   */
  'tool.called': { callId: string; server: string; tool: string; arguments: Record<string, unknown> };
  /**
   * A tool call ended: `ok`, the server's `error`, the call's `timeout`, or `denied` (by policy, a
   * remembered decision or the user) or `unavailable` (the server dropped). `bytes`: size of the
   * result before capping; `truncated` when it was cut to the limit.
   */
  'tool.result': {
    callId: string;
    server: string;
    tool: string;
    status: 'ok' | 'error' | 'timeout' | 'denied' | 'unavailable';
    durationMs: number;
    bytes: number;
    truncated: boolean;
    message?: string | undefined;
  };
  /** A tool call whose policy is `ask` waits for `run.approveTool(id, decision)` (or the HTTP route). */
  'tool.approval_requested': { id: string; server: string; tool: string; arguments: Record<string, unknown> };
  /** The approval `id` was decided: by the user, or denied when nobody answered in time (`timeout`). */
  'tool.approval_decided': { id: string; server: string; tool: string; decision: 'allow' | 'deny'; remember: boolean; by: 'user' | 'timeout' };
  /**
   * A server's tool list differs from the one pinned for the project (reported before any of its
   * tools is used; the new list is pinned). Remembered decisions of changed tools no longer apply.
   */
  'tool.list_changed': { server: string; previousHash: string; hash: string; added: string[]; removed: string[]; changed: string[] };
  usage: { node: string; model: string; inputTokens: number; outputTokens: number; cachedInputTokens: number; costUsd: number; estimated: boolean };
  /**
   * `source`: `'git'` for a version a Git pull made (`gitSync`), which belongs to no run (see
   * docs/git-sync.md for how it is delivered); absent for a run's version.
   */
  'version.created': { number: number; message: string; fileCount: number; source?: 'git' | undefined };
  'run.completed': { versionNumber: number; summary: string };
  'run.failed': { code: string; message: string; check: string | null };
  'run.cancelled': { reason: string };
}

/** Every event type name. */
export type EventType = keyof EventPayloads;

/** The fields every event has. */
export interface EventEnvelope {
  runId: string;
  projectId: string;
  /** 1, 2, 3... per run, no gaps. */
  seq: number;
  /** ISO timestamp. */
  at: string;
}

/** One object type from an intersection (editors then show the fields, not `A & B & C`). */
type Flatten<T> = { [K in keyof T]: T[K] };

/** Any Buildwright event: `{ type, runId, projectId, seq, at, ...payload }`. */
export type BuildwrightEvent = { [T in EventType]: Flatten<{ type: T } & EventEnvelope & EventPayloads[T]> }[EventType];

/** The event of one type. */
export type EventOf<T extends EventType> = Extract<BuildwrightEvent, { type: T }>;

/** An event before the engine numbers and stamps it. */
export type EventInput = { [T in EventType]: Flatten<{ type: T } & EventPayloads[T]> }[EventType];
