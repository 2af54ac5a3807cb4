import { z } from 'zod';

const base = { generationId: z.string(), seq: z.number().int().positive(), at: z.string() };
const round = z.number().int().nonnegative();
const error = z.object({ code: z.string(), message: z.string() });
const check = z.object({ expectation: z.enum(['execution', 'contains', 'matchesSchema', 'calledTool', 'rubric']), passed: z.boolean(), reason: z.string() });
const failure = z.object({ name: z.string(), reasons: z.array(z.string()) });

/**
 * The events of one agent generation or edit (`builder.agents.generate({ onEvent })`, SSE of
 * `POST /agents/generate`), `seq` 1, 2, 3... `round` 0 is the planner's definition, 1, 2... the fix turns'.
 */
export const agentGenerationEventSchemas = [
  /** `agentId` is the edited agent, `null` for a new one (stored at `definition.written`). */
  z.object({ type: z.literal('generation.started'), ...base, mode: z.enum(['generate', 'edit']), prompt: z.string(), model: z.string(), agentId: z.string().nullable() }),
  /** One model call: the planner's (definition and fixes), the agent's during the evals, or the judge's. */
  z.object({
    type: z.literal('usage'),
    ...base,
    role: z.enum(['planner', 'agent', 'judge']),
    model: z.string(),
    inputTokens: z.number(),
    outputTokens: z.number(),
    costUsd: z.number(),
    estimated: z.boolean(),
  }),
  /** The model's definition was not valid; `problems` went back to it (a repair turn follows once). */
  z.object({ type: z.literal('definition.rejected'), ...base, round, problems: z.string() }),
  /** A valid definition, stored as the agent's draft. */
  z.object({ type: z.literal('definition.written'), ...base, agentId: z.string(), round, definition: z.record(z.string(), z.unknown()) }),
  /** The draft's evals ran (nothing stored as executions). */
  z.object({
    type: z.literal('evals.completed'),
    ...base,
    agentId: z.string(),
    round,
    total: z.number().int(),
    passed: z.number().int(),
    failed: z.number().int(),
    results: z.array(z.object({ name: z.string(), passed: z.boolean(), checks: z.array(check) })),
  }),
  /** The failures go to a fix turn. */
  z.object({ type: z.literal('fix.started'), ...base, agentId: z.string(), round: round.positive(), failures: z.array(failure) }),
  /** Every eval passed and the draft is now this version. */
  z.object({ type: z.literal('agent.published'), ...base, agentId: z.string(), version: z.number().int().positive(), evalsPassed: z.number().int() }),
  /** Nothing was published; the draft (when one was written) stays stored. */
  z.object({ type: z.literal('generation.failed'), ...base, agentId: z.string().nullable(), error }),
] as const;

/** Any agent generation event, checked. */
export const agentGenerationEventSchema = z.discriminatedUnion('type', agentGenerationEventSchemas);
export type AgentGenerationEvent = z.infer<typeof agentGenerationEventSchema>;
export type AgentGenerationEventType = AgentGenerationEvent['type'];
/** What the generation emits: an event without the fields every event of it shares. */
export type AgentGenerationEventInput = AgentGenerationEvent extends infer Event ? (Event extends AgentGenerationEvent ? Omit<Event, 'generationId' | 'seq' | 'at'> : never) : never;
