import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CheckContext } from '@buildwright/core';
import { afterAll, describe, expect, it } from 'vitest';
import { templateProjects } from './template-projects.test-support.js';
import { createWebCheckSession } from './web-check-session.js';

const projects = templateProjects();
afterAll(() => projects.cleanup());

describe('web check session', () => {
  it('error: a check worker that cannot start is a notice.posted warning, once, and the checks fall back to commands', async () => {
    const { context, events } = await projects.open();
    const broken: CheckContext = { ...context, sandbox: { ...context.sandbox, startServer: () => Promise.reject(new Error(`no servers in ${context.sandbox.root}/x`)) } };
    const session = createWebCheckSession();
    expect(await session.worker(broken)).toBeUndefined();
    expect(await session.worker(broken)).toBeUndefined();
    const notices = events.filter((event) => event.type === 'notice.posted');
    expect(notices).toEqual([
      { type: 'notice.posted', level: 'warn', message: expect.stringMatching(/^The check worker is not available \(no servers in \.?\/?x\): tsc, ESLint and Vite run as plain commands/) },
    ]);
    expect(JSON.stringify(notices)).not.toContain(context.sandbox.root);
  });

  it('error: type check and lint refused together when the tools thread runs out of memory post one notice, and the checks fall back to commands', async () => {
    const { context, events } = await projects.open();
    // A worker whose tools thread is past its heap limit: every request refused as main.mjs refuses it.
    const server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({ error: 'Error: WORKER_THREAD_OUT_OF_MEMORY: the tools thread (type check and lint) went past its heap limit of 16 MB; the checks run the plain commands instead' }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const outOfMemory: CheckContext = { ...context, sandbox: { ...context.sandbox, startServer: async () => ({ port: 0, url, stop: async () => {} }) } };
    const session = createWebCheckSession();
    try {
      const options = { label: 'check', timeoutMs: 10_000, emit: 'later' as const };
      expect(await Promise.all([session.request(outOfMemory, 'typecheck', {}, options), session.request(outOfMemory, 'lint', {}, options)])).toEqual([undefined, undefined]);
      expect(await session.worker(outOfMemory)).toBeUndefined();
    } finally {
      server.close();
    }
    expect(events.filter((event) => event.type === 'notice.posted')).toEqual([
      { type: 'notice.posted', level: 'warn', message: expect.stringContaining('WORKER_THREAD_OUT_OF_MEMORY: the tools thread (type check and lint) went past its heap limit of 16 MB') },
    ]);
  });
});
