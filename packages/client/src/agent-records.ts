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

/** An eval case: an input and what the output must satisfy. */
export interface AgentEvalCaseWire {
  name: string;
  /** Absent when the case was written without one (JSON has no `undefined`). */
  input?: unknown;
  expected: { contains?: string | undefined; matchesSchema?: Record<string, unknown> | undefined; calledTool?: string | undefined };
}

/** An agent definition, `buildwright.agent/v1`, with its defaults filled in (as the server answers it). */
export interface AgentDefinitionWire {
  format: 'buildwright.agent/v1';
  name: string;
  description: string;
  instructions: string;
  model: string;
  tools: AgentHttpToolWire[];
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
  tools?: AgentHttpToolWire[] | undefined;
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
    | { type: 'usage'; model: string; inputTokens: number; outputTokens: number; costUsd: number; estimated: boolean }
    | { type: 'agent.completed'; output: unknown; latencyMs: number; inputTokens: number; outputTokens: number; costUsd: number; toolCalls: number }
    | { type: 'agent.failed'; error: { code: string; message: string }; latencyMs: number }
  );
