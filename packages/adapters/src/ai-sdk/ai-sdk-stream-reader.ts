import { BuildwrightError, type LlmToolCall } from '@buildwright/core';
import type { TextStreamPart, ToolSet } from 'ai';
import { callUsage } from '../llm-common/call-usage.js';
import type { ChunkReaderOptions } from '../llm-common/chunk-reader-options.js';
import { createTextModeReader } from '../llm-common/text-mode-reader.js';

interface PendingCall {
  name: string;
  /** The arguments as streamed so far (`tool-input-delta`s joined). */
  argumentsText: string;
}

/**
 * Turns the parts of `streamText(...).fullStream` into Buildwright stream parts: text deltas,
 * `tool-input-delta`s as `tool-call-delta` previews, each `tool-call` (complete, at the end, with
 * the arguments exactly as streamed), then usage and finish. An `error` part is thrown (the
 * caller maps it to an LLM_* error and retries when it can), and so is a stream the provider
 * ended without a finish reason (cut: retryable LLM_UNAVAILABLE).
 */
export function createAiSdkStreamReader(options: ChunkReaderOptions & { label: string }): { read(part: TextStreamPart<ToolSet>): void; finish(): void } {
  const pending = new Map<string, PendingCall>();
  const calls: LlmToolCall[] = [];
  const textMode = createTextModeReader(options);
  let outputCharacters = 0;
  let usage: { inputTokens: number; outputTokens: number; cachedInputTokens?: number } | undefined;
  let finishReason: string | undefined;
  /** The finish reason as the provider sent it: none means the stream was cut before the model finished. */
  let rawFinishReason: string | undefined;
  let billedModel: string | undefined;

  return {
    read(part) {
      switch (part.type) {
        case 'text-delta':
          outputCharacters += part.text.length;
          if (textMode) textMode.push(part.text);
          else options.emit({ type: 'text-delta', text: part.text });
          return;
        case 'tool-input-start':
          pending.set(part.id, { name: part.toolName, argumentsText: '' });
          return;
        case 'tool-input-delta': {
          const call = pending.get(part.id);
          if (!call || part.delta === '') return;
          call.argumentsText += part.delta;
          outputCharacters += part.delta.length;
          options.emit({ type: 'tool-call-delta', id: part.id, name: call.name, argumentsDelta: part.delta });
          return;
        }
        case 'tool-call': {
          const streamed = pending.get(part.toolCallId)?.argumentsText;
          const argumentsText = streamed || (typeof part.input === 'string' ? part.input : JSON.stringify(part.input ?? {}));
          if (!streamed) outputCharacters += argumentsText.length;
          calls.push({ id: part.toolCallId, name: part.toolName, arguments: parsed(argumentsText), argumentsText });
          return;
        }
        case 'finish-step':
          if (part.response.modelId) billedModel = part.response.modelId;
          return;
        case 'finish': {
          finishReason = part.finishReason;
          rawFinishReason = part.rawFinishReason;
          const { inputTokens, outputTokens, inputTokenDetails } = part.totalUsage;
          if (inputTokens !== undefined || outputTokens !== undefined) {
            const cached = inputTokenDetails?.cacheReadTokens;
            usage = { inputTokens: inputTokens ?? 0, outputTokens: outputTokens ?? 0, ...(cached === undefined ? {} : { cachedInputTokens: cached }) };
          }
          return;
        }
        case 'error':
          throw part.error;
        default:
          return;
      }
    },
    finish() {
      if (rawFinishReason === undefined) {
        throw new BuildwrightError({
          code: 'LLM_UNAVAILABLE',
          message: `The stream from ${options.label} ended before the model finished (the provider sent no finish reason): the connection was probably cut.`,
          retryable: true,
        });
      }
      textMode?.end();
      for (const call of calls) options.emit({ type: 'tool-call', toolCall: call });
      options.emit({
        type: 'usage',
        usage: callUsage({ model: billedModel ?? options.model, reported: usage, promptCharacters: options.promptCharacters, outputCharacters, pricing: options.pricing }),
      });
      options.emit({
        type: 'finish',
        reason: finishReason === 'length' ? 'length' : calls.length + (textMode?.toolCalls ?? 0) > 0 ? 'tool-calls' : finishReason === 'stop' || finishReason === 'tool-calls' ? 'stop' : 'other',
      });
    },
  };
}

/** The arguments as JSON, or `undefined` when the model wrote something else (`argumentsText` keeps it). */
function parsed(argumentsText: string): unknown {
  try {
    return JSON.parse(argumentsText.trim() === '' ? '{}' : argumentsText) as unknown;
  } catch {
    return undefined;
  }
}
