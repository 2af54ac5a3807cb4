import type { AgentDefinition } from './agent-definition.js';
import type { AgentProgress } from './agent-progress.js';

/** An agent of an owner: its editable draft and the number of its newest published version. */
export interface AgentRecord {
  id: string;
  ownerId: string;
  /** The draft's name. */
  name: string;
  /** The definition being edited; `execute` runs published versions, never the draft. */
  draft: AgentDefinition;
  /** The newest published version (the one `execute` uses by default); `null` before the first publish. */
  publishedVersion: number | null;
  createdAt: string;
  updatedAt: string;
}

/** A published version of an agent: immutable. */
export interface AgentVersionRecord {
  agentId: string;
  /** 1, 2, 3... in publishing order. */
  version: number;
  definition: AgentDefinition;
  publishedAt: string;
}

export type AgentExecutionStatus = 'running' | 'succeeded' | 'failed';

/** One execution of a published version. */
export interface AgentExecutionRecord {
  id: string;
  agentId: string;
  ownerId: string;
  version: number;
  input: unknown;
  /** The final answer (text, or the parsed JSON when the agent has an output schema); `null` unless succeeded. */
  output: unknown;
  status: AgentExecutionStatus;
  /** Why it failed; `null` otherwise. */
  error: { code: string; message: string } | null;
  /** Wall time from start to end; `null` while running. */
  latencyMs: number | null;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  toolCalls: number;
  startedAt: string;
  finishedAt: string | null;
}

/** A running execution taken over by a process that will continue it (`claimAgentExecution`). */
export interface AgentExecutionClaim {
  execution: AgentExecutionRecord;
  /** The claimer's fencing number: writes made with an older one are refused (`AGENT_EXECUTION_TAKEN_OVER`). */
  attempt: number;
  /** The last stored progress; `null` when the execution stopped before its first checkpoint. */
  progress: AgentProgress | null;
}

/** What an execution's end writes. */
export type AgentExecutionEnd = Pick<AgentExecutionRecord, 'status' | 'output' | 'error' | 'latencyMs' | 'inputTokens' | 'outputTokens' | 'costUsd' | 'toolCalls'> & {
  status: 'succeeded' | 'failed';
  latencyMs: number;
};

/** The executions of one agent version on one day (UTC, by start), finished ones only. */
export interface AgentStatsRow {
  /** `YYYY-MM-DD`. */
  day: string;
  version: number;
  executions: number;
  succeeded: number;
  failed: number;
  /** `succeeded / executions`. */
  successRate: number;
  /** Nearest-rank percentiles of `latencyMs`. */
  p50LatencyMs: number;
  p95LatencyMs: number;
  inputTokens: number;
  outputTokens: number;
  /** Rounded to 1e-9 dollars. */
  costUsd: number;
  toolCalls: number;
}

/** Analytics of an agent: rows by day and version, oldest first, and its most frequent error codes. */
export interface AgentStats {
  agentId: string;
  rows: AgentStatsRow[];
  /** Error codes of failed executions, most frequent first (ties by code), at most 10. */
  topErrors: { code: string; count: number }[];
}

/** Which executions `agentStats` counts: of one version, and days `from`..`to` (inclusive, `YYYY-MM-DD`, UTC). */
export interface AgentStatsQuery {
  version?: number;
  from?: string;
  to?: string;
}

type Owner = { ownerId: string };

/**
 * The agents part of the storage port. Every call is owner-scoped: another owner's agent is
 * `AGENT_NOT_FOUND` (writes) or absent (reads). Definitions are stored as given (core validates them).
 */
