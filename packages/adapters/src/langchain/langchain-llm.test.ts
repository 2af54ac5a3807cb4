import { runLlmSpec } from '@buildwright/core/testing';
import { openAiFaults, openAiSpecUpstream, startOpenAiTestServer, type OpenAiTestServer } from '@buildwright/adapters/testing';
import { ContextOverflowError } from '@langchain/core/errors';
import { BaseChatModel, type BaseChatModelCallOptions, type BindToolsInput } from '@langchain/core/language_models/chat_models';
import { AIMessage, AIMessageChunk, type AIMessageChunkFields, type BaseMessage } from '@langchain/core/messages';
import { ChatGenerationChunk, type ChatResult } from '@langchain/core/outputs';
import { ChatOpenAI } from '@langchain/openai';
import { buildRequest, collect, counterTranscript, writeAndFinishTools } from '../llm-common/llm-adapter-fixtures.test-support.js';
import { afterEach, describe, expect, it } from 'vitest';
import { fromLangChainMessages, langchainLlm, toLangChainMessages } from './index.js';

const tools = writeAndFinishTools;
const transcript = counterTranscript;
const request = buildRequest(tools);

/** A hand-written chat model that streams like Anthropic: content blocks, ids once, usage split over two chunks. */
class BlockStreamingChatModel extends BaseChatModel {
  received: BaseMessage[][] = [];
  boundTools: BindToolsInput[] = [];
  constructor(
    private readonly steps: (ChunkFields[] | Error)[],
    private readonly delayMs = 0,
  ) {
    super({});
  }
  _llmType(): string {
    return 'fake-blocks';
  }
  override bindTools(toolsToBind: BindToolsInput[]) {
    this.boundTools = toolsToBind;
    return this;
  }
  override async *_streamResponseChunks(messages: BaseMessage[], options: this['ParsedCallOptions']): AsyncGenerator<ChatGenerationChunk> {
    this.received.push(messages);
    const step = this.steps.shift();
    if (step === undefined) throw new Error('BlockStreamingChatModel: no step left');
    if (step instanceof Error) throw step;
    for (const fields of step) {
      await new Promise((resolve) => setTimeout(resolve, this.delayMs));
      options.signal?.throwIfAborted();
      yield new ChatGenerationChunk({ message: new AIMessageChunk(fields as AIMessageChunkFields), text: '' });
    }
  }
  async _generate(): Promise<ChatResult> {
    throw new Error('BlockStreamingChatModel only streams');
  }
}

/** A chat model that cannot stream: LangChain falls back to one whole message. */
class InvokeOnlyChatModel extends BaseChatModel<BaseChatModelCallOptions> {
  _llmType(): string {
    return 'fake-invoke';
  }
  override bindTools() {
    return this;
  }
  async _generate(): Promise<ChatResult> {
    const message = new AIMessage({
      content: 'Here you go.',
      tool_calls: [{ id: 'whole_1', name: 'finish', args: { summary: 'All done.' }, type: 'tool_call' }],
      usage_metadata: { input_tokens: 40, output_tokens: 12, total_tokens: 52 },
    } as unknown as ConstructorParameters<typeof AIMessage>[0]);
    return { generations: [{ message, text: 'Here you go.' }] };
  }
}

// Plain objects: @langchain/core's generic message types reject usage_metadata under exactOptionalPropertyTypes.
type ChunkFields = Record<string, unknown>;

