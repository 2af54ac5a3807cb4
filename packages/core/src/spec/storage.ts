import type {
  ContractRecord,
  DeploymentRecord,
  DeploymentRecordStatus,
  MessageRecord,
  ProjectKind,
  ProjectPage,
  ProjectRecord,
  RunBudgets,
  RunRecord,
  RunRecordStatus as RunStatus,
  UsageRecord,
  VersionRecord,
} from '@buildwright/client';
import type { BuildwrightEvent } from '../events/events.js';
import type { AgentStorage } from './agent-storage.js';
import type { GitCommitRecord, GitLinkRecord, GitSyncVersionInput } from './git-records.js';
import type { VectorStorage } from './vector-storage.js';

export type { GitCommitRecord, GitLinkRecord, GitSyncVersionInput };
export type { ContractRecord, DeploymentRecord, DeploymentRecordStatus, MessageRecord, ProjectKind, ProjectPage, ProjectRecord, RunBudgets, RunRecord, RunStatus, UsageRecord, VersionRecord };

/** A serialized LangGraph checkpoint (opaque to storage). */
export interface StoredCheckpoint {
  threadId: string;
  checkpointId: string;
  parentCheckpointId: string | null;
  /** Serialized checkpoint, opaque to storage. */
  checkpoint: string;
  /** Serialized metadata, opaque to storage. */
  metadata: string;
}

/** A serialized pending write of a checkpoint (opaque to storage). */
export interface StoredCheckpointWrite {
  threadId: string;
  checkpointId: string;
  taskId: string;
  index: number;
  channel: string;
  /** Serialized value, opaque to storage. */
  value: string;
}

/** A stored request to cancel a run (see `StorageAdapter.requestRunCancel`). */
export interface RunCancelRequest {
  runId: string;
  /** Why, as given to `builder.cancel`. */
  reason: string;
  /** ISO time the request was stored. */
  requestedAt: string;
}

/**
 * An owner's model usage on one day: the sum of the usage of their runs' model calls made that
 * day, the day taken in the builder's `usageTimeZone`. What daily owner limits are checked against.
 */
export interface OwnerUsageRecord {
  ownerId: string;
  /** The calendar day, `YYYY-MM-DD`. */
  day: string;
  /** Prompt tokens. */
  inputTokens: number;
  /** Completion tokens. */
  outputTokens: number;
  /** Cost in US dollars (0 for calls whose model has no known price). */
  costUsd: number;
}

/**
 * A worker's lease on one run (`claimRun`): while it holds the run's current `epoch`, the writes it
 * makes with it are stored; once another worker claimed the run (a higher epoch) or the lease was
 * released, they are refused with `RUN_LEASE_LOST` (fencing), so a run never has two writers.
 */
export interface RunLease {
  runId: string;
  /** The worker that holds it (informational: fencing is by `epoch`). */
  workerId: string;
  /** Increases by one with every claim of the run: the fencing token. */
  epoch: number;
  /** When the lease ends unless renewed (ISO 8601, the storage's clock); another worker may claim the run after it. */
  expiresAt: string;
}

/**
 * The last argument of every write of a run. With `lease`, the write is stored only while the
 * lease is the run's current one (checked atomically with the write); otherwise it throws
 * `RUN_LEASE_LOST` and stores nothing. Without it the write is not fenced (runs outside a queue).
 */
export interface RunWriteOptions {
  lease?: RunLease;
}

/** A user's decision on a tool call (see `ToolPolicy`). */
export type ToolDecision = 'allow' | 'deny';

/**
 * A tool call waiting for the user (`tool.approval_requested`), then decided. Stored so that the
 * decision can be given in any process sharing the storage (the HTTP route, another server).
 */
export interface ToolApprovalRecord {
  /** The approval id of the event (unique per run). */
  id: string;
  runId: string;
  server: string;
  tool: string;
  /** `pending` until decided. */
  status: 'pending' | ToolDecision;
  /** True when the user asked to remember the decision for the project. */
  remember: boolean;
  requestedAt: string;
  decidedAt: string | null;
}

