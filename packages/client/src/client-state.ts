import type { ChatPart, ChatStatus } from './chat-parts.js';
import type { ContractOperationResult, Requirements } from './event-types.js';
import type { ProjectKind, ProjectRecord, VersionRecord } from './records.js';

/** State of the event stream of the current run. */
export type ConnectionState = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed';

/** Status of a run as the client sees it. */
export type RunStatus = 'starting' | 'running' | 'awaiting_approval' | 'completed' | 'failed' | 'cancelled';

/**
 * One chat message. Ids are stable (built from the run id and event seq), so a replay yields the same list.
 * Every run of the thread keeps its messages, its `activity` one included, when later runs start.
 */
export interface ChatMessage {
  readonly id: string;
  readonly runId: string | null;
  readonly role: 'user' | 'assistant';
  /**
   * `prompt`: what the user asked; `text`: streamed model prose; `activity`: the run's plan, checks,
   * fixes, changed files and notices (its `parts`, kept up to date while the run goes on);
   * `summary`: the run's final summary; `error`/`notice`: how a run ended or what the engine said.
   */
  readonly kind: 'prompt' | 'text' | 'activity' | 'summary' | 'error' | 'notice';
  /** The message as plain text (empty for `activity`). */
  readonly content: string;
  /** The message as typed parts, in the AI SDK's style: render each by its `type`. */
  readonly parts: readonly ChatPart[];
  /** Graph node that streamed a `text` message (`plan`, `build`, `fix`). */
  readonly node: string | null;
  /** True while more text may arrive. */
  readonly streaming: boolean;
}

/** A plan step with its live status. */
export interface PlanStepView {
  readonly id: string;
  readonly title: string;
  readonly files: readonly string[];
  readonly status: 'pending' | 'running' | 'done';
}

export interface PlanView {
  readonly title: string;
  readonly summary: string;
  readonly steps: readonly PlanStepView[];
}

/** Latest result of one check (a check runs again after each fix). */
export interface CheckView {
  readonly name: string;
  readonly status: 'running' | 'passed' | 'failed' | 'skipped';
  /** Failure report or skip reason. */
  readonly report: string | null;
  readonly durationMs: number | null;
}

export interface FixAttemptView {
  readonly attempt: number;
  readonly check: string;
  readonly report: string;
}

/** Usage summed over the run's model calls. */
export interface UsageView {
  readonly calls: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly costUsd: number;
  /** True when any figure was estimated (the provider reported none). */
  readonly estimated: boolean;
}

/** The current run, folded from its events. */
export interface RunView {
  readonly id: string;
  readonly projectId: string;
  readonly mode: 'generate' | 'edit' | 'check' | 'resume';
  readonly prompt: string;
  readonly kind: ProjectKind | null;
  readonly status: RunStatus;
  /** The requirements analyst's spec (`requirements.created`), or null when the run has none. */
  readonly requirements: Requirements | null;
  readonly plan: PlanView | null;
  readonly checks: readonly CheckView[];
  readonly fixAttempts: readonly FixAttemptView[];
  readonly usage: UsageView;
  /** Engine notices (e.g. that the model is a recorded transcript). */
  readonly notices: readonly { readonly level: 'info' | 'warn'; readonly message: string }[];
  /** Set when the run failed or was cancelled. */
  readonly error: { readonly code: string; readonly message: string; readonly check: string | null } | null;
  readonly summary: string | null;
  /** Version the run stored, once `version.created` arrived. */
  readonly versionNumber: number | null;
  /** The latest contract check of an API run (`api.contract_checked`), or null before one ran. */
  readonly apiContract: ApiContractView | null;
  /** Tool calls of MCP servers that asked for approval, in order; `pending` ones wait for `approveTool`. */
  readonly toolApprovals: readonly ToolApprovalView[];
  /** Highest event seq folded in; the stream resumes after it. */
  readonly lastSeq: number;
}

/** A tool call that asked for approval (`tool.approval_requested`), and its decision once made. */
export interface ToolApprovalView {
  readonly id: string;
  readonly server: string;
  readonly tool: string;
  readonly arguments: Readonly<Record<string, unknown>>;
  readonly status: 'pending' | 'allow' | 'deny';
}