const blockTurn: ChunkFields[] = [
  { content: [], usage_metadata: { input_tokens: 900, output_tokens: 0, total_tokens: 900, input_token_details: { cache_read: 100 } }, response_metadata: { model: 'claude-sonnet-4-5-20250929' } },
  { content: [{ type: 'text', text: 'Let me ', index: 0 }] },
  { content: [{ type: 'text', text: 'write it.', index: 0 }] },
  { content: [{ type: 'input_json_delta', input: '', index: 1 }], tool_call_chunks: [{ id: 'toolu_01', name: 'write_file', args: '', index: 1, type: 'tool_call_chunk' }] },
  { content: [{ type: 'input_json_delta', input: '{"path": "a.ts", ', index: 1 }], tool_call_chunks: [{ args: '{"path": "a.ts", ', index: 1, type: 'tool_call_chunk' }] },
  { content: [{ type: 'input_json_delta', input: '"content": "x"}', index: 1 }], tool_call_chunks: [{ args: '"content": "x"}', index: 1, type: 'tool_call_chunk' }] },
  { content: [{ type: 'input_json_delta', input: '', index: 2 }], tool_call_chunks: [{ id: 'toolu_02', name: 'finish', args: '{"summary": "ok"}', index: 2, type: 'tool_call_chunk' }] },
  { content: [], usage_metadata: { input_tokens: 0, output_tokens: 120, total_tokens: 120 }, response_metadata: { stop_reason: 'tool_use' } },
];

let server: OpenAiTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function chatOpenAi() {
  server = await startOpenAiTestServer({ transcript, deltaSize: 4, argumentsDeltaSize: 5 });
  const model = new ChatOpenAI({ model: 'gpt-4.1-mini', apiKey: 'sk-test', configuration: { baseURL: server.baseURL }, maxRetries: 0, useResponsesApi: false });
  const llm = langchainLlm(model, { retryDelayMs: 10, timeoutMs: 5000 });
  return { server, llm };
}

// Streaming, tool-call assembly, usage, retries, error codes and aborts: the LLM port's suite,
// through @langchain/openai's ChatOpenAI over the OpenAI wire, natively and in text mode.
// LangChain chat models do not all report a finish reason, so a truncated stream cannot be told
// from a whole one (detectsTruncation: false).
for (const toolMode of ['native', 'text'] as const) {
  runLlmSpec(
    openAiSpecUpstream((upstream, scenario) => {
      const model = new ChatOpenAI({ model: 'gpt-4.1-mini', apiKey: 'sk-test', configuration: { baseURL: upstream.baseURL }, maxRetries: 0, useResponsesApi: false });
      return langchainLlm(model, { toolMode, maxRetries: scenario.maxRetries, retryDelayMs: scenario.retryDelayMs, timeoutMs: scenario.timeoutMs });
    }),
    { name: `langchainLlm over ChatOpenAI, toolMode '${toolMode}'`, toolCallsInText: toolMode === 'text', detectsTruncation: false },
  );
}

describe('langchainLlm with @langchain/openai over HTTP', () => {
  it('default: takes the provider and model id from the chat model, binds the tools, prices the usage chunk', async () => {
    const { llm, server } = await chatOpenAi();
    expect(llm).toMatchObject({ provider: 'openai', modelId: 'gpt-4.1-mini' });
    const result = await collect(llm);
    expect(result.usage).toEqual([{ model: 'gpt-4.1-mini', inputTokens: 800, outputTokens: 90, cachedInputTokens: 0, costUsd: (800 * 0.4 + 90 * 1.6) / 1e6, estimated: false }]);
    const sent = server.requests[0]!.body;
    expect(sent['stream']).toBe(true);
    expect((sent['tools'] as { function: { name: string } }[]).map((tool) => tool.function.name)).toEqual(['write_file', 'finish']);
  });

  it("error: LangChain's troubleshooting link is cut from the provider message", async () => {
    const { llm, server } = await chatOpenAi();
    server.fail(openAiFaults.unauthorized());
    const result = await collect(llm);
    expect(result.error?.code).toBe('LLM_AUTH');
    expect(result.error?.message).toContain('Incorrect API key provided');
    expect(result.error?.message).not.toContain('Troubleshooting URL');
  });
});

