import { execSync } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckContext, EventInput } from '@buildwright/core';
import { installCheck } from '../install-check.js';
import { templateProjects } from '../template-projects.test-support.js';
import type { TemplateProject } from '../template-projects.test-support.js';
import { validateCheck } from '../validate-check.js';
import { createWebCheckSession } from '../web-check-session.js';
import { WorkerUnavailableError } from '../worker/check-worker.js';
import { createSharedTypeCheckPool, requestOf } from './shared-typecheck-pool.js';
import { startTypeCheckService } from './typecheck-service.js';

// The real local sandbox (bubblewrap): projects and neutral sandboxes side by side under one directory.
const projects = templateProjects();
afterAll(() => projects.cleanup());

const broken = `import { useState } from 'react';\nimport { helper } from './missing';\n\nexport default function App() {\n  const [count] = useState(0);\n  const title: string = count;\n  return <p>{title}{helper}</p>;\n}\n`;

async function installed(overrides: Record<string, string | null> = {}): Promise<TemplateProject> {
  const project = await projects.open(overrides);
  expect((await installCheck().run(project.context)).status).toBe('passed');
  return project;
}

/** What plain `tsc --noEmit --pretty false` prints in the project's own sandbox. */
async function plainTsc(project: TemplateProject): Promise<{ exitCode: number | null; output: string }> {
  const result = await project.sandbox.run({ command: 'node_modules/.bin/tsc --noEmit --pretty false', timeoutMs: 120_000 });
  return { exitCode: result.exitCode, output: result.stdout };
}

