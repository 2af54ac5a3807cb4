import { z } from 'zod';

const base = { executionId: z.string(), agentId: z.string(), version: z.number().int().positive(), seq: z.number().int().positive(), at: z.string() };
const error = z.object({ code: z.string(), message: z.string() });

/** The events of one agent execution (`builder.agents.execute({ onEvent })`, SSE of `POST /agents/:id/execute`), `seq` 1, 2, 3... */
export const agentEventSchemas = [
  z.object({ type: z.literal('agent.started'), ...base, input: z.unknown() }),
  /** The execution continues after a crash or a takeover (`builder.agents.resume`), from its last stored progress; `attempt` 2 is the first resume. */
  z.object({ type: z.literal('agent.resumed'), ...base, attempt: z.number().int().positive(), step: z.number().int().nonnegative() }),
  /** A model call starts (`step` 1 is the first). */
  z.object({ type: z.literal('agent.step'), ...base, step: z.number().int().positive() }),
  z.object({ type: z.literal('tool.called'), ...base, step: z.number().int().positive(), toolCallId: z.string(), tool: z.string(), arguments: z.unknown() }),
  /** A tool call started by a dead attempt, without a stored result, is performed again (idempotent tools only, see docs/agents.md#resuming-an-execution). */
  z.object({ type: z.literal('tool.retried'), ...base, step: z.number().int().positive(), toolCallId: z.string(), tool: z.string() }),
  /** A tool's answer as sent back to the model; `ok` false for an unknown tool, bad arguments, a non-2xx status or an unreachable service. */
  z.object({
    type: z.literal('tool.result'),
    ...base,
    step: z.number().int().positive(),
    toolCallId: z.string(),
    tool: z.string(),
    ok: z.boolean(),
    status: z.number().int().nullable(),
    content: z.string(),
    durationMs: z.number(),
  }),
  /** An MCP tool whose server's policy is `ask` waits: decide with `builder.agents.approveTool` (or the HTTP route) by `id`. */
  z.object({
    type: z.literal('tool.approval_requested'),
    ...base,
    toolCallId: z.string(),
    tool: z.string(),
    id: z.string(),
    server: z.string(),
    /** The server's name of the tool (`tool` is the agent's). */
    serverTool: z.string(),
    arguments: z.record(z.string(), z.unknown()),
  }),
  /** The decision on an approval: by the user, or denied because nobody answered in time. */
  z.object({
    type: z.literal('tool.approval_decided'),
    ...base,
    toolCallId: z.string(),
    tool: z.string(),
    id: z.string(),
    decision: z.enum(['allow', 'deny']),
    by: z.enum(['user', 'timeout']),
  }),
  z.object({ type: z.literal('usage'), ...base, model: z.string(), inputTokens: z.number(), outputTokens: z.number(), costUsd: z.number(), estimated: z.boolean() }),
  z.object({
    type: z.literal('agent.completed'),
    ...base,
    output: z.unknown(),
    latencyMs: z.number(),
    inputTokens: z.number(),
    outputTokens: z.number(),
    costUsd: z.number(),
    toolCalls: z.number(),
  }),
  z.object({ type: z.literal('agent.failed'), ...base, error, latencyMs: z.number() }),
] as const;

/** Any agent event, checked. */
export const agentEventSchema = z.discriminatedUnion('type', agentEventSchemas);
export type AgentEvent = z.infer<typeof agentEventSchema>;
export type AgentEventType = AgentEvent['type'];
/** What the engine emits: an event without the fields every event of the execution shares. */
export type AgentEventInput = AgentEvent extends infer Event ? (Event extends AgentEvent ? Omit<Event, 'executionId' | 'agentId' | 'version' | 'seq' | 'at'> : never) : never;
