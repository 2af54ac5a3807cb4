import { BuildwrightError } from '@buildwright/client';
import type { LlmAdapter, LlmRequest, LlmStreamPart, LlmToolCall, LlmUsage } from '../spec/llm.js';

/** What {@link readModelStream} reports while a model call streams. */
export interface ModelStreamHooks {
  onTextDelta?(text: string): Promise<void> | void;
  onToolCallDelta?(part: Extract<LlmStreamPart, { type: 'tool-call-delta' }>): Promise<void> | void;
  onToolCall?(call: LlmToolCall): Promise<void> | void;
  /** The adapter retries: text and tool calls read so far were dropped. */
  onRetry?(part: Extract<LlmStreamPart, { type: 'retry' }>): Promise<void> | void;
  /** The call's usage; throwing here (a budget) ends the call. */
  onUsage?(usage: LlmUsage): Promise<void> | void;
}

/**
 * One streamed model call read to its end: the text and complete tool calls of the attempt that
 * succeeded (a retry starts them over). Shared by the run graph's steps and the agent engine.
 *
 * @example
 * const { text, toolCalls } = await readModelStream(llm, { node: 'agent', messages, tools, signal }, { onUsage });
 */
export async function readModelStream(llm: LlmAdapter, request: LlmRequest, hooks: ModelStreamHooks): Promise<{ text: string; toolCalls: LlmToolCall[] }> {
  const signal = request.signal;
  if (signal) throwIfAborted(signal);
  let text = '';
  const toolCalls: LlmToolCall[] = [];
  for await (const part of llm.stream(request)) {
    if (signal) throwIfAborted(signal);
    switch (part.type) {
      case 'text-delta':
        text += part.text;
        await hooks.onTextDelta?.(part.text);
        break;
      case 'tool-call-delta':
        await hooks.onToolCallDelta?.(part);
        break;
      case 'tool-call':
        toolCalls.push(part.toolCall);
        await hooks.onToolCall?.(part.toolCall);
        break;
      case 'retry':
        text = '';
        toolCalls.length = 0;
        await hooks.onRetry?.(part);
        break;
      case 'usage':
        await hooks.onUsage?.(part.usage);
        break;
      case 'finish':
        break;
    }
  }
  return { text, toolCalls };
}

/** Throws the abort reason (a BuildwrightError) when the run was cancelled or timed out. */
export function throwIfAborted(signal: AbortSignal): void {
  if (!signal.aborted) return;
  throw BuildwrightError.isInstance(signal.reason) ? signal.reason : new BuildwrightError({ code: 'RUN_CANCELLED', message: 'The run was cancelled.' });
}
