import { createOpenAI } from '@ai-sdk/openai';
import type { LlmMessage, Transcript } from '@buildwright/core';
import { runLlmSpec } from '@buildwright/core/testing';
import { openAiFaults, openAiSpecUpstream, startOpenAiTestServer, type OpenAiTestServer } from '@buildwright/adapters/testing';
import { buildRequest, collect, counterApp, counterTranscript, writeAndFinishTools } from '../llm-common/llm-adapter-fixtures.test-support.js';
import { afterEach, describe, expect, it } from 'vitest';
import { aiSdkLlm, toAiSdkPrompt } from './index.js';

const tools = writeAndFinishTools;
const app = counterApp;
const transcript = counterTranscript;
const request = buildRequest(tools);

/** The AI SDK's OpenAI provider (Chat Completions), pointed at a server that speaks the OpenAI wire. */
const openAiChat = (baseURL: string) => createOpenAI({ apiKey: 'sk-test', baseURL }).chat('gpt-4.1-mini');

let server: OpenAiTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function overHttp(llmTranscript: Transcript = transcript) {
  server = await startOpenAiTestServer({ transcript: llmTranscript, deltaSize: 4, argumentsDeltaSize: 5 });
  return { server, llm: aiSdkLlm(openAiChat(server.baseURL), { retryDelayMs: 10, timeoutMs: 5000 }) };
}

// Streaming, tool-call assembly, usage, retries, error codes and aborts: the LLM port's suite,
// through the AI SDK's own OpenAI provider over the OpenAI wire, natively and in text mode.
for (const toolMode of ['native', 'text'] as const) {
  runLlmSpec(
    openAiSpecUpstream((upstream, scenario) =>
      aiSdkLlm(openAiChat(upstream.baseURL), { toolMode, maxRetries: scenario.maxRetries, retryDelayMs: scenario.retryDelayMs, timeoutMs: scenario.timeoutMs }),
    ),
    { name: `aiSdkLlm over @ai-sdk/openai, toolMode '${toolMode}'`, toolCallsInText: toolMode === 'text' },
  );
}

describe('aiSdkLlm with @ai-sdk/openai over HTTP', () => {
  it("default: takes the provider and model id from the model, sends the tools as functions, prices the provider's usage", async () => {
    const { llm, server } = await overHttp();
    expect(llm).toMatchObject({ provider: 'openai.chat', modelId: 'gpt-4.1-mini' });
    const result = await collect(llm);
    expect(result.error).toBeUndefined();
    expect(result.toolCalls.map((call) => [call.name, call.arguments])).toEqual([
      ['write_file', { path: 'src/App.tsx', content: app }],
      ['finish', { summary: 'Done.' }],
    ]);
    expect(result.usage).toEqual([expect.objectContaining({ model: 'gpt-4.1-mini', inputTokens: 800, outputTokens: 90, costUsd: (800 * 0.4 + 90 * 1.6) / 1e6, estimated: false })]);
    const sent = server.requests[0]!.body;
    expect(sent['stream']).toBe(true);
    expect((sent['tools'] as { function: { name: string } }[]).map((tool) => tool.function.name)).toEqual(['write_file', 'finish']);
  });

  it('behavior: tool arguments stream as tool-call-delta parts that join to the complete call', async () => {
    const { llm } = await overHttp();
    const parts = [];
    for await (const part of llm.stream(request())) parts.push(part);
    const deltas = parts.filter((part) => part.type === 'tool-call-delta');
    const calls = parts.flatMap((part) => (part.type === 'tool-call' ? [part.toolCall] : []));
    expect(deltas.length).toBeGreaterThan(2);
    for (const call of calls) {
      const joined = deltas.flatMap((part) => (part.id === call.id ? [part.argumentsDelta] : [])).join('');
      expect(joined).toBe(call.argumentsText);
    }
  });

  it('error: a rejected key is LLM_AUTH with the provider message, and nothing is retried', async () => {
    const { llm, server } = await overHttp();
    server.fail(openAiFaults.unauthorized());
    const result = await collect(llm);
    expect(result.error?.code).toBe('LLM_AUTH');
    expect(result.error?.message).toContain('Incorrect API key provided');
    expect(server.requests).toHaveLength(1);
  });

  it('error: something that is not a language model is INVALID_INPUT saying what to pass', () => {
    expect(() => aiSdkLlm({} as never)).toThrow(/needs an AI SDK language model/);
  });

  it('default: a whole conversation with tool calls and results is sent as the OpenAI messages it stands for', async () => {
    const { llm, server } = await overHttp();
    const messages: LlmMessage[] = [
      { role: 'system', content: 'You build apps.' },
      { role: 'user', content: 'Make a counter.' },
      { role: 'assistant', content: 'Writing.', toolCalls: [{ id: 'call_1', name: 'write_file', arguments: { path: 'a.ts', content: 'x' }, argumentsText: '{"path":"a.ts","content":"x"}' }] },
      { role: 'tool', toolCallId: 'call_1', name: 'write_file', content: 'Wrote a.ts' },
    ];
    await collect(llm, request({ messages }));
    const sent = server.requests[0]!.body['messages'] as Record<string, unknown>[];
    expect(sent.map((message) => message['role'])).toEqual(['system', 'user', 'assistant', 'tool']);
    expect(sent[2]).toMatchObject({ content: 'Writing.', tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'write_file' } }] });
    expect(JSON.parse((sent[2]!['tool_calls'] as { function: { arguments: string } }[])[0]!.function.arguments)).toEqual({ path: 'a.ts', content: 'x' });
    expect(sent[3]).toMatchObject({ role: 'tool', tool_call_id: 'call_1', content: 'Wrote a.ts' });
    expect(toAiSdkPrompt(messages).instructions).toEqual([{ role: 'system', content: 'You build apps.' }]);
  });
});

describe('aiSdkLlm live', () => {
  it.skipIf(!process.env['OPENAI_API_KEY'])(
    'live (skipped: set OPENAI_API_KEY): the AI SDK OpenAI provider calls a tool through aiSdkLlm',
    async () => {
      const openai = createOpenAI({ ...(process.env['OPENAI_BASE_URL'] ? { baseURL: process.env['OPENAI_BASE_URL'] } : {}) });
      const llm = aiSdkLlm(openai.chat(process.env['OPENAI_MODEL'] ?? 'gpt-4.1-mini'), { timeoutMs: 60_000 });
      const result = await collect(llm, request({ messages: [{ role: 'user', content: 'Call finish with the summary "hello". Nothing else.' }] }));
      expect(result.error).toBeUndefined();
      expect(result.toolCalls[0]?.name).toBe('finish');
      expect(result.usage).toHaveLength(1);
    },
    90_000,
  );
});