/**
 * A decision remembered for a project: calls of `server`'s `tool` are allowed or denied without
 * asking, while the tool's definition hash is still `toolHash` (a changed tool asks again).
 */
export interface ToolConsentRecord {
  projectId: string;
  server: string;
  tool: string;
  /** SHA-256 of the tool's definition (name, description, input schema) when decided. */
  toolHash: string;
  decision: ToolDecision;
  decidedAt: string;
}

/** A server's tool list as last seen by a run of the project: its hash and each tool's. */
export interface ToolPinRecord {
  projectId: string;
  server: string;
  /** SHA-256 over the whole list. */
  hash: string;
  /** Each tool's definition hash, by tool name. */
  tools: Record<string, string>;
  pinnedAt: string;
}

/** Scope of every read: the owner. A hosting app cannot forget it. */
export interface OwnerScope {
  ownerId: string;
}

/**
 * The storage port: projects, runs, ordered events, messages, versions, contracts, usage, file
 * contents (content-addressed blobs) and run checkpoints. Every read and list takes the owner id;
 * a record of another owner is reported as not found (`undefined` / empty), never returned. Blobs
 * and checkpoints are the engine's own, keyed by content hash and run id, and never served to an
 * owner directly.
 *
 * Agents, their versions and executions are in {@link AgentStorage}.
 *
 * Implementations: `memoryStorage`, `pgliteStorage`, `postgresStorage`.
 * Conformance: `runStorageSpec(factory)` from `@buildwright/core/testing`.
 */
export interface StorageAdapter extends AgentStorage {
  readonly specificationVersion: 'v1';
  /** Provider name, e.g. `memory`, `pglite`, `postgres`. */
  readonly provider: string;
  /** Applies pending schema migrations. Also done on first use; safe to call concurrently. */
  migrate(): Promise<void>;
  /** Releases connections. */
  close(): Promise<void>;
  /**
   * Embedding vectors kept by the storage (a cache by content hash and a cosine search), used by
   * the builder's template and pattern indexes. Optional: without it they stay in memory.
   */
  readonly vectors?: VectorStorage;

  /** Creates a project; `chain` is the builder chain a DApp deploys to, by name (kept as `ProjectRecord.chain`). */
  createProject(input: OwnerScope & { name: string; kind: ProjectKind; id?: string; chain?: string }): Promise<ProjectRecord>;
  getProject(input: OwnerScope & { projectId: string }): Promise<ProjectRecord | undefined>;
  listProjects(input: OwnerScope): Promise<ProjectRecord[]>;
  /**
   * One page of the owner's projects, newest first (by creation, so a page never shifts when a
   * project gets a version). `query` keeps the projects whose name or any of whose runs' prompts
   * contains it, case-insensitively. `limit` is 1 to 100 (default 20). `cursor` is the
   * `nextCursor` of the previous page (opaque); one this storage did not hand out is `INVALID_INPUT`.
   */
  searchProjects(input: OwnerScope & { query?: string; cursor?: string; limit?: number }): Promise<ProjectPage>;
  /** Renames the owner's project (and moves its `updatedAt`); `PROJECT_NOT_FOUND` when it is not theirs. */
  renameProject(input: OwnerScope & { projectId: string; name: string }): Promise<ProjectRecord>;
  /**
   * Deletes the owner's project with its runs, events, messages, versions, contracts, usage rows,
   * cancel requests, leases and run checkpoints. File blobs stay: they are shared by content with
   * other projects' versions. Refused with `PROJECT_BUSY` (nothing deleted) while one of its runs
   * is `running`, `queued` or `awaiting_approval`; the check and the delete are atomic, so no run of the project can
   * start in between. `PROJECT_NOT_FOUND` when it is not this owner's.
   */
  deleteProject(input: OwnerScope & { projectId: string }): Promise<void>;

