import type { Transcript } from '@buildwright/core';
import { afterEach, describe, expect, it } from 'vitest';
import { openAiFaults, startOpenAiTestServer, type OpenAiTestServer } from './index.js';

const transcript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    {
      node: 'plan',
      text: 'Planning.',
      toolCalls: [
        { id: 'call_a', name: 'write_file', arguments: { path: 'a.ts', content: 'export const a = 1;\n' } },
        { name: 'write_file', arguments: { path: 'b.ts', content: 'export const b = 2;\n' } },
      ],
      usage: { inputTokens: 10, outputTokens: 5, cachedInputTokens: 2 },
    },
    { node: 'build', text: 'Building.', toolCalls: [] },
  ],
};

let server: OpenAiTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function post(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return fetch(`${server!.baseURL}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

function events(text: string): string[] {
  return text
    .split('\n\n')
    .filter((block) => block.startsWith('data: '))
    .map((block) => block.slice(6));
}

describe('startOpenAiTestServer', () => {
  it('default: streams real SSE: split tool-call arguments, several calls, usage chunk, [DONE]', async () => {
    server = await startOpenAiTestServer({ transcript, deltaSize: 3, argumentsDeltaSize: 4 });
    expect(server.baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const response = await post({ model: 'm', stream: true, stream_options: { include_usage: true }, messages: [{ role: 'user', content: 'hi' }], tools: [{ type: 'function' }] });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const data = events(await response.text());
    expect(data.at(-1)).toBe('[DONE]');
    const chunks = data.slice(0, -1).map((entry) => JSON.parse(entry) as { choices: { delta: Record<string, unknown>; finish_reason: string | null }[]; usage?: Record<string, unknown> });
    const toolDeltas = chunks.flatMap((chunk) => (chunk.choices[0]?.delta['tool_calls'] as { index: number; id?: string; function: { name?: string; arguments: string } }[] | undefined) ?? []);
    expect(new Set(toolDeltas.map((delta) => delta.index))).toEqual(new Set([0, 1]));
    expect(toolDeltas.filter((delta) => delta.index === 0).length).toBeGreaterThan(5);
    expect(toolDeltas.filter((delta) => delta.id).map((delta) => delta.id)).toEqual(['call_a', 'call_1_1']);
    expect(
      toolDeltas
        .filter((delta) => delta.index === 1)
        .map((delta) => delta.function.arguments)
        .join(''),
    ).toBe('{"path":"b.ts","content":"export const b = 2;\\n"}');
    expect(chunks.map((chunk) => chunk.choices[0]?.finish_reason).filter(Boolean)).toEqual(['tool_calls']);
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { prompt_tokens: 10, completion_tokens: 5, prompt_tokens_details: { cached_tokens: 2 } } });
    expect(server.requests[0]).toMatchObject({ method: 'POST', path: '/v1/chat/completions', body: { model: 'm' } });
  });

  it('behavior: turns are played in order whatever their node; then a 400 says the transcript is exhausted', async () => {
    server = await startOpenAiTestServer({ transcript });
    await (await post({ model: 'm', stream: true, messages: [] })).text();
    const second = events(await (await post({ model: 'm', stream: true, messages: [] })).text());
    expect(second.join('')).toContain('Buil');
    expect(server.remainingTurns()).toBe(0);
    const third = await post({ model: 'm', stream: true, messages: [] });
    expect(third.status).toBe(400);
    expect(await third.json()).toMatchObject({ error: { code: 'transcript_exhausted', message: expect.stringContaining('no turn left') } });
  });

  it('args: pickTurn chooses turns by node from the request', async () => {
    server = await startOpenAiTestServer({ transcript, pickTurn: (request, cursor) => cursor.next(String((request.body['messages'] as { content: string }[])[0]!.content)) });
    const built = await (await post({ model: 'm', messages: [{ role: 'system', content: 'build' }] })).json();
    expect(built).toMatchObject({ object: 'chat.completion', choices: [{ message: { content: 'Building.' }, finish_reason: 'stop' }] });
    expect(server.remainingTurns()).toBe(1);
  });

  it('behavior: without tools in the request, tool calls are sent as tagged text', async () => {
    server = await startOpenAiTestServer({ transcript });
    const completion = (await (await post({ model: 'm', messages: [] })).json()) as { choices: { message: { content: string; tool_calls?: unknown } }[] };
    expect(completion.choices[0]!.message.content).toContain('<tool_call name="write_file">\n<arg name="path">a.ts</arg>');
    expect(completion.choices[0]!.message.tool_calls).toBeUndefined();
  });

  it('behavior: an HTTP fault answers one request with its status, body and headers; the turn stays', async () => {
    server = await startOpenAiTestServer({ transcript });
    server.fail(openAiFaults.rateLimited({ retryAfter: '7' }));
    const limited = await post({ model: 'm', messages: [] });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(await limited.json()).toMatchObject({ error: { code: 'rate_limit_exceeded', type: 'requests' } });
    expect(server.remainingTurns()).toBe(2);
    expect((await post({ model: 'm', messages: [] })).status).toBe(200);
  });

  it('behavior: a cut fault breaks the body and keeps the turn for the retry', async () => {
    server = await startOpenAiTestServer({ transcript });
    server.fail(openAiFaults.cut(2));
    const response = await post({ model: 'm', stream: true, messages: [] });
    await expect(response.text()).rejects.toThrow();
    const retried = events(await (await post({ model: 'm', stream: true, messages: [], tools: [{}] })).text());
    expect(retried.at(-1)).toBe('[DONE]');
    expect(retried.join('')).toContain('call_a');
  });

  it('error: a key check refuses other keys with 401', async () => {
    server = await startOpenAiTestServer({ transcript, apiKey: 'sk-right' });
    expect((await post({ model: 'm', messages: [] }, { authorization: 'Bearer sk-wrong' })).status).toBe(401);
    expect((await post({ model: 'm', messages: [] }, { authorization: 'Bearer sk-right' })).status).toBe(200);
  });

  it('error: a body that is not JSON is a 400', async () => {
    server = await startOpenAiTestServer({ transcript });
    const response = await fetch(`${server.baseURL}/chat/completions`, { method: 'POST', body: '{nope' });
    expect(response.status).toBe(400);
  });
});
