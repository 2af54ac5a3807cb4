import type { LlmAdapter, LlmRequest, LlmToolDefinition, Transcript } from '@buildwright/core';
import { collectLlmStream, runLlmSpec } from '@buildwright/core/testing';
import { openAiFaults, openAiSpecUpstream, startOpenAiTestServer, type OpenAiTestServer, type OpenAiTestServerOptions } from '@buildwright/adapters/testing';
import { buildRequest } from '../llm-common/llm-adapter-fixtures.test-support.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openaiLlm, type OpenaiLlmOptions } from './index.js';

const tools: LlmToolDefinition[] = [
  { name: 'write_file', description: 'Write a whole file.', parameters: { type: 'object', properties: { path: { type: 'string' }, content: { type: 'string' } }, required: ['path', 'content'] } },
];

const app = 'import { useState } from "react";\n\nexport function App() {\n  const [count, setCount] = useState(0);\n  return <button onClick={() => setCount(count + 1)}>{count}</button>;\n}\n';

const transcript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    {
      node: 'build',
      text: 'Writing the counter app now.',
      toolCalls: [
        { name: 'write_file', arguments: { path: 'src/App.tsx', content: app } },
        { name: 'edit_file', arguments: { path: 'src/main.tsx', edits: [{ search: 'old', replace: 'new' }] } },
      ],
      usage: { inputTokens: 1200, outputTokens: 300, cachedInputTokens: 200 },
    },
  ],
};

const request = buildRequest(tools);

const collect = (llm: LlmAdapter, input: LlmRequest = request()) => collectLlmStream(llm, input);

let server: OpenAiTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.unstubAllEnvs();
});

async function setup(serverOptions: OpenAiTestServerOptions = {}, llmOptions: Partial<OpenaiLlmOptions> = {}) {
  server = await startOpenAiTestServer({ transcript, ...serverOptions });
  const llm = openaiLlm({ model: 'gpt-4.1-mini', apiKey: 'sk-test', baseURL: server.baseURL, retryDelayMs: 10, timeoutMs: 5000, ...llmOptions });
  return { server, llm };
}

// Streaming, tool-call assembly, usage, retries, error codes and aborts: the LLM port's suite,
// natively and in text mode. The cases below are openaiLlm's own (wire shape, options, pricing).
for (const toolMode of ['native', 'text'] as const) {
  runLlmSpec(
    openAiSpecUpstream((upstream, scenario) =>
      openaiLlm({ model: 'gpt-4.1-mini', apiKey: 'sk-test', baseURL: upstream.baseURL, toolMode, maxRetries: scenario.maxRetries, retryDelayMs: scenario.retryDelayMs, timeoutMs: scenario.timeoutMs }),
    ),
    { name: `openaiLlm, toolMode '${toolMode}'`, toolCallsInText: toolMode === 'text' },
  );
}

