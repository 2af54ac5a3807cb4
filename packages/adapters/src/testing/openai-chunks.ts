import { formatTaggedToolCall, type TranscriptTurn } from '@buildwright/core';

export interface ChunkPlanOptions {
  turn: TranscriptTurn;
  /** Index of the turn, for stable call ids. */
  turnIndex: number;
  model: string;
  /** Tool calls as native `tool_calls` deltas, or as tagged text in the content. */
  toolCalls: 'native' | 'text';
  deltaSize: number;
  argumentsDeltaSize: number;
  includeUsage: boolean;
  /** Characters of the request, for usage when the turn gives none. */
  promptCharacters: number;
}

/** The SSE `data:` payloads (JSON objects) of one streamed turn, finish and usage included. */
export function turnChunks(options: ChunkPlanOptions): { chunks: object[]; finishIndex: number } {
  const { turn } = options;
  const id = `chatcmpl-test-${options.turnIndex}`;
  const created = Math.floor(Date.now() / 1000);
  const chunk = (choices: object[], extra: object = {}) => ({ id, object: 'chat.completion.chunk', created, model: options.model, choices, ...extra });
  const delta = (value: object, finish: string | null = null) => chunk([{ index: 0, delta: value, logprobs: null, finish_reason: finish }]);
  const chunks: object[] = [delta({ role: 'assistant', content: '' })];
  const calls = turn.toolCalls.map((call, index) => ({
    id: call.id ?? `call_${options.turnIndex}_${index}`,
    name: call.name,
    argumentsText: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
    arguments: typeof call.arguments === 'string' ? undefined : call.arguments,
  }));
  let content = turn.text ?? '';
  if (options.toolCalls === 'text' && calls.length > 0) {
    const tagged = calls.map((call) => formatTaggedToolCall({ name: call.name, arguments: call.arguments, argumentsText: call.argumentsText }));
    content = [content, ...tagged].filter((part) => part !== '').join('\n');
  }
  for (const piece of split(content, options.deltaSize)) chunks.push(delta({ content: piece }));
  let outputCharacters = content.length;
  if (options.toolCalls === 'native') {
    calls.forEach((call, index) => {
      chunks.push(delta({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] }));
      for (const piece of split(call.argumentsText, options.argumentsDeltaSize)) chunks.push(delta({ tool_calls: [{ index, function: { arguments: piece } }] }));
      outputCharacters += call.argumentsText.length;
    });
  }
  const finishIndex = chunks.length;
  chunks.push(delta({}, options.toolCalls === 'native' && calls.length > 0 ? 'tool_calls' : 'stop'));
  if (options.includeUsage) {
    const inputTokens = turn.usage?.inputTokens ?? Math.ceil(options.promptCharacters / 4);
    const outputTokens = turn.usage?.outputTokens ?? Math.ceil(outputCharacters / 4);
    chunks.push(
      chunk([], {
        usage: {
          prompt_tokens: inputTokens,
          completion_tokens: outputTokens,
          total_tokens: inputTokens + outputTokens,
          prompt_tokens_details: { cached_tokens: turn.usage?.cachedInputTokens ?? 0 },
        },
      }),
    );
  }
  return { chunks, finishIndex };
}

/** A non-streamed chat completion of the same turn. */
export function turnCompletion(options: Omit<ChunkPlanOptions, 'deltaSize' | 'argumentsDeltaSize' | 'includeUsage'>): object {
  const { chunks } = turnChunks({ ...options, deltaSize: Number.MAX_SAFE_INTEGER, argumentsDeltaSize: Number.MAX_SAFE_INTEGER, includeUsage: true });
  type Delta = { content?: string; tool_calls?: { index: number; id?: string; function: { name?: string; arguments: string } }[] };
  let content = '';
  const toolCalls: { id: string; type: 'function'; function: { name: string; arguments: string } }[] = [];
  let finish = 'stop';
  let usage: unknown;
  for (const chunk of chunks as { choices: { delta: Delta; finish_reason: string | null }[]; usage?: unknown }[]) {
    if (chunk.usage) usage = chunk.usage;
    const choice = chunk.choices[0];
    if (!choice) continue;
    content += choice.delta.content ?? '';
    for (const piece of choice.delta.tool_calls ?? []) {
      const call = (toolCalls[piece.index] ??= { id: piece.id ?? '', type: 'function', function: { name: piece.function.name ?? '', arguments: '' } });
      call.function.arguments += piece.function.arguments;
    }
    if (choice.finish_reason) finish = choice.finish_reason;
  }
  return {
    id: `chatcmpl-test-${options.turnIndex}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: options.model,
    choices: [{ index: 0, message: { role: 'assistant', content, ...(toolCalls.length ? { tool_calls: toolCalls } : {}) }, logprobs: null, finish_reason: finish }],
    usage,
  };
}

function split(text: string, size: number): string[] {
  const pieces: string[] = [];
  for (let index = 0; index < text.length; index += size) pieces.push(text.slice(index, index + size));
  return pieces;
}
