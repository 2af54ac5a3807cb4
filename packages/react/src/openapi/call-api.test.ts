import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from './call-api.js';
import { requestUrl } from './request-url.js';

let server: Server;
let base: string;
const received: Array<{ method: string; url: string; contentType: string | undefined; requestId: string | undefined; body: string }> = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk));
    request.on('end', () => {
      received.push({ method: request.method!, url: request.url!, contentType: request.headers['content-type'], requestId: request.headers['x-request-id'] as string | undefined, body });
      if (request.url === '/slow') return void setTimeout(() => response.end('late'), 2_000);
      if (request.url === '/big') return void response.end('x'.repeat(1024 * 1024 + 10));
      if (request.method === 'POST') {
        response.writeHead(201, { 'content-type': 'application/json', location: '/todos/1' });
        return void response.end(JSON.stringify({ id: '1', ...JSON.parse(body) }));
      }
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"error":"NotFound"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('requestUrl', () => {
  it('default: fills and encodes path parameters, keeps a base path, adds only query values that are set', () => {
    expect(requestUrl('http://127.0.0.1:4000/', '/todos/{id}', { id: 'a b/c' }, { done: 'true', page: '' })).toBe('http://127.0.0.1:4000/todos/a%20b%2Fc?done=true');
    expect(requestUrl('https://proxy.example/api/', 'books', {}, { q: 'dune & co' })).toBe('https://proxy.example/api/books?q=dune+%26+co');
  });
});

describe('callApi against a real HTTP server', () => {
  it('default: sends method, headers and body; reads status, headers and body', async () => {
    const result = await callApi({ method: 'POST', url: `${base}/todos`, headers: { 'content-type': 'application/json', 'x-request-id': 'r1' }, body: '{"title":"Buy milk"}' });
    expect(received.at(-1)).toEqual({ method: 'POST', url: '/todos', contentType: 'application/json', requestId: 'r1', body: '{"title":"Buy milk"}' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answer).toMatchObject({ status: 201, statusText: 'Created', body: '{"id":"1","title":"Buy milk"}', truncated: false });
    expect(result.answer.headers).toContainEqual(['location', '/todos/1']);
    expect(result.answer.headers.map(([name]) => name)).toEqual([...result.answer.headers.map(([name]) => name)].sort());
  });

  it('behavior: an error status is an answer like any other, not a failure', async () => {
    const result = await callApi({ method: 'GET', url: `${base}/nothing` });
    expect(result).toMatchObject({ ok: true, answer: { status: 404, body: '{"error":"NotFound"}' } });
  });

  it('behavior: a body longer than 1 MB is cut there and says so', async () => {
    const result = await callApi({ method: 'GET', url: `${base}/big` });
    expect(result).toMatchObject({ ok: true, answer: { status: 200, truncated: true } });
    if (result.ok) expect(result.answer.body.length).toBe(1024 * 1024);
  });

  it('error: a server that is down is unreachable, with the connection error and what to do', async () => {
    const down = createServer();
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(down.address() as AddressInfo).port}/todos`;
    await new Promise((resolve) => down.close(resolve));
    const result = await callApi({ method: 'GET', url });
    expect(result).toEqual({
      ok: false,
      failure: { reason: 'unreachable', message: expect.stringContaining(`Could not reach the API at ${new URL(url).origin} (ECONNREFUSED): nothing answers there`) },
    });
    if (!result.ok) expect(result.failure.message).toContain('run the project again to start it');
  });

  it('error: no answer within the timeout, a cancelled request, and an address that is not a URL each say so', async () => {
    expect(await callApi({ method: 'GET', url: `${base}/slow`, timeoutMs: 200 })).toEqual({
      ok: false,
      failure: { reason: 'timeout', message: expect.stringContaining('did not answer within 200 ms') },
    });
    const controller = new AbortController();
    const pending = callApi({ method: 'GET', url: `${base}/slow`, signal: controller.signal });
    controller.abort();
    expect(await pending).toEqual({ ok: false, failure: { reason: 'aborted', message: 'The request was cancelled.' } });
    expect(await callApi({ method: 'GET', url: 'not a url' })).toEqual({ ok: false, failure: { reason: 'invalid-url', message: expect.stringContaining('"not a url" is not a URL') } });
  });

  it('behavior: a given fetch is used (e.g. one through a proxy)', async () => {
    const seen: string[] = [];
    const result = await callApi({
      method: 'GET',
      url: 'https://api.invalid/todos',
      fetch: async (input) => (seen.push(String(input)), new Response('[]', { status: 200, headers: { 'content-type': 'application/json' } })),
    });
    expect(seen).toEqual(['https://api.invalid/todos']);
    expect(result).toMatchObject({ ok: true, answer: { status: 200, body: '[]' } });
  });
});