  /** Creates a run, `running` (or `queued` when it waits on a run queue for a worker). */
  createRun(input: OwnerScope & { projectId: string; mode: RunRecord['mode']; prompt: string; budgets: RunBudgets; id?: string; status?: 'running' | 'queued' }): Promise<RunRecord>;
  getRun(input: OwnerScope & { runId: string }): Promise<RunRecord | undefined>;
  /** Updates status, error and cost of a run (no owner: only the engine calls it). */
  updateRun(input: { runId: string; status?: RunStatus; error?: RunRecord['error']; costUsd?: number }, options?: RunWriteOptions): Promise<void>;
  /**
   * Moves the owner's run from status `from` to `to` in one atomic step (no lease: the caller does
   * not execute the run): `true` when it was in `from` and now is in `to`, `false` (nothing changed)
   * when it is in another status, another owner's or unknown. Of two concurrent calls from the same
   * status, one wins (approving a plan twice, or approving and rejecting it at once).
   */
  transitionRun(input: OwnerScope & { runId: string; from: RunStatus; to: RunStatus }): Promise<boolean>;
  listRuns(input: OwnerScope & { projectId: string }): Promise<RunRecord[]>;

  /**
   * Stores a request to cancel a run, for the process executing it (told over the event bus) and
   * for a later resume of it (or the worker that takes it from a queue). Stored only while the run
   * is this owner's and `running` or `queued`: returns `true` then, `false` otherwise (another
   * owner's or an unknown run, or one that ended). A
   * request already stored is kept (its reason and time); the call still returns `true`.
   */
  requestRunCancel(input: OwnerScope & { runId: string; reason: string }): Promise<boolean>;
  /** The run's stored cancel request, `undefined` when none (no owner: only the engine calls it). */
  getRunCancelRequest(input: { runId: string }): Promise<RunCancelRequest | undefined>;
  /** Removes the run's cancel request, if any: a cancelled run that is resumed starts again without it. */
  clearRunCancelRequest(input: { runId: string }): Promise<void>;

  /**
   * Stores a pending approval of a tool call of the run (no owner: only the engine calls it). An id
   * already stored for the run is kept as it is.
   */
  createToolApproval(input: { runId: string; id: string; server: string; tool: string }): Promise<void>;
  /**
   * Decides a pending approval of a run of this owner: `true` when it was pending and is now
   * decided; `false` (nothing changed) for another owner's run, an unknown id or one already decided.
   * The check and the write are atomic: of concurrent decisions exactly one wins.
   */
  decideToolApproval(input: OwnerScope & { runId: string; id: string; decision: ToolDecision; remember: boolean }): Promise<boolean>;
  /** An approval of the run, `undefined` when none has that id (no owner: only the engine calls it). */
  getToolApproval(input: { runId: string; id: string }): Promise<ToolApprovalRecord | undefined>;
  /** The project's remembered tool decisions (no owner: only the engine calls it). */
  listToolConsents(input: { projectId: string }): Promise<ToolConsentRecord[]>;
  /** Remembers a decision for the project, replacing the one of the same server and tool. */
  saveToolConsent(input: Omit<ToolConsentRecord, 'decidedAt'>): Promise<void>;
  /** The tool list pinned for a server of the project, `undefined` before its first use. */
  getToolPin(input: { projectId: string; server: string }): Promise<ToolPinRecord | undefined>;
  /** Pins a server's tool list for the project, replacing the previous pin. */
  saveToolPin(input: Omit<ToolPinRecord, 'pinnedAt'>): Promise<void>;

  /** Appends one event; `(runId, seq)` is unique and a duplicate is an error. One transaction. */
  appendEvent(event: BuildwrightEvent, options?: RunWriteOptions): Promise<void>;
  /**
   * Events of a run with `seq > afterSeq` (all when omitted), ordered by `seq`; at most `limit` of
   * them (the first ones) when given. Streams replay a run in pages this way: `afterSeq` is the last
   * seq of the previous page, until a page comes back shorter than `limit`.
   */
  readEvents(input: OwnerScope & { runId: string; afterSeq?: number; limit?: number }): Promise<BuildwrightEvent[]>;

  appendMessage(input: { projectId: string; runId: string | null; role: MessageRecord['role']; content: string }, options?: RunWriteOptions): Promise<MessageRecord>;
  listMessages(input: OwnerScope & { projectId: string }): Promise<MessageRecord[]>;

