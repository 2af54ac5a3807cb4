import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createBuilder, type Builder } from '../builder/create-builder.js';
import { createBuilderHandler, type BuilderHandlerOptions } from './create-builder-handler.js';
import { pacedLlm } from '../llm/paced-llm.js';
import { appTranscript, serve } from './http.test-support.js';

// Requests a careless client or an attacker sends: each gets a 4xx with a code, never a 500, and
// one owner cannot hold unbounded streams or runs.
const builders: Builder[] = [];
afterEach(async () => {
  await Promise.all(builders.splice(0).map((builder) => builder.close()));
});

function setup(handlerOptions: Partial<BuilderHandlerOptions> = {}, delayMs = 0) {
  const llm = scriptedLlm({ transcript: appTranscript() });
  const builder = createBuilder({
    llm: delayMs ? pacedLlm(llm, delayMs) : llm,
    sandbox: memorySandbox(),
    storage: memoryStorage(),
    templates: { basic: { name: 'basic', kind: 'web', description: 'x', files: {} } } as never,
  });
  builders.push(builder);
  const errors: unknown[] = [];
  const handler = createBuilderHandler(builder, { authorize: () => 'alice', onError: (error) => errors.push(error), ...handlerOptions });
  const call = (method: string, path: string, init: RequestInit = {}) => handler(new Request(`http://test${path}`, { method, ...init }));
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) => call('POST', path, { body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
  return { builder, handler, call, post, errors };
}

const codeOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

describe('hostile requests', () => {
  it('error: a malformed id in any route is a 400 INVALID_INPUT, not a 500', async () => {
    const { call, post, errors } = setup();
    for (const id of ['%00', '%0a', '.hidden', 'a%2Fb', 'x'.repeat(200)]) {
      for (const response of [await call('GET', `/projects/${id}`), await call('GET', `/runs/${id}/events`), await post(`/projects/${id}/restore`, { version: 1 })]) {
        expect(response.status, id).toBe(400);
        expect(await codeOf(response)).toBe('INVALID_INPUT');
      }
    }
    expect(errors).toEqual([]);
  });

  it('error: a Last-Event-ID or version past what storage can hold is a 400', async () => {
    const { call, post, errors } = setup();
    const created = await post('/runs', { prompt: 'a counter page', kind: 'web' });
    const { runId, projectId } = (await created.json()) as { runId: string; projectId: string };
    const stream = await call('GET', `/runs/${runId}/events`, { headers: { 'last-event-id': '999999999999' } });
    expect(stream.status).toBe(400);
    expect(await codeOf(stream)).toBe('INVALID_INPUT');
    expect((await call('GET', `/runs/${runId}/events?after=2147483648`)).status).toBe(400);
    const restore = await post(`/projects/${projectId}/restore`, { version: 2 ** 31 });
    expect(restore.status).toBe(400);
    expect(errors).toEqual([]);
  });

  it('error: a template named by an object key ("__proto__", "constructor") is refused with INVALID_INPUT', async () => {
    const { post, errors } = setup();
    for (const template of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const response = await post('/runs', { prompt: 'x', kind: 'web', template });
      expect(response.status, template).toBe(400);
      expect(await codeOf(response)).toBe('INVALID_INPUT');
    }
    expect((await post('/runs', { prompt: 'x', kind: 'web', template: 'basic' })).status).toBe(201);
    expect(errors).toEqual([]);
  });

  it('error: past maxStreamsPerOwner a stream gets 429 with Retry-After; closing one frees its slot', async () => {
    const { call, post } = setup({ maxStreamsPerOwner: 2 }, 400);
    const { runId } = (await (await post('/runs', { prompt: 'a counter page', kind: 'web' })).json()) as { runId: string };
    const first = new AbortController();
    const open = [await call('GET', `/runs/${runId}/events`, { signal: first.signal }), await call('GET', `/runs/${runId}/events`)];
    expect(open.map((response) => response.status)).toEqual([200, 200]);
    const refused = await call('GET', `/runs/${runId}/events`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(await codeOf(refused)).toBe('TOO_MANY_REQUESTS');
    await open[0]!.body!.cancel();
    first.abort();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const again = await call('GET', `/runs/${runId}/events`);
    expect(again.status).toBe(200);
    await again.body!.cancel();
    await open[1]!.body!.cancel();
  });

  it('error: past maxRunsPerOwner a new run gets 429; a finished run frees its slot', async () => {
    const { builder, post } = setup({ maxRunsPerOwner: 1 }, 100);
    const first = await post('/runs', { prompt: 'a counter page', kind: 'web' });
    expect(first.status).toBe(201);
    const second = await post('/runs', { prompt: 'another page', kind: 'web' });
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('10');
    const { runId } = (await first.json()) as { runId: string };
    for await (const event of builder.watch(runId, { ownerId: 'alice' })) if (event.type === 'run.completed') break;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await post('/runs', { prompt: 'a third page', kind: 'web' })).status).toBe(201);
  });

  it('behavior: after a 413 on a keep-alive socket the connection is closed, so a pipelined request is never left hanging', async () => {
    const { handler } = setup({ maxBodyBytes: 1_000 });
    const server = await serve(handler);
    try {
      const { port } = new URL(server.url);
      const body = JSON.stringify({ prompt: 'x'.repeat(5_000) });
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(`POST /runs HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
          socket.write('GET /projects HTTP/1.1\r\nHost: x\r\n\r\n');
        });
        let text = '';
        socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        socket.on('close', () => resolve(text));
        socket.on('error', reject);
        setTimeout(() => reject(new Error(`no close within 5 s; got: ${text.slice(0, 300)}`)), 5_000).unref();
      });
      expect(answer).toMatch(/^HTTP\/1\.1 413/);
      expect(answer.toLowerCase()).toContain('connection: close');
    } finally {
      await server.close();
    }
  });
});
