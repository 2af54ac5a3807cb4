import type { LlmMessage } from './llm.js';

/** The format tag of stored execution progress: bumped only when old progress would mean something else. */
export const agentProgressFormat = 'buildwright.agent-progress/v1';

/** A tool call of an execution whose result is stored. */
export interface AgentToolCallDone {
  /** The model call (1, 2, 3...) that asked for it. */
  step: number;
  toolCallId: string;
  tool: string;
  ok: boolean;
  /** HTTP status; `null` when no response came. */
  status: number | null;
  /** `true` when it was started by an attempt that died before storing its result, and performed again. */
  retried: boolean;
}

/**
 * How far an execution got, stored after each model response and each tool result (and before
 * each tool call) so that another process can continue it after a crash (`builder.agents.resume`).
 * The conversation holds everything the model saw; the next move follows from its last messages.
 */
export interface AgentProgress {
  format: typeof agentProgressFormat;
  /** Model calls answered so far. */
  step: number;
  /** The conversation: system prompt, input, the model's answers and the tools' results. */
  messages: LlmMessage[];
  /** Usage and tool calls counted so far (what the execution record ends with). */
  tally: { inputTokens: number; outputTokens: number; costUsd: number; toolCalls: number };
  /** Tool calls performed, with their results, in order. */
  toolCalls: AgentToolCallDone[];
  /** The id of a tool call that was started and whose result is not stored yet; `null` between calls. */
  toolCallInFlight: string | null;
  /** Time the execution has run, over all attempts (what `latencyMs` and `limits.timeMs` count). */
  elapsedMs: number;
  /** The `seq` of the last event emitted, so a resumed execution continues the numbering. */
  seq: number;
}
