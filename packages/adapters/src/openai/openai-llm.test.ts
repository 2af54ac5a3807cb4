import { BuildwrightError, type LlmAdapter, type LlmRequest, type LlmStreamPart, type LlmToolDefinition, type Transcript } from '@buildwright/core';
import { openAiFaults, startOpenAiTestServer, type OpenAiTestServer, type OpenAiTestServerOptions } from '@buildwright/adapters/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openaiLlm, type OpenaiLlmOptions } from './index.js';

const tools: LlmToolDefinition[] = [
  {
    name: 'write_file',
    description: 'Write a whole file.',
    parameters: { type: 'object', properties: { path: { type: 'string' }, content: { type: 'string' } }, required: ['path', 'content'] },
  },
  {
    name: 'edit_file',
    description: 'Edit a file.',
    parameters: {
      type: 'object',
      properties: { path: { type: 'string' }, edits: { type: 'array', items: { type: 'object', properties: { search: { type: 'string' }, replace: { type: 'string' } } } } },
      required: ['path', 'edits'],
    },
  },
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

const request = (overrides: Partial<LlmRequest> = {}): LlmRequest => ({
  node: 'build',
  messages: [
    { role: 'system', content: 'You build apps.' },
    { role: 'user', content: 'Make a counter.' },
  ],
  tools,
  ...overrides,
});

interface Collected {
  parts: LlmStreamPart[];
  text: string;
  toolCalls: Extract<LlmStreamPart, { type: 'tool-call' }>['toolCall'][];
  usage: Extract<LlmStreamPart, { type: 'usage' }>['usage'][];
  retries: Extract<LlmStreamPart, { type: 'retry' }>[];
  finish: string | undefined;
  error: BuildwrightError | undefined;
}

async function collect(llm: LlmAdapter, input: LlmRequest = request()): Promise<Collected> {
  const parts: LlmStreamPart[] = [];
  let error: BuildwrightError | undefined;
  try {
    for await (const part of llm.stream(input)) parts.push(part);
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

describe('openaiLlm', () => {
  it('default: streams deltas, assembles split tool calls, reports usage with cost, then finish', async () => {
    const { llm, server } = await setup({ deltaSize: 5, argumentsDeltaSize: 3 });
    const result = await collect(llm);
    expect(result.error).toBeUndefined();
    expect(result.text).toBe('Writing the counter app now.');
    expect(result.parts.filter((part) => part.type === 'text-delta').length).toBeGreaterThan(3);
    expect(result.toolCalls.map((call) => [call.name, call.arguments])).toEqual([
      ['write_file', { path: 'src/App.tsx', content: app }],
      ['edit_file', { path: 'src/main.tsx', edits: [{ search: 'old', replace: 'new' }] }],
    ]);
    expect(result.toolCalls[0]!.id).toMatch(/^call_/);
    expect(result.usage).toEqual([{ model: 'gpt-4.1-mini', inputTokens: 1200, outputTokens: 300, cachedInputTokens: 200, costUsd: (1000 * 0.4 + 200 * 0.1 + 300 * 1.6) / 1e6, estimated: false }]);
    expect(result.finish).toBe('tool-calls');
    expect(result.parts.map((part) => part.type).slice(-4)).toEqual(['tool-call', 'tool-call', 'usage', 'finish']);
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

  it('args: temperature, maxOutputTokens (max_tokens off OpenAI) and headers are sent', async () => {
    const { llm, server } = await setup({}, { temperature: 0.2, maxOutputTokens: 2048, headers: { 'x-title': 'Buildwright' } });
    await collect(llm);
    expect(server.requests[0]!.body).toMatchObject({ temperature: 0.2, max_tokens: 2048 });
    expect(server.requests[0]!.headers['x-title']).toBe('Buildwright');
  });

  it('behavior: estimates usage (estimated: true) when the server sends none', async () => {
    const { llm } = await setup({ usage: false });
    const result = await collect(llm);
    expect(result.usage).toHaveLength(1);
    expect(result.usage[0]).toMatchObject({ model: 'gpt-4.1-mini', estimated: true });
    expect(result.usage[0]!.inputTokens).toBeGreaterThan(10);
    expect(result.usage[0]!.outputTokens).toBeGreaterThan(40);
    expect(result.usage[0]!.costUsd).toBeGreaterThan(0);
  });

  it('args: pricing overrides the built-in table; unknown models have no cost', async () => {
    const priced = await setup({}, { model: 'my-local-model', pricing: { inputPerMillion: 1, outputPerMillion: 2 } });
    expect((await collect(priced.llm)).usage[0]!.costUsd).toBeCloseTo((1200 * 1 + 300 * 2) / 1e6, 12);
    await priced.server.close();
    const unpriced = await setup({}, { model: 'my-local-model' });
    expect((await collect(unpriced.llm)).usage[0]!.costUsd).toBeUndefined();
  });

  it('behavior: invalid JSON in tool arguments is a tool call with arguments undefined, not an error', async () => {
    const { llm } = await setup({
      transcript: { format: 'buildwright.transcript/v1', turns: [{ toolCalls: [{ name: 'write_file', arguments: '{"path": "a.ts", "content": "x' }] }] },
    });
    const result = await collect(llm);
    expect(result.error).toBeUndefined();
    expect(result.toolCalls).toEqual([{ id: expect.any(String), name: 'write_file', arguments: undefined, argumentsText: '{"path": "a.ts", "content": "x' }]);
  });

  it('error: 401 is LLM_AUTH with the provider message, not retried', async () => {
    const { llm, server } = await setup();
    server.fail(openAiFaults.unauthorized());
    const result = await collect(llm);
    expect(result.error?.code).toBe('LLM_AUTH');
    expect(result.error?.message).toContain('Incorrect API key provided');
    expect(result.error?.message).toContain('OPENAI_API_KEY');
    expect(result.error?.cause).toBeInstanceOf(Error);
    expect(result.retries).toEqual([]);
    expect(server.requests).toHaveLength(1);
  });

  it('error: a wrong key against a server that checks keys is LLM_AUTH', async () => {
    const { llm } = await setup({ apiKey: 'sk-right' }, { apiKey: 'sk-wrong' });
    expect((await collect(llm)).error?.code).toBe('LLM_AUTH');
  });

  it('behavior: 429 with retry-after (seconds) is retried after the asked wait, with a retry part', async () => {
    const { llm, server } = await setup();
    server.fail(openAiFaults.rateLimited({ retryAfter: '0.05' }));
    const result = await collect(llm);
    expect(result.error).toBeUndefined();
    expect(result.retries).toEqual([{ type: 'retry', attempt: 1, waitMs: 50, code: 'LLM_RATE_LIMITED', message: expect.stringContaining('Rate limit reached') }]);
    expect(result.toolCalls).toHaveLength(2);
    expect(server.requests).toHaveLength(2);
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

  it('error: 429 on every attempt is LLM_RATE_LIMITED after maxRetries retries', async () => {
    const { llm, server } = await setup({}, { maxRetries: 2 });
    server.fail(...[1, 2, 3].map(() => openAiFaults.rateLimited({ retryAfter: '0' })));
    const result = await collect(llm);
    expect(result.error?.code).toBe('LLM_RATE_LIMITED');
    expect(result.error?.message).toContain('Gave up after 3 attempts');
    expect(result.retries.map((retry) => retry.attempt)).toEqual([1, 2]);
    expect(server.requests).toHaveLength(3);
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

  it('behavior: 500 then success is one retry with backoff', async () => {
    const { llm, server } = await setup();
    server.fail(openAiFaults.serverError(500));
    const result = await collect(llm);
    expect(result.error).toBeUndefined();
    expect(result.retries).toHaveLength(1);
    expect(result.retries[0]).toMatchObject({ attempt: 1, code: 'LLM_UNAVAILABLE' });
    expect(result.retries[0]!.waitMs).toBeGreaterThan(0);
    expect(result.toolCalls).toHaveLength(2);
  });

  it('error: 503 on every attempt is LLM_UNAVAILABLE', async () => {
    const { llm, server } = await setup({}, { maxRetries: 1 });
    server.fail(openAiFaults.serverError(503), openAiFaults.serverError(503));
    const result = await collect(llm);
    expect(result.error?.code).toBe('LLM_UNAVAILABLE');
    expect(result.error?.details['status']).toBe(503);
    expect(result.retries).toHaveLength(1);
  });

  it('behavior: a connection cut mid-stream is retried and the call completes', async () => {
    const { llm, server } = await setup();
    server.fail(openAiFaults.cut(4));
    const result = await collect(llm);
    expect(result.error).toBeUndefined();
    expect(result.retries).toHaveLength(1);
    expect(result.retries[0]!.code).toBe('LLM_UNAVAILABLE');
    expect(result.toolCalls).toHaveLength(2);
    expect(result.usage).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });

  it('error: a cut connection without retries left is LLM_UNAVAILABLE naming the cut', async () => {
    const { llm, server } = await setup({}, { maxRetries: 0 });
    server.fail(openAiFaults.cut(4));
    const result = await collect(llm);
    expect(result.error?.code).toBe('LLM_UNAVAILABLE');
    expect(result.error?.message).toMatch(/lost mid-stream|connection was probably cut/);
    expect(result.usage).toEqual([]);
  });

  it('behavior: a stream that ends without finish_reason is retried', async () => {
    const { llm, server } = await setup();
    server.fail(openAiFaults.truncate(3));
    const result = await collect(llm);
    expect(result.error).toBeUndefined();
    expect(result.retries.map((retry) => retry.code)).toEqual(['LLM_UNAVAILABLE']);
    expect(result.toolCalls).toHaveLength(2);
  });

  it('error: a stall past timeoutMs is LLM_TIMEOUT', async () => {
    const { llm, server } = await setup({}, { timeoutMs: 150, maxRetries: 0 });
    server.fail(openAiFaults.stall(2));
    const result = await collect(llm);
    expect(result.error?.code).toBe('LLM_TIMEOUT');
    expect(result.error?.message).toContain('150 ms');
  });

  it('behavior: a stall is retried and the retry completes', async () => {
    const { llm, server } = await setup({}, { timeoutMs: 150, maxRetries: 1 });
    server.fail(openAiFaults.stall(2));
    const result = await collect(llm);
    expect(result.error).toBeUndefined();
    expect(result.retries.map((retry) => retry.code)).toEqual(['LLM_TIMEOUT']);
    expect(result.toolCalls).toHaveLength(2);
  });

  it('error: 400 context_length_exceeded is LLM_CONTEXT_TOO_LONG, not retried', async () => {
    const { llm, server } = await setup();
    server.fail(openAiFaults.contextTooLong());
    const result = await collect(llm);
    expect(result.error?.code).toBe('LLM_CONTEXT_TOO_LONG');
    expect(result.error?.message).toContain('maximum context length is 128000 tokens');
    expect(server.requests).toHaveLength(1);
  });

  it('error: 404 unknown model is LLM_BAD_REQUEST, not retried', async () => {
    const { llm, server } = await setup();
    server.fail(openAiFaults.modelNotFound());
    const result = await collect(llm);
    expect(result.error?.code).toBe('LLM_BAD_REQUEST');
    expect(result.error?.message).toContain('does not exist');
    expect(server.requests).toHaveLength(1);
  });

  it('error: a chunk that is not JSON is LLM_BAD_OUTPUT', async () => {
    const { llm, server } = await setup();
    server.fail(openAiFaults.garbage());
    const result = await collect(llm);
    expect(result.error?.code).toBe('LLM_BAD_OUTPUT');
    expect(server.requests).toHaveLength(1);
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

  it('behavior: an abort mid-stream stops at once with RUN_CANCELLED', async () => {
    const { llm, server } = await setup({}, { timeoutMs: 60_000 });
    server.fail(openAiFaults.stall(3));
    const controller = new AbortController();
    const parts: LlmStreamPart[] = [];
    let caught: unknown;
    try {
      for await (const part of llm.stream(request({ signal: controller.signal }))) {
        parts.push(part);
        if (part.type === 'text-delta') controller.abort();
      }
    } catch (error) {
      caught = error;
    }
    expect(BuildwrightError.isInstance(caught) && caught.code).toBe('RUN_CANCELLED');
    expect(parts.filter((part) => part.type === 'text-delta')).toHaveLength(1);
    await vi.waitFor(() => expect(server.requests[0]!.closed).toBe(true), { timeout: 5000 });
  }, 10_000);

  it('behavior: an abort during a retry wait stops at once with the abort reason', async () => {
    const { llm, server } = await setup({}, { maxRetryWaitMs: 120_000 });
    server.fail(openAiFaults.rateLimited({ retryAfter: '60' }));
    const controller = new AbortController();
    const reason = new BuildwrightError({ code: 'RUN_CANCELLED', message: 'The run was cancelled: user left.' });
    let caught: unknown;
    const parts: LlmStreamPart[] = [];
    try {
      for await (const part of llm.stream(request({ signal: controller.signal }))) {
        parts.push(part);
        if (part.type === 'retry') controller.abort(reason);
      }
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(reason);
    expect(parts.map((part) => part.type)).toEqual(['retry']);
    expect(server.requests).toHaveLength(1);
  }, 10_000);

  it('behavior: an already aborted signal makes no request', async () => {
    const { llm, server } = await setup();
    const result = await collect(llm, request({ signal: AbortSignal.abort() }));
    expect(result.error?.code).toBe('RUN_CANCELLED');
    expect(server.requests).toHaveLength(0);
  });

  it('behavior: a reader that stops early closes the HTTP stream', async () => {
    const { llm, server } = await setup({}, { timeoutMs: 60_000 });
    server.fail(openAiFaults.stall(3));
    for await (const part of llm.stream(request())) if (part.type === 'text-delta') break;
    // The server stalls forever, so only the client hanging up closes the request.
    await vi.waitFor(() => expect(server.requests[0]!.closed).toBe(true), { timeout: 5000 });
  }, 10_000);

  it("toolMode 'text': describes the tools in the prompt and parses tagged calls from the stream", async () => {
    const { llm, server } = await setup({ deltaSize: 3 }, { toolMode: 'text' });
    const result = await collect(llm);
    expect(result.error).toBeUndefined();
    const sent = server.requests[0]!.body;
    expect(sent['tools']).toBeUndefined();
    expect((sent['messages'] as { content: string }[])[0]!.content).toContain('<tool_call name="TOOL_NAME">');
    expect(result.text.trim()).toBe('Writing the counter app now.');
    expect(result.toolCalls.map((call) => [call.name, call.arguments])).toEqual([
      ['write_file', { path: 'src/App.tsx', content: app }],
      ['edit_file', { path: 'src/main.tsx', edits: [{ search: 'old', replace: 'new' }] }],
    ]);
    expect(result.finish).toBe('tool-calls');
    expect(result.usage).toHaveLength(1);
  });

  it("error: toolMode 'text' refuses output it cannot parse with LLM_BAD_OUTPUT", async () => {
    const { llm } = await setup(
      { transcript: { format: 'buildwright.transcript/v1', turns: [{ text: 'Sure.\n<tool_call><arg name="path">a.ts</arg></tool_call>' }] } },
      { toolMode: 'text' },
    );
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
  it.skipIf(!live)('live (skipped: set OPENAI_API_KEY or OPENAI_BASE_URL, and OPENAI_MODEL): a real endpoint streams a tool call', async () => {
    const llm = openaiLlm({ model: process.env['OPENAI_MODEL'] ?? 'gpt-4.1-mini', timeoutMs: 60_000 });
    const result = await collect(
      llm,
      request({ messages: [{ role: 'user', content: 'Call write_file once to create hello.txt containing the word hello. Do not write anything else.' }] }),
    );
    expect(result.error).toBeUndefined();
    expect(result.toolCalls[0]?.name).toBe('write_file');
    expect(result.usage).toHaveLength(1);
    expect(result.finish).toBe('tool-calls');
  }, 90_000);
});