/** Type-check service processes alive in this test's sandboxes (their working directory is under its root). */
function aliveServices(): number {
  const lines = execSync('ps -eo pid=,args=').toString().split('\n');
  return lines
    .filter((line) => line.trim().split(/\s+/).slice(1).join(' ') === 'node node_modules/.buildwright/typecheck-service/typecheck-service.mjs')
    .map((line) => line.trim().split(/\s+/)[0]!)
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`).startsWith(projects.root);
      } catch {
        return false;
      }
    }).length;
}

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const check = (pool: ReturnType<typeof createSharedTypeCheckPool>, context: CheckContext) => pool.check(context, { timeoutMs: 120_000 });
const notices = (events: EventInput[]) => events.flatMap((event) => (event.type === 'notice.posted' ? [event.message] : []));

describe('shared TypeScript service (real local sandbox)', () => {
  const pool = createSharedTypeCheckPool({ idleSeconds: 60 });
  afterAll(() => pool.close());

  it('behavior: the same diagnostics as plain tsc on the template project, without and with errors', async () => {
    const clean = await installed();
    expect(await check(pool, clean.context)).toMatchObject(await plainTsc(clean));
    expect((await check(pool, clean.context))?.exitCode).toBe(0);
    const failing = await installed({ 'src/App.tsx': broken });
    const plain = await plainTsc(failing);
    expect(plain.output).toMatch(/TS2307[\s\S]*TS2322/);
    expect(await check(pool, failing.context)).toMatchObject(plain);
    // An edit is checked again from the project's new files (its incremental builder), still as tsc reports.
    await failing.context.writeFiles({ 'src/App.tsx': broken.replace("import { helper } from './missing';\n", '').replace('{helper}', '') });
    expect(await check(pool, failing.context)).toMatchObject(await plainTsc(failing));
    expect(pool.size()).toBe(1);
    expect(notices(clean.events)).toEqual([]);
  }, 300_000);

  it("behavior: project B never sees project A's files, by relative path, by absolute path or by an earlier request", async () => {
    const a = await installed({ 'src/secret.ts': 'export const secret: number = 42;\n' });
    await check(pool, a.context);
    const b = await installed({
      'src/App.tsx': `import { secret } from './secret';\nimport { secret as byPath } from '${a.sandbox.root}/src/secret';\nimport { secret as up } from '../../${a.context.projectId}/src/secret';\nexport default function App() {\n  return <p>{secret}{byPath}{up}</p>;\n}\n`,
    });
    const answer = await check(pool, b.context);
    expect(answer?.output.match(/error TS2307/g)).toHaveLength(3);
    expect(answer?.output).not.toContain('42');
  }, 300_000);

  it('behavior: a tsconfig pointing outside the root (include /etc, ../other, typeRoots outside) reads nothing from there', async () => {
    const a = await installed({ 'src/leak.ts': 'export const leaked: string = 1;\n', 'types/leak/index.d.ts': 'declare const leakedGlobal: number;\n' });
    const outside = `../${a.context.projectId}`;
    const b = await installed({
      'tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, skipLibCheck: true, typeRoots: [`${outside}/types`, `${a.sandbox.root}/types`] },
        include: ['/etc/**/*', `${outside}/src/**/*`, `${a.sandbox.root}/src/**/*`],
      }),
    });
    const answer = await check(pool, b.context);
    expect(answer?.exitCode).not.toBe(0);
    expect(answer?.output).toContain('TS18003'); // No inputs were found: nothing outside the root exists for the service.
    expect(answer?.output).not.toMatch(/leak\.ts|TS2322/);
    // tsc in B's own sandbox cannot read A either (the sandbox's isolation): the same answer.
    expect(answer).toMatchObject(await plainTsc(b));
  }, 300_000);

  it('error: a request naming node_modules paths is refused by the service (HTTP 400), and the pool never sends one', async () => {
    const project = await installed();
    const request = requestOf(project.context.files);
    if (typeof request === 'string') throw new Error(request);
    const service = await startTypeCheckService({
      openNeutralSandbox: project.context.openNeutralSandbox!,
      name: 'refusal-test',
      manifest: request.manifest,
      idleMs: 30_000,
      maxProjects: 2,
      install: {},
      signal: new AbortController().signal,
    });
    try {
      const options = { timeoutMs: 60_000, signal: new AbortController().signal };
      for (const path of ['node_modules/react/index.d.ts', 'src/node_modules/x.ts', '../escape.ts', '/etc/passwd']) {
        const error = await service.request('p', { ...request.files, [path]: 'export {};' }, options).catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(WorkerUnavailableError);
        expect((error as WorkerUnavailableError).status).toBe(400);
      }
      expect((await service.request('p', request.files, options)).exitCode).toBe(0);
    } finally {
      await service.stop();
    }
    expect(requestOf({ ...project.context.files, 'node_modules/@types/x/index.d.ts': '' })).toMatch(/under node_modules/);
  }, 300_000);
});

describe('shared TypeScript service pool: cap, idle release, fallback', () => {
  it('args: idleSeconds releases a service (its process and sandbox) and maxServices caps them, the least recently used idle one going first', async () => {
    const pool = createSharedTypeCheckPool({ idleSeconds: 1, maxServices: 1 });
    try {
      const first = await installed();
      // Another lockfile, another dependency set key (the install itself is the same).
      const second = await installed({ 'package-lock.json': '{"lockfileVersion":3,"note":"other"}' });
      expect((await check(pool, first.context))?.exitCode).toBe(0);
      expect(aliveServices()).toBe(1);
      expect((await check(pool, second.context))?.exitCode).toBe(0);
      expect(pool.size()).toBe(1);
      await waitUntil(() => aliveServices() === 1, 'the first service stopped for the second');
      await waitUntil(() => pool.size() === 0 && aliveServices() === 0, 'the idle service was released');
      // Both busy at once, cap 1: the second falls back (a notice), never fails.
      const [one, two] = await Promise.all([check(pool, first.context), check(pool, second.context)]);
      expect([one, two].filter((answer) => answer === undefined)).toHaveLength(1);
      expect([...notices(first.events), ...notices(second.events)].join('\n')).toMatch(/shared TypeScript service is not available \(all 1 shared services/);
    } finally {
      await pool.close();
    }
    expect(aliveServices()).toBe(0);
  }, 300_000);

  it('behavior: when the service cannot start, validate falls back to the project worker with a notice and reports the same', async () => {
    const project = await installed({ 'src/App.tsx': broken });
    const failingOpen: CheckContext = { ...project.context, openNeutralSandbox: () => Promise.reject(new Error('no sandbox for you')) };
    const check = validateCheck({ lint: false }, createWebCheckSession({ sharedTypeScript: true }));
    // As in a run: prepare (while the model works) starts the service; the check finds it failed.
    await check.prepare?.(failingOpen);
    const shared = await check.run(failingOpen);
    const plain = await validateCheck({ lint: false }).run(project.context);
    expect(shared.status).toBe('failed');
    expect(shared).toEqual(plain);
    expect(notices(project.events).join('\n')).toMatch(/shared TypeScript service is not available \(it failed to start [^)]*: no sandbox for you\)/);
  }, 300_000);

  it('behavior: validate through the shared service reports exactly what it reports with plain commands', async () => {
    const project = await installed({ 'src/App.tsx': broken });
    const check = validateCheck({}, createWebCheckSession({ sharedTypeScript: true }));
    try {
      // As in a run: prepare (while the model works) starts the service and warms it with the starting files.
      await check.prepare?.(project.context);
      const shared = await check.run(project.context);
      expect(shared).toEqual(await validateCheck().run(project.context));
      expect(project.events.some((event) => event.type === 'command.started' && event.command.includes('shared TypeScript service'))).toBe(true);
      expect(notices(project.events)).toEqual([]);
    } finally {
      await check.close?.();
    }
  }, 300_000);
});
