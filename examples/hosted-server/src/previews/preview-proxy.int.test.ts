import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunNode } from '@buildwright/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountWithRole, call } from '../testing/api-client.js';
import { runUntilEnded } from '../testing/run-until-ended.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

// A sandbox that runs the app announces its URL with preview.ready; this node stands in for it
// with a local server, so the proxy path is tested without a real sandbox.
const upstream = createServer((request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<h1>live ${request.url}</h1>`);
});
let server: TestServer;

beforeAll(async () => {
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/`;
  const livePreview: RunNode = { name: 'live-preview', kinds: ['web'], run: async () => ({ status: 'passed', preview: { url, screenshotPath: null } }) };
  server = await startTestServer({ worker: { graph: { nodes: (defaults) => [...defaults, livePreview] } } });
});
afterAll(async () => {
  await server?.close();
  upstream.close();
});

describe('previews', () => {
  it('behavior: the link proxies to the live preview the run announced, and serves the stored version once the sandbox is gone', async () => {
    const user = await accountWithRole(server, 'USER');
    const run = await call(server.url, 'POST', '/api/builder/runs', { credential: user.accessToken, body: { prompt: 'a counter page' } });
    expect((await runUntilEnded(server.url, user.accessToken, run.body.runId)).status).toBe('completed');
    const { url } = (await call(server.url, 'GET', `/projects/${run.body.projectId}/preview`, { credential: user.accessToken })).body;
    expect(await (await fetch(`${url}app.js?x=1`)).text()).toBe('<h1>live /app.js?x=1</h1>');

    upstream.closeAllConnections();
    await new Promise((resolve) => upstream.close(resolve));
    const stored = await fetch(url);
    expect(stored.headers.get('x-preview-version')).toBe('1');
    expect(await stored.text()).toContain('<title>Counter</title>');
    expect((await fetch(`${url}missing.js`)).status).toBe(404);
  });
});