describe('langchainLlm with a hand-written chat model', () => {
  it('default: reads content blocks, merges tool-call chunks by index, sums split usage', async () => {
    const model = new BlockStreamingChatModel([blockTurn]);
    const llm = langchainLlm(model, { modelId: 'claude-sonnet-4-5' });
    expect(llm).toMatchObject({ provider: 'fake-blocks', modelId: 'claude-sonnet-4-5' });
    const result = await collect(llm);
    expect(result.error).toBeUndefined();
    expect(result.text).toBe('Let me write it.');
    expect(result.toolCalls).toEqual([
      { id: 'toolu_01', name: 'write_file', arguments: { path: 'a.ts', content: 'x' }, argumentsText: '{"path": "a.ts", "content": "x"}' },
      { id: 'toolu_02', name: 'finish', arguments: { summary: 'ok' }, argumentsText: '{"summary": "ok"}' },
    ]);
    expect(result.usage).toEqual([
      { model: 'claude-sonnet-4-5-20250929', inputTokens: 900, outputTokens: 120, cachedInputTokens: 100, costUsd: (800 * 3 + 100 * 0.3 + 120 * 15) / 1e6, estimated: false },
    ]);
    expect(result.finish).toBe('tool-calls');
    expect(model.boundTools).toEqual(tools.map((tool) => ({ type: 'function', function: tool })));
  });

  it('behavior: the call context reaches LangChain callbacks as metadata.buildwright', async () => {
    const seen: unknown[] = [];
    const model = new BlockStreamingChatModel([blockTurn, blockTurn]);
    model.callbacks = [{ handleChatModelStart: (_llm, _messages, _runId, _parent, _extra, _tags, metadata) => void seen.push(metadata?.['buildwright']) }];
    const llm = langchainLlm(model);
    const context = { ownerId: 'alice', runId: 'run-1', projectId: 'project-1', node: 'build' };
    expect((await collect(llm, request({ context }))).error).toBeUndefined();
    expect((await collect(llm)).error).toBeUndefined();
    expect(seen).toEqual([context, undefined]);
  });

  it('behavior: sends history as LangChain messages (tool calls and tool results)', async () => {
    const model = new BlockStreamingChatModel([blockTurn]);
    await collect(
      langchainLlm(model),
      request({
        messages: [
          { role: 'user', content: 'Go.' },
          {
            role: 'assistant',
            content: 'Writing.',
            toolCalls: [
              { id: 'c1', name: 'write_file', arguments: { path: 'a', content: 'b' }, argumentsText: '{"path":"a","content":"b"}' },
              { id: 'c2', name: 'write_file', arguments: undefined, argumentsText: '{"path":' },
            ],
          },
          { role: 'tool', toolCallId: 'c1', name: 'write_file', content: 'Wrote a.' },
        ],
      }),
    );
    const [user, assistant, tool] = model.received[0]!;
    expect(user!.type).toBe('human');
    expect((assistant as AIMessage).tool_calls).toEqual([{ id: 'c1', name: 'write_file', args: { path: 'a', content: 'b' }, type: 'tool_call' }]);
    expect((assistant as AIMessage).invalid_tool_calls).toEqual([{ id: 'c2', name: 'write_file', args: '{"path":', error: 'Arguments are not a JSON object.', type: 'invalid_tool_call' }]);
    expect(tool).toMatchObject({ type: 'tool', tool_call_id: 'c1', content: 'Wrote a.' });
  });

  it('behavior: a thrown 429 with retry-after is retried', async () => {
    const limited = Object.assign(new Error('rate_limit_error: Number of requests has exceeded your rate limit'), { status: 429, headers: { 'retry-after': '0' } });
    const model = new BlockStreamingChatModel([limited, blockTurn]);
    const result = await collect(langchainLlm(model, { retryDelayMs: 10 }));
    expect(result.error).toBeUndefined();
    expect(result.retries).toEqual([{ type: 'retry', attempt: 1, waitMs: 0, code: 'LLM_RATE_LIMITED', message: expect.stringContaining('exceeded your rate limit') }]);
    expect(result.toolCalls).toHaveLength(2);
  });

  it('error: ContextOverflowError is LLM_CONTEXT_TOO_LONG, not retried', async () => {
    const model = new BlockStreamingChatModel([new ContextOverflowError('prompt is too long: 210000 tokens > 200000 maximum'), blockTurn]);
    const result = await collect(langchainLlm(model, { retryDelayMs: 10 }));
    expect(result.error?.code).toBe('LLM_CONTEXT_TOO_LONG');
    expect(result.error?.message).toContain('210000 tokens');
    expect(model.received).toHaveLength(1);
  });

  it('error: an unknown failure of the model is LLM_UNAVAILABLE with its message, not retried', async () => {
    const model = new BlockStreamingChatModel([new Error('model exploded'), blockTurn]);
    const result = await collect(langchainLlm(model, { retryDelayMs: 10 }));
    expect(result.error?.code).toBe('LLM_UNAVAILABLE');
    expect(result.error?.message).toContain('model exploded');
    expect(model.received).toHaveLength(1);
  });

  it('behavior: broken tool-call JSON is a call with arguments undefined', async () => {
    const model = new BlockStreamingChatModel([[{ content: [], tool_call_chunks: [{ id: 't1', name: 'write_file', args: '{"path": ', index: 0, type: 'tool_call_chunk' }] }]]);
    const result = await collect(langchainLlm(model));
    expect(result.toolCalls).toEqual([{ id: 't1', name: 'write_file', arguments: undefined, argumentsText: '{"path": ' }]);
    expect(result.usage[0]!.estimated).toBe(true);
  });

  it('behavior: a model that cannot stream gives whole tool calls and its usage', async () => {
    const result = await collect(langchainLlm(new InvokeOnlyChatModel({})));
    expect(result.error).toBeUndefined();
    expect(result.text).toBe('Here you go.');
    expect(result.toolCalls).toEqual([{ id: 'whole_1', name: 'finish', arguments: { summary: 'All done.' }, argumentsText: '{"summary":"All done."}' }]);
    expect(result.usage[0]).toMatchObject({ inputTokens: 40, outputTokens: 12, estimated: false });
  });

  it('error: a model without bindTools needs toolMode text', async () => {
    const model = new BlockStreamingChatModel([[{ content: [{ type: 'text', text: '<tool_call name="finish">Done.</tool_call>', index: 0 }] }]]);
    Object.defineProperty(model, 'bindTools', { value: undefined });
    expect(() => langchainLlm(model)).toThrow(/toolMode: 'text'/);
    const result = await collect(langchainLlm(model, { toolMode: 'text' }));
    expect(result.toolCalls).toEqual([{ id: expect.any(String), name: 'finish', arguments: { summary: 'Done.' }, argumentsText: '{"summary":"Done."}' }]);
    expect(result.finish).toBe('tool-calls');
  });

  it('error: something that is not a chat model is INVALID_INPUT', () => {
    expect(() => langchainLlm({} as BaseChatModel)).toThrow(/needs a LangChain chat model/);
  });
});

