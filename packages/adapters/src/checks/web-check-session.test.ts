import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CheckContext } from '@buildwright/core';
import { afterAll, describe, expect, it } from 'vitest';
import { dependencyKey, dependencySet, installedMarker } from './dependency-cache.js';
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
  it('behavior: prepare builds the starting files three times in a new worker (its JIT warms up), and no more once the real build was asked for', async () => {
    // A worker double that answers each request at once and records its route.
    const routes: string[] = [];
    const server = createServer((request, response) => {
      routes.push(request.url ?? '');
      request.resume();
      request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ exitCode: 0 })));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const built: number[] = [];
      // undefined: nothing asks for the real build; 1: the real build is asked for during the first warm-up build.
      for (const askedAfter of [undefined, 1]) {
        routes.length = 0;
        const { context } = await projects.open();
        await context.sandbox.writeFile(`node_modules/${installedMarker}`, `${dependencyKey(dependencySet(JSON.parse(context.files['package.json']!)))}\n`);
        const withWorker: CheckContext = { ...context, sandbox: { ...context.sandbox, startServer: async () => ({ port: 0, url, stop: async () => {} }) } };
        const session = createWebCheckSession();
        let builds = 0;
        session.onWarmUp({ stage: 'tools', run: (worker) => worker.request('typecheck', {}, { timeoutMs: 5_000, signal: context.signal }) });
        session.onWarmUp({
          stage: 'build',
          async run(worker) {
            await worker.request('build', {}, { timeoutMs: 5_000, signal: context.signal });
            builds += 1;
            if (builds === askedAfter) session.state(withWorker.sandbox).slots.set('build-early', {});
          },
        });
        await session.prepare(withWorker);
        built.push(routes.filter((route) => route === '/build').length);
        expect(routes[0]).toBe('/typecheck');
      }
      expect(built).toEqual([3, 1]);
    } finally {
      server.close();
    }
  });
});