export interface AgentStorage {
  /** Stores a new agent with `draft` and no published version; an `id` already taken is `INVALID_INPUT`. */
  createAgent(input: Owner & { draft: AgentDefinition; id?: string }): Promise<AgentRecord>;
  /** Replaces the agent's draft. */
  updateAgentDraft(input: Owner & { agentId: string; draft: AgentDefinition }): Promise<AgentRecord>;
  /** The owner's agent; `undefined` when absent or another owner's. */
  getAgent(input: Owner & { agentId: string }): Promise<AgentRecord | undefined>;
  /** The owner's agents, newest first. */
  listAgents(input: Owner): Promise<AgentRecord[]>;
  /** Deletes the agent with its versions and executions. */
  deleteAgent(input: Owner & { agentId: string }): Promise<void>;
  /**
   * Publishes the draft as a new immutable version (number = last + 1) and makes it the agent's
   * `publishedVersion`. Atomic: concurrent publishes get distinct numbers. With `draft`, only when
   * the stored draft still equals it (as JSON), else `AGENT_DRAFT_CHANGED` and nothing published:
   * what was verified is what is published.
   */
  publishAgent(input: Owner & { agentId: string; draft?: AgentDefinition }): Promise<AgentVersionRecord>;
  /** The agent's versions, oldest first (none for another owner). */
  listAgentVersions(input: Owner & { agentId: string }): Promise<AgentVersionRecord[]>;
  /** One version; `undefined` when absent or another owner's. */
  getAgentVersion(input: Owner & { agentId: string; version: number }): Promise<AgentVersionRecord | undefined>;
  /** Copies a version's definition into the draft (publishing it is a separate step); `AGENT_VERSION_NOT_FOUND` when absent. */
  restoreAgentVersion(input: Owner & { agentId: string; version: number }): Promise<AgentRecord>;
  /**
   * Stores a `running` execution of a version of the owner's agent, attempt 1, leased for `leaseMs`
   * (no lease: recoverable at once by `listInterruptedAgentExecutions`).
   */
  createAgentExecution(input: Owner & { agentId: string; version: number; input: unknown; id?: string; leaseMs?: number }): Promise<AgentExecutionRecord>;
  /**
   * Ends a running execution once (`finishedAt` is now; its progress is dropped); an execution that
   * already ended is `INVALID_INPUT`. With `attempt`, an execution claimed since by a newer attempt is
   * `AGENT_EXECUTION_TAKEN_OVER` and nothing is written.
   */
  finishAgentExecution(input: Owner & { executionId: string; end: AgentExecutionEnd; attempt?: number }): Promise<AgentExecutionRecord>;
  /**
   * Stores the progress of a running execution (replacing the previous one) and extends its lease to
   * `leaseMs` from now. Fenced: `AGENT_EXECUTION_TAKEN_OVER` when `attempt` is no longer the
   * execution's (another process claimed it), `INVALID_INPUT` when it is not running.
   */
  saveAgentProgress(input: Owner & { executionId: string; attempt: number; progress: AgentProgress; leaseMs: number }): Promise<void>;
  /**
   * Takes over a running execution to continue it: the attempt goes up by one (older attempts are
   * fenced off) and the lease is `leaseMs` from now. With `onlyExpired`, only an execution whose lease
   * ended is claimed (so two recoverers never both take it). `undefined` when the execution is absent,
   * another owner's, ended, or (with `onlyExpired`) still leased.
   */
  claimAgentExecution(input: Owner & { executionId: string; leaseMs: number; onlyExpired?: boolean }): Promise<AgentExecutionClaim | undefined>;
  /**
   * Running executions whose lease ended (their process died or lost its storage), of every owner,
   * oldest first, at most `limit` (default 100). Host-level, for recovery: not owner-scoped.
   */
  listInterruptedAgentExecutions(input?: { limit?: number }): Promise<{ ownerId: string; executionId: string }[]>;
  /** One execution; `undefined` when absent or another owner's. */
  getAgentExecution(input: Owner & { executionId: string }): Promise<AgentExecutionRecord | undefined>;
  /** The agent's executions, newest first, at most `limit` (default 50, at most 500). */
  listAgentExecutions(input: Owner & { agentId: string; limit?: number }): Promise<AgentExecutionRecord[]>;
  /** Analytics over the agent's finished executions (see {@link AgentStats}); empty for another owner. */
  agentStats(input: Owner & { agentId: string } & AgentStatsQuery): Promise<AgentStats>;
}