  /**
   * Stores a new version (number = last + 1) with its files, content-addressed (each distinct
   * content stored once), and makes it the project's current version. One transaction.
   *
   * Optimistic concurrency: with `expectedHead`, the version is stored only while the project's
   * current version is still that one; otherwise nothing is stored and the call fails with
   * `VERSION_CONFLICT` (`details.expectedHead`, `details.currentHead`). The check and the write
   * are atomic, so of concurrent calls with the same `expectedHead` exactly one succeeds.
   *
   * Idempotent by run: a run stores at most one version. A call whose `runId` already has a
   * version returns that version (its files and message, not the call's) and stores nothing, so a
   * resumed run that stores its version again gets the one it stored before it was cut off. This
   * comes before the `expectedHead` check (the head is then the run's own version).
   */
  createVersion(
    input: OwnerScope & {
      projectId: string;
      runId: string | null;
      message: string;
      files: Record<string, string>;
      /**
       * The version the files were made from: its number, or `null` for the first version of the
       * project. Omit it to store on top of whatever is current (a restore of an old version).
       */
      expectedHead?: number | null;
    },
    options?: RunWriteOptions,
  ): Promise<VersionRecord>;
  listVersions(input: OwnerScope & { projectId: string }): Promise<VersionRecord[]>;
  /** Files of a version (the current one when `number` is omitted); `undefined` when absent. */
  getVersionFiles(input: OwnerScope & { projectId: string; number?: number }): Promise<{ version: VersionRecord; files: Record<string, string> } | undefined>;

  saveContract(input: Omit<ContractRecord, 'id' | 'createdAt'>, options?: RunWriteOptions): Promise<ContractRecord>;
  listContracts(input: OwnerScope & { projectId: string }): Promise<ContractRecord[]>;

  /** Stores a new deployment of a project's version as `building` (`PROJECT_NOT_FOUND` unless the project is the owner's; an `id` already taken: `INVALID_INPUT`). */
  createDeployment(input: OwnerScope & { projectId: string; target: string; versionNumber: number; warnings?: string[]; id?: string }): Promise<DeploymentRecord>;
  /** Changes the given fields of the owner's deployment and returns it; `DEPLOYMENT_NOT_FOUND` when it is not the owner's. */
  updateDeployment(
    input: OwnerScope & {
      deploymentId: string;
      status?: DeploymentRecordStatus;
      providerDeploymentId?: string | null;
      url?: string | null;
      aliasUrl?: string | null;
      error?: DeploymentRecord['error'];
    },
  ): Promise<DeploymentRecord>;
  /** The owner's deployment; `undefined` when absent or another owner's. */
  getDeployment(input: OwnerScope & { deploymentId: string }): Promise<DeploymentRecord | undefined>;
  /** The deployments of the owner's project, newest first (none for another owner). */
  listDeployments(input: OwnerScope & { projectId: string }): Promise<DeploymentRecord[]>;

  recordUsage(input: UsageRecord, options?: RunWriteOptions): Promise<void>;
  listUsage(input: OwnerScope & { runId: string }): Promise<UsageRecord[]>;

  /**
   * Adds one model call's usage to the owner's total of `day` (`YYYY-MM-DD`), creating the day's
   * record when it has none. Concurrent adds all count (the addition is atomic).
   */
  addOwnerUsage(input: Omit<OwnerUsageRecord, 'ownerId' | 'day'> & OwnerScope & { day: string }): Promise<void>;
  /** The owner's usage on `day`; all zeros when nothing was added that day. */
  getOwnerUsage(input: OwnerScope & { day: string }): Promise<OwnerUsageRecord>;
  /**
   * Claims the run's end for the host's `onRunFinished` hook, before its terminal event is
   * stored; `seq` is the seq that event is to be stored at. True when the run has no claim, or
   * when its claim is stale: no terminal event was stored at the claimed seq (the process that
   * claimed stopped before storing its end) and `seq` is greater. False otherwise, so an end is
   * reported at most once, in any process. The check and the mark are atomic: of concurrent
   * calls with the same `seq` exactly one gets true. `RUN_NOT_FOUND` when the run does not exist.
   */
  claimRunFinished(input: { runId: string; seq: number }): Promise<boolean>;