describe('openaiLlm', () => {
  it('default: sends a streamed chat-completions request with the tools, and prices the reported usage', async () => {
    const { llm, server } = await setup();
    const result = await collect(llm);
    expect(result.error).toBeUndefined();
    expect(result.usage).toEqual([{ model: 'gpt-4.1-mini', inputTokens: 1200, outputTokens: 300, cachedInputTokens: 200, costUsd: (1000 * 0.4 + 200 * 0.1 + 300 * 1.6) / 1e6, estimated: false }]);
    const sent = server.requests[0]!;
    expect(sent.headers.authorization).toBe('Bearer sk-test');
    expect(sent.body).toMatchObject({ model: 'gpt-4.1-mini', stream: true, stream_options: { include_usage: true } });
    expect(sent.body['tools']).toEqual(tools.map((tool) => ({ type: 'function', function: tool })));
  });

  it('behavior: sends past tool calls and tool results in the chat-completions shape', async () => {
    const { llm, server } = await setup();
    await collect(
      llm,
      request({
        messages: [
          { role: 'user', content: 'Make a counter.' },
          { role: 'assistant', content: '', toolCalls: [{ id: 'call_1', name: 'write_file', arguments: { path: 'a', content: 'b' }, argumentsText: '{"path":"a","content":"b"}' }] },
          { role: 'tool', toolCallId: 'call_1', name: 'write_file', content: 'Wrote a.' },
        ],
      }),
    );
    expect(server.requests[0]!.body['messages']).toEqual([
      { role: 'user', content: 'Make a counter.' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'write_file', arguments: '{"path":"a","content":"b"}' } }] },
      { role: 'tool', tool_call_id: 'call_1', content: 'Wrote a.' },
    ]);
  });

  it('default: the call context is not sent (no user field)', async () => {
    const { llm, server } = await setup();
    await collect(llm, request({ context: { ownerId: 'alice', runId: 'run-1', projectId: 'project-1', node: 'build' } }));
    expect(server.requests[0]!.body).not.toHaveProperty('user');
  });

  it('args: user picks the user field from the call context; undefined sends none', async () => {
    const { llm, server } = await setup({}, { user: (context) => (context.ownerId === 'anonymous' ? undefined : `${context.ownerId}:${context.node}`) });
    await collect(llm, request({ context: { ownerId: 'alice', runId: 'run-1', projectId: 'project-1', node: 'build' } }));
    await collect(llm, request({ context: { ownerId: 'anonymous', runId: 'run-2', projectId: 'project-2', node: 'build' } }));
    await collect(llm);
    expect(server.requests.map((sent) => sent.body['user'])).toEqual(['alice:build', undefined, undefined]);
  });

  it('args: temperature, maxOutputTokens (max_tokens off OpenAI) and headers are sent', async () => {
    const { llm, server } = await setup({}, { temperature: 0.2, maxOutputTokens: 2048, headers: { 'x-title': 'Buildwright' } });
    await collect(llm);
    expect(server.requests[0]!.body).toMatchObject({ temperature: 0.2, max_tokens: 2048 });
    expect(server.requests[0]!.headers['x-title']).toBe('Buildwright');
  });

  it('behavior: estimated usage (the server sends none) is priced too', async () => {
    const { llm } = await setup({ usage: false });
    const [usage] = (await collect(llm)).usage;
    expect(usage).toMatchObject({ model: 'gpt-4.1-mini', estimated: true });
    expect(usage!.outputTokens).toBeGreaterThan(40);
    expect(usage!.costUsd).toBeGreaterThan(0);
  });

  it('args: pricing overrides the built-in table; unknown models have no cost', async () => {
    const priced = await setup({}, { model: 'my-local-model', pricing: { inputPerMillion: 1, outputPerMillion: 2 } });
    expect((await collect(priced.llm)).usage[0]!.costUsd).toBeCloseTo((1200 * 1 + 300 * 2) / 1e6, 12);
    await priced.server.close();
    const unpriced = await setup({}, { model: 'my-local-model' });
    expect((await collect(unpriced.llm)).usage[0]!.costUsd).toBeUndefined();
  });

  it('error: LLM_AUTH says where the key comes from and keeps the SDK error as its cause', async () => {
    const { llm, server } = await setup();
    server.fail(openAiFaults.unauthorized());
    const result = await collect(llm);
    expect(result.error?.code).toBe('LLM_AUTH');
    expect(result.error?.message).toContain('OPENAI_API_KEY');
    expect(result.error?.cause).toBeInstanceOf(Error);
  });

  it('error: a wrong key against a server that checks keys is LLM_AUTH', async () => {
    const { llm } = await setup({ apiKey: 'sk-right' }, { apiKey: 'sk-wrong' });
    expect((await collect(llm)).error?.code).toBe('LLM_AUTH');
  });

  it('behavior: 429 with retry-after as an HTTP date is honoured', async () => {
    const { llm, server } = await setup();
    server.fail(openAiFaults.rateLimited({ retryAfter: new Date(Date.now() + 1000).toUTCString() }));
    const result = await collect(llm);
    expect(result.error).toBeUndefined();
    expect(result.retries).toHaveLength(1);
    expect(result.retries[0]!.waitMs).toBeGreaterThanOrEqual(0);
    expect(result.retries[0]!.waitMs).toBeLessThanOrEqual(1000);
  });

  it('error: the error after the last retry says how many attempts were made', async () => {
    const { llm, server } = await setup({}, { maxRetries: 2 });
    server.fail(...[1, 2, 3].map(() => openAiFaults.rateLimited({ retryAfter: '0' })));
    const result = await collect(llm);
    expect(result.error?.message).toContain('Gave up after 3 attempts');
    expect(result.error?.details['attempts']).toBe(3);
  });

  it('error: a retry-after longer than maxRetryWaitMs fails at once and says why', async () => {
    const { llm, server } = await setup({}, { maxRetryWaitMs: 1000 });
    server.fail(openAiFaults.rateLimited({ retryAfter: '120' }));
    const result = await collect(llm);
    expect(result.error?.code).toBe('LLM_RATE_LIMITED');
    expect(result.error?.message).toContain('asked to wait 120 s');
    expect(result.retries).toEqual([]);
  });

  it('error: 429 insufficient_quota is not retried', async () => {
    const { llm, server } = await setup();
    server.fail(openAiFaults.rateLimited({ code: 'insufficient_quota' }));
    const result = await collect(llm);
    expect(result.error?.code).toBe('LLM_RATE_LIMITED');
    expect(result.error?.message).toContain('quota');
    expect(result.error?.retryable).toBe(false);
    expect(server.requests).toHaveLength(1);
  });

  it('error: a cut connection without retries left is LLM_UNAVAILABLE naming the cut', async () => {
    const { llm, server } = await setup({}, { maxRetries: 0 });
    server.fail(openAiFaults.cut(4));
    const result = await collect(llm);
    expect(result.error?.code).toBe('LLM_UNAVAILABLE');
    expect(result.error?.message).toMatch(/lost mid-stream|connection was probably cut/);
    expect(result.usage).toEqual([]);
  });

  it('error: nothing listening is LLM_UNAVAILABLE after the retries', async () => {
    const { llm, server } = await setup({}, { maxRetries: 1 });
    await server.close();
    const result = await collect(llm);
    expect(result.error?.code).toBe('LLM_UNAVAILABLE');
    expect(result.error?.message).toContain('Could not reach gpt-4.1-mini at http://127.0.0.1');
    expect(result.retries).toHaveLength(1);
  });

  it('error: no key and no baseURL is LLM_MISSING_API_KEY naming both variables; creating the adapter does no I/O', async () => {
    vi.stubEnv('OPENAI_API_KEY', '');
    vi.stubEnv('OPENAI_BASE_URL', '');
    const llm = openaiLlm({ model: 'gpt-4.1-mini' });
    expect(llm).toMatchObject({ specificationVersion: 'v1', provider: 'openai', modelId: 'gpt-4.1-mini' });
    const result = await collect(llm);
    expect(result.error?.code).toBe('LLM_MISSING_API_KEY');
    expect(result.error?.message).toContain('OPENAI_API_KEY');
    expect(result.error?.message).toContain('OPENAI_BASE_URL');
  });

  it('behavior: a baseURL without a key works (local servers), from options or OPENAI_BASE_URL', async () => {
    vi.stubEnv('OPENAI_API_KEY', '');
    server = await startOpenAiTestServer({ transcript: { ...transcript, turns: [transcript.turns[0]!, transcript.turns[0]!] } });
    const fromOption = await collect(openaiLlm({ model: 'llama3.1', baseURL: server.baseURL }));
    expect(fromOption.error).toBeUndefined();
    expect(server.requests[0]!.headers.authorization).toMatch(/^Bearer \S+/);
    vi.stubEnv('OPENAI_BASE_URL', server.baseURL);
    const fromEnvironment = await collect(openaiLlm({ model: 'llama3.1' }));
    expect(fromEnvironment.toolCalls).toHaveLength(2);
  });

  it("toolMode 'text': describes the tools in the prompt and sends no tools", async () => {
    const { llm, server } = await setup({}, { toolMode: 'text' });
    expect((await collect(llm)).toolCalls).toHaveLength(2);
    const sent = server.requests[0]!.body;
    expect(sent['tools']).toBeUndefined();
    expect((sent['messages'] as { content: string }[])[0]!.content).toContain('<tool_call name="TOOL_NAME">');
  });

  it("error: toolMode 'text' refuses output it cannot parse with LLM_BAD_OUTPUT", async () => {
    const { llm } = await setup({ transcript: { format: 'buildwright.transcript/v1', turns: [{ text: 'Sure.\n<tool_call><arg name="path">a.ts</arg></tool_call>' }] } }, { toolMode: 'text' });
    const result = await collect(llm);
    expect(result.error?.code).toBe('LLM_BAD_OUTPUT');
    expect(result.error?.message).toContain('has no name');
    expect(result.retries).toEqual([]);
  });

  it('error: bad options are INVALID_INPUT at creation', () => {
    expect(() => openaiLlm({ model: '' })).toThrow(/`model` is required/);
    expect(() => openaiLlm({ model: 'x', timeoutMs: -1 })).toThrow(/timeoutMs/);
    expect(() => openaiLlm({ model: 'x', toolMode: 'xml' as 'text' })).toThrow(/toolMode/);
  });

  const live = process.env['OPENAI_API_KEY'] || process.env['OPENAI_BASE_URL'];
  it.skipIf(!live)(
    'live (skipped: set OPENAI_API_KEY or OPENAI_BASE_URL, and OPENAI_MODEL): a real endpoint streams a tool call',
    async () => {
      const llm = openaiLlm({ model: process.env['OPENAI_MODEL'] ?? 'gpt-4.1-mini', timeoutMs: 60_000 });
      const result = await collect(llm, request({ messages: [{ role: 'user', content: 'Call write_file once to create hello.txt containing the word hello. Do not write anything else.' }] }));
      expect(result.error).toBeUndefined();
      expect(result.toolCalls[0]?.name).toBe('write_file');
      expect(result.usage).toHaveLength(1);
      expect(result.finish).toBe('tool-calls');
    },
    90_000,
  );
});
