/** A tool the model may call, described by a JSON Schema for its arguments. */
export interface LlmToolDefinition {
  /** Tool name, e.g. `write_file`. */
  name: string;
  /** What the tool does, written for the model. */
  description: string;
  /** JSON Schema (draft 2020-12 subset) of the arguments object. */
  parameters: Record<string, unknown>;
}

/** A tool call as the model made it. */
export interface LlmToolCall {
  /** Provider's call id (or a generated one); tool results refer to it. */
  id: string;
  /** Tool name as the model wrote it (may be unknown to Buildwright). */
  name: string;
  /** Parsed JSON arguments; `undefined` when `argumentsText` is not valid JSON. */
  arguments: unknown;
  /** Arguments exactly as the model produced them. */
  argumentsText: string;
}

/** One message of the conversation sent to the model. */
export type LlmMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string; toolCalls?: LlmToolCall[] }
  | { role: 'tool'; toolCallId: string; name: string; content: string };

/** Token usage and cost of one model call. */
export interface LlmUsage {
  /** Model id the provider billed. */
  model: string;
  /** Prompt tokens. */
  inputTokens: number;
  /** Completion tokens. */
  outputTokens: number;
  /** Prompt tokens served from the provider's cache, when reported. */
  cachedInputTokens?: number;
  /** Cost in US dollars when the adapter knows the model's price. */
  costUsd?: number;
  /** True when the figures are estimated (the server reported none). */
  estimated: boolean;
}

/** What a stream yields, in order: deltas (text and tool-call arguments), tool calls, usage, then finish. */
export type LlmStreamPart =
  /** A piece of prose text. */
  | { type: 'text-delta'; text: string }
  /**
   * The next piece of a tool call's arguments while the model writes them (optional: adapters may
   * send only the complete `tool-call`). Joined in order, a call's `argumentsDelta`s form a prefix
   * of a JSON object of its arguments; for the tagged-text protocol, a JSON rendering of the
   * arguments read so far. Only a preview: the complete `tool-call` with the same `id` follows
   * and is what counts (it may differ, e.g. when the arguments turn out to be malformed).
   */
  | { type: 'tool-call-delta'; id: string; name: string; argumentsDelta: string }
  /** A complete tool call with its arguments assembled. */
  | { type: 'tool-call'; toolCall: LlmToolCall }
  /** Usage of this call (exactly one per call, possibly estimated). */
  | { type: 'usage'; usage: LlmUsage }
  /**
   * The adapter is about to retry after a retryable failure (`attempt` 1 = the first retry).
   * Text and tool-call deltas already yielded belong to the failed attempt: the retry streams
   * them again from the start. Adapters never retry once they yielded a complete tool call.
   */
  | { type: 'retry'; attempt: number; waitMs: number; code: string; message: string }
  /** The call ended. */
  | { type: 'finish'; reason: 'stop' | 'tool-calls' | 'length' | 'other' };

/**
 * Who a model call is for: set on every call a run makes, so a model wrapper can meter, route or
 * pick an API key per end user (see docs/host-hooks.md). Adapters may ignore it.
 */
export interface LlmCallContext {
  /** Owner of the run (the end user of the hosting app). */
  ownerId: string;
  /** The run making the call. */
  runId: string;
  /** The run's project. */
  projectId: string;
  /** The graph node making the call (the same as `LlmRequest.node`). */
  node: string;
}

/** One model call. */
export interface LlmRequest {
  /** The graph node making the call (`plan`, `build`, `fix`, ...); the scripted model matches turns by it. */
  node: string;
  messages: LlmMessage[];
  tools: LlmToolDefinition[];
  /** Aborts the call at once. */
  signal?: AbortSignal;
  /** Owner, run, project and node of the call; always set by a run, absent when something else calls the model directly. */
  context?: LlmCallContext;
}

/**
 * The LLM port: streamed chat with tool calls and usage.
 *
 * Implementations: `scriptedLlm` (replays a transcript), `openaiLlm`, `langchainLlm`.
 * Errors are `BuildwrightError`s with `LLM_*` codes.
 */
export interface LlmAdapter {
  /** Version of this port the adapter implements. */
  readonly specificationVersion: 'v1';
  /** Provider name for events and logs, e.g. `openai`, `scripted`. */
  readonly provider: string;
  /** Model id, e.g. `gpt-4.1-mini`. */
  readonly modelId: string;
  /** Starts one call and streams its parts. Throws (or the iterator throws) a BuildwrightError on failure. */
  stream(request: LlmRequest): AsyncIterable<LlmStreamPart>;
}
