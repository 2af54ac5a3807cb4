import type { LlmToolCall } from '@buildwright/core';
import type { BaseMessage } from '@langchain/core/messages';
import { callUsage } from '../llm-common/call-usage.js';
import { createTextModeReader } from '../llm-common/text-mode-reader.js';
import type { ChunkReaderOptions } from '../llm-common/chunk-reader-options.js';
import { textOf } from './langchain-messages.js';

interface PendingCall {
  index: number | string | undefined;
  id: string;
  name: string;
  argumentsText: string;
  /** Characters of `argumentsText` handed out as `tool-call-delta` parts. */
  streamed: number;
  /** Set when the model gave the call whole (a non-streaming model), not as chunks. */
  complete?: LlmToolCall;
}

interface ChunkFields {
  content?: unknown;
  tool_call_chunks?: { id?: string; name?: string; args?: string; index?: number | string }[];
  tool_calls?: { id?: string; name: string; args: Record<string, unknown> }[];
  invalid_tool_calls?: { id?: string; name?: string; args?: string }[];
  usage_metadata?: { input_tokens?: number; output_tokens?: number; input_token_details?: { cache_read?: number } };
  response_metadata?: Record<string, unknown>;
}

/**
 * Turns LangChain message chunks into stream parts. Tool-call chunks are passed on as
 * `tool-call-delta` parts (once a call has its id and name) and merged the way
 * LangChain merges them (by index, else by id; args concatenated; the last non-empty id and
 * name win); usage_metadata is summed across chunks (Anthropic reports input and output
 * tokens on different chunks).
 */
export function createLangChainChunkReader(options: ChunkReaderOptions): { read(chunk: BaseMessage): void; finish(): void } {
  const calls: PendingCall[] = [];
  const textMode = createTextModeReader(options);
  let outputCharacters = 0;
  let usage: { inputTokens: number; outputTokens: number; cachedInputTokens?: number } | undefined;
  let finishReason: string | undefined;
  let billedModel: string | undefined;

  return {
    read(message) {
      const chunk = message as unknown as ChunkFields;
      const text = textOf(chunk.content);
      if (text) {
        outputCharacters += text.length;
        if (textMode) textMode.push(text);
        else options.emit({ type: 'text-delta', text });
      }
      const pieces = chunk.tool_call_chunks ?? [];
      for (const piece of pieces) {
        const hasIndex = typeof piece.index === 'number' || typeof piece.index === 'string';
        let call = calls.find((entry) =>
          hasIndex ? entry.index === piece.index && (!piece.id || !entry.id || entry.id === piece.id) : entry.index === undefined && !!piece.id && entry.id === piece.id,
        );
        if (!call) {
          call = { index: hasIndex ? piece.index : undefined, id: '', name: '', argumentsText: '', streamed: 0 };
          calls.push(call);
        }
        if (piece.id) call.id = piece.id;
        if (piece.name) call.name = piece.name;
        if (piece.args) {
          call.argumentsText += piece.args;
          outputCharacters += piece.args.length;
        }
        // A preview of the arguments as they come, once the call has its id and name.
        if (call.id !== '' && call.name !== '' && call.argumentsText.length > call.streamed) {
          options.emit({ type: 'tool-call-delta', id: call.id, name: call.name, argumentsDelta: call.argumentsText.slice(call.streamed) });
          call.streamed = call.argumentsText.length;
        }
      }
      if (pieces.length === 0) {
        for (const whole of chunk.tool_calls ?? []) {
          const argumentsText = JSON.stringify(whole.args);
          outputCharacters += argumentsText.length;
          calls.push({
            index: undefined,
            id: whole.id ?? '',
            name: whole.name,
            argumentsText,
            streamed: 0,
            complete: { id: whole.id || generatedId(calls.length), name: whole.name, arguments: whole.args, argumentsText },
          });
        }
        for (const broken of chunk.invalid_tool_calls ?? []) {
          calls.push({ index: undefined, id: broken.id ?? '', name: broken.name ?? '', argumentsText: broken.args ?? '', streamed: 0 });
        }
      }
      const reported = chunk.usage_metadata;
      if (reported) {
        const cached = reported.input_token_details?.cache_read;
        usage = {
          inputTokens: (usage?.inputTokens ?? 0) + (reported.input_tokens ?? 0),
          outputTokens: (usage?.outputTokens ?? 0) + (reported.output_tokens ?? 0),
          ...(cached === undefined && usage?.cachedInputTokens === undefined ? {} : { cachedInputTokens: (usage?.cachedInputTokens ?? 0) + (cached ?? 0) }),
        };
      }
      const metadata = chunk.response_metadata ?? {};
      const reason = metadata['finish_reason'] ?? metadata['stop_reason'] ?? metadata['finishReason'];
      if (typeof reason === 'string') finishReason = reason;
      const model = metadata['model_name'] ?? metadata['model'];
      if (typeof model === 'string' && model !== '') billedModel = model;
    },
    finish() {
      textMode?.end();
      calls.forEach((call, position) => options.emit({ type: 'tool-call', toolCall: call.complete ?? toToolCall(call, position) }));
      options.emit({
        type: 'usage',
        usage: callUsage({ model: billedModel ?? options.model, reported: usage, promptCharacters: options.promptCharacters, outputCharacters, pricing: options.pricing }),
      });
      const reason = (finishReason ?? '').toLowerCase();
      const length = reason === 'length' || reason === 'max_tokens';
      options.emit({
        type: 'finish',
        reason: length
          ? 'length'
          : calls.length + (textMode?.toolCalls ?? 0) > 0
            ? 'tool-calls'
            : ['', 'stop', 'end_turn', 'stop_sequence', 'tool_calls', 'tool_use'].includes(reason)
              ? 'stop'
              : 'other',
      });
    },
  };
}

function toToolCall(call: PendingCall, position: number): LlmToolCall {
  const id = call.id || generatedId(position);
  const text = call.argumentsText.trim() === '' ? '{}' : call.argumentsText;
  try {
    return { id, name: call.name, arguments: JSON.parse(text) as unknown, argumentsText: call.argumentsText };
  } catch {
    return { id, name: call.name, arguments: undefined, argumentsText: call.argumentsText };
  }
}

function generatedId(position: number): string {
  return `call_${position}_${Math.random().toString(36).slice(2, 10)}`;
}
