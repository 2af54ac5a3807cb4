import { BuildwrightError } from '@buildwright/client';
import type { LlmAdapter, LlmRequest, LlmStreamPart, LlmToolCall, LlmUsage } from '../../spec/llm.js';

/** A model stream read to its end, sorted by part type. */
export interface CollectedLlmStream {
  /** Every part, in order. */
  parts: LlmStreamPart[];
  /** The text deltas joined. */
  text: string;
  toolCalls: LlmToolCall[];
  usage: LlmUsage[];
  retries: Extract<LlmStreamPart, { type: 'retry' }>[];
  /** The finish reason, if a finish part came. */
  finish: Extract<LlmStreamPart, { type: 'finish' }>['reason'] | undefined;
  /** The BuildwrightError the stream ended with, if any (other errors are rethrown). */
  error: BuildwrightError | undefined;
}

/**
 * Reads a model stream to its end and sorts its parts, for tests of an `LlmAdapter`. A
 * `BuildwrightError` ending the stream is returned in `error`; any other error is rethrown,
 * since an adapter must throw only BuildwrightErrors.
 *
 * @example
 * const { text, toolCalls, error } = await collectLlmStream(llm, { node: 'build', messages, tools });
 */
export async function collectLlmStream(llm: LlmAdapter, request: LlmRequest, onPart?: (part: LlmStreamPart) => void): Promise<CollectedLlmStream> {
  const parts: LlmStreamPart[] = [];
  let error: BuildwrightError | undefined;
  try {
    for await (const part of llm.stream(request)) {
      parts.push(part);
      onPart?.(part);
    }
  } catch (thrown) {
    if (!BuildwrightError.isInstance(thrown)) throw thrown;
    error = thrown;
  }
  return {
    parts,
    text: parts.map((part) => (part.type === 'text-delta' ? part.text : '')).join(''),
    toolCalls: parts.flatMap((part) => (part.type === 'tool-call' ? [part.toolCall] : [])),
    usage: parts.flatMap((part) => (part.type === 'usage' ? [part.usage] : [])),
    retries: parts.flatMap((part) => (part.type === 'retry' ? [part] : [])),
    finish: parts.flatMap((part) => (part.type === 'finish' ? [part.reason] : []))[0],
    error,
  };
}
