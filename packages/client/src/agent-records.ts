/**
 * The agent records of the Buildwright HTTP protocol as the client sees them (the server's are
 * `@buildwright/core`'s; core/src/http/agents-client-over-handler.test.ts checks they stay
 * assignable). Optional fields also admit `undefined`, as zod's output types do. See docs/agents.md.
 */

/** An HTTP tool of an agent: one operation the model may call. */
export interface AgentHttpToolWire {
  type: 'http';
  name: string;
  description: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  inputSchema: Record<string, unknown>;
  operationId?: string | undefined;
  headers?: Record<string, string> | undefined;
}

/** An MCP tool of an agent: one tool of a server of the builder, called under the server's consent policy. */
export interface AgentMcpToolWire {
  type: 'mcp';
  name: string;
  description: string;
  server: string;
  tool: string;
  inputSchema: Record<string, unknown>;
}

/** A JavaScript function tool of an agent, run in a sandbox (as the server answers it). */
export interface AgentFunctionToolWire {
  type: 'function';
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
  code: string;
  timeoutMs: number;
  maxOutputChars: number;
}

/** Any tool of an agent, by `type`. */
export type AgentToolWire = AgentHttpToolWire | AgentMcpToolWire | AgentFunctionToolWire;

/** A tool as you send it (a function tool's limits may be left out). */
export type AgentToolDraft =
  | AgentHttpToolWire
  | AgentMcpToolWire
  | (Omit<AgentFunctionToolWire, 'timeoutMs' | 'maxOutputChars'> & { timeoutMs?: number | undefined; maxOutputChars?: number | undefined });

/** An eval case: an input and what the output must satisfy. */
export interface AgentEvalCaseWire {
  name: string;
  /** Absent when the case was written without one (JSON has no `undefined`). */
  input?: unknown;
  expected: { contains?: string | undefined; matchesSchema?: Record<string, unknown> | undefined; calledTool?: string | undefined; rubric?: string | undefined };
}

/** An agent definition, `buildwright.agent/v1`, with its defaults filled in (as the server answers it). */
export interface AgentDefinitionWire {
  format: 'buildwright.agent/v1';
  name: string;
  description: string;
  instructions: string;
  model: string;
  judgeModel?: string | undefined;
  tools: AgentToolWire[];
  inputSchema?: Record<string, unknown> | undefined;
  outputSchema?: Record<string, unknown> | undefined;
  limits: { maxSteps: number; maxTokens: number; timeMs: number; maxCostUsd?: number | undefined };
  evals: AgentEvalCaseWire[];
}

/**
 * A definition as you send it: the fields with defaults may be left out (or `undefined`, which
 * JSON drops), limits one by one. `@buildwright/core`'s `AgentDefinitionInput` is assignable to it.
 */
export interface AgentDefinitionDraft {
  format: 'buildwright.agent/v1';
  name: string;
  description?: string | undefined;
  instructions: string;
  model: string;
  judgeModel?: string | undefined;
  tools?: AgentToolDraft[] | undefined;
  inputSchema?: Record<string, unknown> | undefined;
  outputSchema?: Record<string, unknown> | undefined;
  limits?: { maxSteps?: number | undefined; maxTokens?: number | undefined; timeMs?: number | undefined; maxCostUsd?: number | undefined } | undefined;
  evals?: AgentEvalCaseWire[] | undefined;
}

