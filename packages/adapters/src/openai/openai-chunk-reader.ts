import { BuildwrightError, type LlmToolCall } from '@buildwright/core';
import type OpenAI from 'openai';
import { callUsage } from '../llm-common/call-usage.js';
import { createTextModeReader } from '../llm-common/text-mode-reader.js';
import type { ChunkReaderOptions } from '../llm-common/chunk-reader-options.js';

type Chunk = OpenAI.Chat.Completions.ChatCompletionChunk;

interface PendingCall {
  index: number;
  id: string;
  name: string;
  argumentsText: string;
  /** Characters of `argumentsText` handed out as `tool-call-delta` parts. */
  streamed: number;
}

export interface OpenAiChunkReaderOptions extends ChunkReaderOptions {
  /** The model and server, named in errors. */
  label: string;
}

/**
 * Turns chat-completion chunks into stream parts: text deltas as they come, tool-call argument
 * deltas passed on as `tool-call-delta` (once the call's id and name are known) and assembled per
 * index, handed out complete at the end, then usage and finish.
 */
export function createChunkReader(options: OpenAiChunkReaderOptions): { read(chunk: Chunk): void; finish(): void } {
  const calls = new Map<number, PendingCall>();
  const textMode = createTextModeReader(options);
  let outputCharacters = 0;
  let finishReason: string | undefined;
  let reported: { inputTokens: number; outputTokens: number; cachedInputTokens?: number } | undefined;
  let billedModel: string | undefined;
  let lastIndex = -1;

  return {
    read(chunk) {
      if (chunk.model) billedModel = chunk.model;
      if (chunk.usage) {
        const cached = chunk.usage.prompt_tokens_details?.cached_tokens;
        reported = {
          inputTokens: chunk.usage.prompt_tokens ?? 0,
          outputTokens: chunk.usage.completion_tokens ?? 0,
          ...(typeof cached === 'number' ? { cachedInputTokens: cached } : {}),
        };
      }
      const choice = chunk.choices?.[0];
      if (!choice) return;
      const delta = choice.delta;
      const content = delta?.content;
      if (content) {
        outputCharacters += content.length;
        if (textMode) textMode.push(content);
        else options.emit({ type: 'text-delta', text: content });
      }
      for (const piece of delta?.tool_calls ?? []) {
        // Some servers omit `index` or repeat the id and name on every delta.
        const index = typeof piece.index === 'number' ? piece.index : piece.id ? ([...calls.values()].find((call) => call.id === piece.id)?.index ?? lastIndex + 1) : Math.max(lastIndex, 0);
        lastIndex = Math.max(lastIndex, index);
        let call = calls.get(index);
        if (!call) {
          call = { index, id: '', name: '', argumentsText: '', streamed: 0 };
          calls.set(index, call);
        }
        if (piece.id) call.id = piece.id;
        const name = piece.function?.name;
        if (name && name !== call.name) call.name = call.name === '' ? name : call.name + name;
        const argumentsDelta = piece.function?.arguments;
        if (argumentsDelta) {
          call.argumentsText += argumentsDelta;
          outputCharacters += argumentsDelta.length;
          // A preview of the arguments as they come; the call stays the one handed out at the end.
          if (call.id !== '' && call.name !== '') {
            options.emit({ type: 'tool-call-delta', id: call.id, name: call.name, argumentsDelta: call.argumentsText.slice(call.streamed) });
            call.streamed = call.argumentsText.length;
          }
        }
      }
      if (choice.finish_reason) finishReason = choice.finish_reason;
    },
    finish() {
      if (finishReason === undefined) {
        throw new BuildwrightError({
          code: 'LLM_UNAVAILABLE',
          message: `The stream from ${options.label} ended before the model finished (no finish_reason): the connection was probably cut.`,
          retryable: true,
        });
      }
      textMode?.end();
      const ordered = [...calls.values()].sort((left, right) => left.index - right.index);
      for (const call of ordered) options.emit({ type: 'tool-call', toolCall: toToolCall(call) });
      const model = billedModel ?? options.model;
      options.emit({
        type: 'usage',
        usage: callUsage({ model, reported, promptCharacters: options.promptCharacters, outputCharacters, pricing: options.pricing }),
      });
      const toolCalls = ordered.length + (textMode?.toolCalls ?? 0);
      const reason =
        finishReason === 'length' ? 'length' : toolCalls > 0 || finishReason === 'tool_calls' || finishReason === 'function_call' ? 'tool-calls' : finishReason === 'stop' ? 'stop' : 'other';
      options.emit({ type: 'finish', reason });
    },
  };
}

function toToolCall(call: PendingCall): LlmToolCall {
  const id = call.id || `call_${call.index}_${Math.random().toString(36).slice(2, 10)}`;
  const text = call.argumentsText.trim() === '' ? '{}' : call.argumentsText;
  try {
    return { id, name: call.name, arguments: JSON.parse(text) as unknown, argumentsText: call.argumentsText };
  } catch {
    return { id, name: call.name, arguments: undefined, argumentsText: call.argumentsText };
  }
}