  /**
   * Stores file contents content-addressed, in the store that holds versions' files: each distinct
   * content once, whoever stores it (a version, a checkpoint). Returns each content's key, the
   * SHA-256 of its UTF-8 bytes in lowercase hex, in the order given. The adapter computes the keys:
   * a caller cannot file a content under another content's key. Run checkpoints keep their files
   * as these keys, so N checkpoints of an unchanged file store its body once.
   */
  putBlobs(input: { contents: string[] }): Promise<string[]>;
  /** Contents by key (from `putBlobs` or a version's files); a key not stored is absent from the result. */
  getBlobs(input: { keys: string[] }): Promise<Record<string, string>>;

  putCheckpoint(input: StoredCheckpoint, options?: RunWriteOptions): Promise<void>;
  /** The checkpoint with that id, or the latest of the thread when `checkpointId` is omitted. */
  getCheckpoint(input: { threadId: string; checkpointId?: string }): Promise<StoredCheckpoint | undefined>;
  /** Checkpoints of a thread, newest first. */
  listCheckpoints(input: { threadId: string; limit?: number; before?: string }): Promise<StoredCheckpoint[]>;
  putCheckpointWrites(input: { writes: StoredCheckpointWrite[] }, options?: RunWriteOptions): Promise<void>;
  getCheckpointWrites(input: { threadId: string; checkpointId: string }): Promise<StoredCheckpointWrite[]>;

  /** The project's Git link (`gitSync`); `undefined` when it has none or is another owner's. */
  getGitLink(input: OwnerScope & { projectId: string }): Promise<GitLinkRecord | undefined>;
  /**
   * Links the project to a Git remote, creating or replacing its link. With the stored link's remote
   * and branch it only updates `github`; another remote or branch starts the sync over (`lastCommit`
   * `null`, the version commits removed), so the next push sends every version. `PROJECT_NOT_FOUND`
   * when the owner has no such project.
   */
  saveGitLink(input: OwnerScope & { projectId: string; remote: string; branch: string; github?: { owner: string; repo: string } | null }): Promise<GitLinkRecord>;
  /** The commits of the project's versions on its linked remote, by version number ascending; empty when none or another owner's. */
  listGitCommits(input: OwnerScope & { projectId: string }): Promise<GitCommitRecord[]>;
  /**
   * Records one push or pull, in one transaction, only while the link's `lastCommit` is still
   * `expectedLastCommit` (another sync of the project did not run meanwhile): otherwise, or when
   * the project has no link, nothing is stored and it throws `GIT_SYNC_BUSY`. Stores `version` when
   * given (number last + 1, with its commit and merged commit; `VERSION_CONFLICT` and nothing stored
   * when the head is not its `expectedHead`), sets the commit of each of `commits` (keeping its
   * merged commit), and moves the link's `lastCommit` and `syncedAt`.
   */
  recordGitSync(
    input: OwnerScope & {
      projectId: string;
      expectedLastCommit: string | null;
      /** The remote branch's commit after this sync. */
      lastCommit: string;
      /** Versions whose commit the sync made (a push). */
      commits?: { version: number; commit: string }[];
      /** The version a pull made. */
      version?: GitSyncVersionInput;
    },
  ): Promise<{ link: GitLinkRecord; version: VersionRecord | undefined }>;

  /**
   * Takes the run's lease for `leaseMs`: the epoch goes up by one, so writes made with an earlier
   * lease are refused from now on. Returns `undefined` while another lease of the run is live (not
   * released, not expired); a run queue then tries the job later.
   */
  claimRun(input: { runId: string; workerId: string; leaseMs: number }): Promise<RunLease | undefined>;
  /** Extends a live lease by `leaseMs` from now; `RUN_LEASE_LOST` when it is no longer the run's current lease. */
  renewRunLease(input: { lease: RunLease; leaseMs: number }): Promise<RunLease>;
  /** Gives the lease up (writes made with it are refused from now on) so another worker can claim the run at once. A lost lease is ignored. */
  releaseRun(input: { lease: RunLease }): Promise<void>;
}