export interface AgentRecordWire {
  id: string;
  ownerId: string;
  name: string;
  draft: AgentDefinitionWire;
  publishedVersion: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface AgentVersionRecordWire {
  agentId: string;
  version: number;
  definition: AgentDefinitionWire;
  publishedAt: string;
}

export interface AgentExecutionRecordWire {
  id: string;
  agentId: string;
  ownerId: string;
  version: number;
  input: unknown;
  output: unknown;
  status: 'running' | 'succeeded' | 'failed';
  error: { code: string; message: string } | null;
  latencyMs: number | null;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  toolCalls: number;
  startedAt: string;
  finishedAt: string | null;
}

export interface AgentStatsRowWire {
  day: string;
  version: number;
  executions: number;
  succeeded: number;
  failed: number;
  successRate: number;
  p50LatencyMs: number;
  p95LatencyMs: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
  toolCalls: number;
}

export interface AgentStatsWire {
  agentId: string;
  rows: AgentStatsRowWire[];
  topErrors: { code: string; count: number }[];
}

/** One change between two revisions of an agent (`GET /agents/:id/diff`). */
export interface AgentChangeWire {
  path: string;
  change: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

type AgentEventBase = { executionId: string; agentId: string; version: number; seq: number; at: string };

/** The events of one execution, `seq` 1, 2, 3... (the SSE of `POST /agents/:id/execute`). */
export type AgentEventWire = AgentEventBase &
  (
    | { type: 'agent.started'; input: unknown }
    | { type: 'agent.resumed'; attempt: number; step: number }
    | { type: 'agent.step'; step: number }
    | { type: 'tool.retried'; step: number; toolCallId: string; tool: string }
    | { type: 'tool.called'; step: number; toolCallId: string; tool: string; arguments: unknown }
    | { type: 'tool.result'; step: number; toolCallId: string; tool: string; ok: boolean; status: number | null; content: string; durationMs: number }
    | { type: 'tool.approval_requested'; toolCallId: string; tool: string; id: string; server: string; serverTool: string; arguments: Record<string, unknown> }
    | { type: 'tool.approval_decided'; toolCallId: string; tool: string; id: string; decision: 'allow' | 'deny'; by: 'user' | 'timeout' }
    | { type: 'usage'; model: string; inputTokens: number; outputTokens: number; costUsd: number; estimated: boolean }
    | { type: 'agent.completed'; output: unknown; latencyMs: number; inputTokens: number; outputTokens: number; costUsd: number; toolCalls: number }
    | { type: 'agent.failed'; error: { code: string; message: string }; latencyMs: number }
  );

/** One expectation of an eval case checked against the output. */
export interface AgentEvalCheckWire {
  expectation: 'execution' | 'contains' | 'matchesSchema' | 'calledTool' | 'rubric';
  passed: boolean;
  reason: string;
}

/** The result of one eval case (`output`, `error`, `toolsCalled` and `latencyMs` are absent when read from the events). */
export interface AgentEvalResultWire {
  name: string;
  passed: boolean;
  checks: AgentEvalCheckWire[];
  input?: unknown;
  output?: unknown;
  error?: { code: string; message: string } | null;
  toolsCalled?: string[];
  latencyMs?: number;
}

export interface AgentEvalReportWire {
  total: number;
  passed: number;
  failed: number;
  results: AgentEvalResultWire[];
}

/** A generated (or edited) agent, published: `POST /agents/generate`, `POST /agents/:id/edit`. */
export interface AgentGenerateResultWire {
  agent: AgentRecordWire;
  version: AgentVersionRecordWire;
  /** The evals of the published definition. */
  evals: AgentEvalReportWire;
  /** Fix turns it took (0: the first definition passed). */
  fixTurns: number;
}

type AgentGenerationEventBase = { generationId: string; seq: number; at: string };

/** The events of one generation or edit, `seq` 1, 2, 3... (the SSE of `POST /agents/generate`). */
export type AgentGenerationEventWire = AgentGenerationEventBase &
  (
    | { type: 'generation.started'; mode: 'generate' | 'edit'; prompt: string; model: string; agentId: string | null }
    | { type: 'usage'; role: 'planner' | 'agent' | 'judge'; model: string; inputTokens: number; outputTokens: number; costUsd: number; estimated: boolean }
    | { type: 'definition.rejected'; round: number; problems: string }
    | { type: 'definition.written'; agentId: string; round: number; definition: Record<string, unknown> }
    | { type: 'evals.completed'; agentId: string; round: number; total: number; passed: number; failed: number; results: { name: string; passed: boolean; checks: AgentEvalCheckWire[] }[] }
    | { type: 'fix.started'; agentId: string; round: number; failures: { name: string; reasons: string[] }[] }
    | { type: 'agent.published'; agentId: string; version: number; evalsPassed: number }
    | { type: 'generation.failed'; agentId: string | null; error: { code: string; message: string } }
  );