describe('toLangChainMessages / fromLangChainMessages', () => {
  it('behavior: round-trips a conversation', () => {
    const messages = request({
      messages: [
        { role: 'system', content: 'S' },
        { role: 'user', content: 'U' },
        { role: 'assistant', content: 'A', toolCalls: [{ id: 'c1', name: 'finish', arguments: { summary: 's' }, argumentsText: '{"summary":"s"}' }] },
        { role: 'tool', toolCallId: 'c1', name: 'finish', content: 'ok' },
        { role: 'assistant', content: 'bye' },
      ],
    }).messages;
    expect(fromLangChainMessages(toLangChainMessages(messages))).toEqual(messages);
  });
});

describe('langchainLlm live', () => {
  it.skipIf(!process.env['OPENAI_API_KEY'])(
    'live (skipped: set OPENAI_API_KEY): ChatOpenAI calls a tool through langchainLlm',
    async () => {
      const model = new ChatOpenAI({
        model: process.env['OPENAI_MODEL'] ?? 'gpt-4.1-mini',
        maxRetries: 0,
        useResponsesApi: false,
        ...(process.env['OPENAI_BASE_URL'] ? { configuration: { baseURL: process.env['OPENAI_BASE_URL'] } } : {}),
      });
      const result = await collect(langchainLlm(model, { timeoutMs: 60_000 }), request({ messages: [{ role: 'user', content: 'Call finish with the summary "hello". Nothing else.' }] }));
      expect(result.error).toBeUndefined();
      expect(result.toolCalls[0]?.name).toBe('finish');
      expect(result.usage).toHaveLength(1);
    },
    90_000,
  );
});