/** An API run's latest contract check: each operation of the spec and how it answered. */
export interface ApiContractView {
  readonly specPath: string;
  readonly seed: number;
  readonly passed: boolean;
  readonly operations: readonly ContractOperationResult[];
}

/** What happened to a file during the current run. */
export type FileChange = 'written' | 'edited' | 'deleted' | 'edit_failed';

/** The project's files: path → content, `null` while a run changed it and the content is not loaded yet. */
export interface FilesView {
  /** Version the contents come from (`null` before the first version). */
  readonly version: number | null;
  readonly contents: Readonly<Record<string, string | null>>;
  /** Changes made by the current run, by path. */
  readonly changes: Readonly<Record<string, FileChange>>;
  /**
   * Drafts of files the model is writing right now (`file.streaming`), by path: what has arrived
   * so far, not yet checked or written. A draft leaves when the file is written (its content then
   * in `contents`), when it is discarded, and when the run ends.
   */
  readonly streaming: Readonly<Record<string, string>>;
}

export interface VersionsView {
  readonly list: readonly VersionRecord[];
  readonly loaded: boolean;
}

export interface PreviewView {
  readonly url: string | null;
  /** Interactive API docs of an API project ("try it" calls `url`), or null. */
  readonly docsUrl: string | null;
  /** `none`: no run yet; `waiting`: a run is under way and no preview yet; `ready`; `failed`: the run ended without a preview. */
  readonly status: 'none' | 'waiting' | 'ready' | 'failed';
  /** Why the preview failed. */
  readonly reason: string | null;
  /**
   * The run's work in progress, served live after its last finished build step (`preview.updated`);
   * null once the run has ended or its verified preview is ready. Never verified: show it as such.
   */
  readonly live: { readonly url: string; readonly afterStep: string } | null;
}

/** A deployed contract (the ABI arrives with the project once the run completed). */
export interface ContractView {
  readonly name: string;
  readonly address: string;
  readonly chainId: number;
  readonly network: string;
  readonly txHash: string;
  readonly explorerUrl: string | null;
  readonly abi: readonly unknown[] | null;
}

/** An error the client met (a refused request, a failed run, a lost stream). */
export interface ClientError {
  readonly code: string;
  readonly message: string;
  /** What failed: an action name or `stream`. */
  readonly source: string;
}

/** Actions of the client; `pending` names the one whose request is in flight. */
export type ClientAction = 'generate' | 'edit' | 'cancel' | 'restore' | 'load' | 'approveTool' | 'approvePlan' | 'save';

/** Immutable snapshot of a client's state; its identity (and each slice's) changes only when it changes. */
export interface BuilderSnapshot {
  /** The chat's one status (`useChat`'s): `submitted` → `streaming` → `ready`, or `error`. */
  readonly status: ChatStatus;
  /** Why `status` is `error` (a run that failed or could not start); null otherwise. */
  readonly error: ClientError | null;
  readonly connection: ConnectionState;
  readonly project: ProjectRecord | null;
  readonly run: RunView | null;
  readonly messages: readonly ChatMessage[];
  readonly files: FilesView;
  readonly versions: VersionsView;
  readonly preview: PreviewView;
  readonly contracts: readonly ContractView[];
  readonly errors: readonly ClientError[];
  readonly pending: ClientAction | null;
}

export const emptyUsage: UsageView = Object.freeze({ calls: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, estimated: false });

/** The state of a client that has loaded nothing. */
export const initialSnapshot: BuilderSnapshot = Object.freeze({
  status: 'ready',
  error: null,
  connection: 'idle',
  project: null,
  run: null,
  messages: Object.freeze([]),
  files: Object.freeze({ version: null, contents: Object.freeze({}), changes: Object.freeze({}), streaming: Object.freeze({}) }),
  versions: Object.freeze({ list: Object.freeze([]), loaded: false }),
  preview: Object.freeze({ url: null, docsUrl: null, status: 'none', reason: null, live: null }),
  contracts: Object.freeze([]),
  errors: Object.freeze([]),
  pending: null,
}) as BuilderSnapshot;
