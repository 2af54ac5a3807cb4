import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Sandbox, SandboxAdapter } from '@buildwright/core';
import { localSandbox } from '../local/index.js';
import { reactViteTemplate } from '../templates/index.js';
import { buildCheck, rootFilesKey } from './build-check.js';
import { installCheck } from './install-check.js';
import { validateCheck } from './validate-check.js';
import { templateProjects } from './template-projects.test-support.js';
import { createWebCheckSession } from './web-check-session.js';

/** Counts the check workers started through a real local sandbox. */
function countingWorkers(adapter: SandboxAdapter): { adapter: SandboxAdapter; started: () => number } {
  let started = 0;
  return {
    started: () => started,
    adapter: {
      ...adapter,
      async open(options) {
        const sandbox = await adapter.open(options);
        const counted: Sandbox = {
          ...sandbox,
          startServer(command) {
            if (command.command.includes('worker/main.mjs')) started += 1;
            return sandbox.startServer(command);
          },
        };
        return counted;
      },
    },
  };
}

const sandboxesRoot = join(process.env.TMPDIR ?? '/tmp', `bw-worker-${process.pid}`);
const workers = countingWorkers(localSandbox({ root: sandboxesRoot }));

/** Worker processes running in this test's sandboxes, or in one project's when `projectId` is given (their working directory is a project). */
function aliveWorkers(projectId?: string): number {
  const under = projectId === undefined ? sandboxesRoot : join(sandboxesRoot, projectId);
  const lines = execSync('ps -eo pid=,args=').toString().split('\n');
  const pids = lines.filter((line) => line.trim().split(/\s+/).slice(1).join(' ') === 'node node_modules/.buildwright/worker/main.mjs').map((line) => line.trim().split(/\s+/)[0]!);
  return pids.filter((pid) => {
    try {
      const cwd = readlinkSync(`/proc/${pid}/cwd`);
      return cwd === under || cwd.startsWith(`${under}/`);
    } catch {
      return false;
    }
  }).length;
}
const projects = templateProjects(workers.adapter);

/** Resolves once `condition` holds, polling every 50 ms; fails after `timeoutMs` (a process that never exits). */
async function waitUntil(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
afterAll(async () => {
  await projects.cleanup();
  await rm(sandboxesRoot, { recursive: true, force: true });
});

/** path → sha256 of every file under a directory. */
function tree(directory: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (current: string) => {
    for (const name of readdirSync(current)) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(directory, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(directory);
  return files;
}

const app = (label: string, color: string) => `export default function App() {\n  return <h1 className="text-3xl ${color}">${label}</h1>;\n}\n`;

describe('the check worker (webChecks session) on a react-vite project', () => {
  it('behavior: builds reusing cached dependency transforms write exactly the files `vite build` writes', async () => {
    const { context, sandbox } = await projects.open({ 'src/App.tsx': app('First', 'text-red-500') });
    const session = createWebCheckSession();
    const check = buildCheck({}, session);
    expect((await installCheck().run(context)).status).toBe('passed');
    expect(await check.run(context)).toEqual({ status: 'passed' });
    // The second build reuses the first one's Rollup cache; the new class must reach the CSS.
    await context.writeFiles({ 'src/App.tsx': app('Second', 'text-emerald-600') });
    expect(await check.run(context)).toEqual({ status: 'passed' });
    // Another build on the same cache transforms no dependency module at all; without the cache key, all of them.
    const probe = (cacheKey?: string) =>
      session.request(context, 'build', { staging: 'node_modules/.buildwright/probe', ...(cacheKey ? { cacheKey } : {}) }, { label: 'probe', timeoutMs: 120_000, emit: 'later' });
    expect((await probe(rootFilesKey(context)))?.extra.dependencyTransforms).toBe(0);
    expect((await probe())?.extra.dependencyTransforms).toBeGreaterThan(5);
    const fresh = await sandbox.run({ command: 'node_modules/.bin/vite build --logLevel warn --sourcemap hidden --outDir fresh', timeoutMs: 120_000 });
    expect(fresh.exitCode).toBe(0);
    const built = tree(join(sandbox.root, 'dist'));
    expect(Object.keys(built)).toEqual(expect.arrayContaining(['index.html', expect.stringMatching(/^assets\/index-[\w-]+\.js\.map$/)]));
    expect(built).toEqual(tree(join(sandbox.root, 'fresh')));
    const assets = readdirSync(join(sandbox.root, 'dist/assets')).map((name) => readFileSync(join(sandbox.root, 'dist/assets', name), 'utf8'));
    expect(assets.some((content) => content.includes('"Second"'))).toBe(true);
    expect(assets.some((content) => content.includes('.text-emerald-600'))).toBe(true);
    expect(workers.started()).toBe(1);
  }, 180_000);

  it('behavior: validate in the worker reports exactly what tsc and ESLint report as commands', async () => {
    const broken = `import { useState } from 'react';\n\nexport default function App({ show = true }: { show?: boolean }) {\n  if (!show) return null;\n  const [count] = useState(0);\n  const title: string = count;\n  return <p>{title}</p>;\n}\n`;
    const { context } = await projects.open({ 'src/App.tsx': broken });
    expect((await installCheck().run(context)).status).toBe('passed');
    const before = workers.started();
    const inWorker = await validateCheck({}, createWebCheckSession()).run(context);
    const asCommands = await validateCheck().run(context);
    expect(workers.started()).toBe(before + 1);
    expect(inWorker.status).toBe('failed');
    expect(inWorker).toEqual(asCommands);
    expect(inWorker.status === 'failed' && inWorker.report).toMatch(/TS2322[\s\S]*react-hooks\/rules-of-hooks|react-hooks\/rules-of-hooks[\s\S]*TS2322/);
  }, 180_000);

  it('behavior: with declaration: true the worker also reports the declaration errors tsc --noEmit reports (TS4094)', async () => {
    const tsconfig = JSON.parse(reactViteTemplate.files['tsconfig.json']!) as { compilerOptions: Record<string, unknown> };
    const { context } = await projects.open({
      'tsconfig.json': JSON.stringify({ ...tsconfig, compilerOptions: { ...tsconfig.compilerOptions, declaration: true } }),
      'src/hidden.ts': 'export const Hidden = class {\n  private hidden = 1;\n};\n',
    });
    expect((await installCheck().run(context)).status).toBe('passed');
    const inWorker = await validateCheck({ lint: false }, createWebCheckSession()).run(context);
    const asCommands = await validateCheck({ lint: false }).run(context);
    expect(inWorker.status === 'failed' && inWorker.report).toContain('TS4094');
    expect(inWorker).toEqual(asCommands);
  }, 180_000);

  it('behavior: a worker that exited when idle is started again, and unchanged files are not checked twice', async () => {
    const { context, events } = await projects.open({ 'src/App.tsx': app('Idle', 'text-sky-500') });
    // Long enough that a worker started under load is not idle before its first request arrives (it then exits before it is seen listening).
    const session = createWebCheckSession({ workerIdleMs: 5_000 });
    const check = validateCheck({}, session);
    expect((await installCheck().run(context)).status).toBe('passed');
    const before = workers.started();
    expect(await check.run(context)).toEqual({ status: 'passed' });
    const commands = events.filter((event) => event.type === 'command.started').length;
    expect(await check.run(context)).toEqual({ status: 'passed' });
    expect(events.filter((event) => event.type === 'command.started')).toHaveLength(commands);
    expect(aliveWorkers(context.projectId)).toBe(1);
    await waitUntil(() => aliveWorkers(context.projectId) === 0, 'the idle worker exited');
    await context.writeFiles({ 'src/App.tsx': app('Idle again', 'text-sky-600').replace('<h1', '<h1 title={1}') });
    const result = await check.run(context);
    expect(result.status === 'failed' && result.report).toContain("Type 'number' is not assignable to type 'string'");
    expect(workers.started()).toBe(before + 2);
  }, 180_000);

  it('args: maxWorkers 1 stops the idle worker of one project for the next, and it starts again when needed', async () => {
    const first = await projects.open({ 'src/App.tsx': app('One', 'text-sky-500') });
    const second = await projects.open({ 'src/App.tsx': app('Two', 'text-sky-500') });
    const check = validateCheck({}, createWebCheckSession({ maxWorkers: 1 }));
    for (const project of [first, second]) expect((await installCheck().run(project.context)).status).toBe('passed');
    const before = workers.started();
    expect(await check.run(first.context)).toEqual({ status: 'passed' });
    expect(await check.run(second.context)).toEqual({ status: 'passed' });
    await first.context.writeFiles({ 'src/App.tsx': app('One again', 'text-sky-500').replace('<h1', '<h1 title={1}') });
    const result = await check.run(first.context);
    expect(result.status === 'failed' && result.report).toContain('src/App.tsx:2:');
    expect(workers.started()).toBe(before + 3);
    expect(aliveWorkers()).toBe(1);
  }, 180_000);

  it('args: maxWorkers is a hard cap: starts beyond it at the same time wait for an idle worker, never more alive at once', async () => {
    const opened = await Promise.all(['One', 'Two', 'Three'].map((label) => projects.open({ 'src/App.tsx': app(label, 'text-sky-500') })));
    for (const project of opened) expect((await installCheck().run(project.context)).status).toBe('passed');
    const check = validateCheck({}, createWebCheckSession({ maxWorkers: 2 }));
    const before = workers.started();
    const alive = () => opened.reduce((sum, project) => sum + aliveWorkers(project.context.projectId), 0);
    let most = 0;
    const sampler = setInterval(() => void (most = Math.max(most, alive())), 25);
    try {
      expect(await Promise.all(opened.map((project) => check.run(project.context)))).toEqual([{ status: 'passed' }, { status: 'passed' }, { status: 'passed' }]);
    } finally {
      clearInterval(sampler);
    }
    // Each project had a worker (one took the place of an idle one, which may have started again for its next request), but never three at once.
    expect(workers.started()).toBeGreaterThanOrEqual(before + 3);
    expect(most).toBe(2);
    expect(alive()).toBeLessThanOrEqual(2);
  }, 240_000);

  it('error: a type check past the worker threads heap limit falls back to the command at once, with a notice, and reports the same failure', async () => {
    const { context, events } = await projects.open({ 'src/App.tsx': app('Heavy', 'text-sky-500').replace('<h1', '<h1 title={1}') });
    expect((await installCheck().run(context)).status).toBe('passed');
    const before = workers.started();
    // 16 MB: less than TypeScript's program for the template needs (about 170 MB).
    const check = validateCheck({}, createWebCheckSession({ workerThreadHeapMb: 16 }));
    const inWorker = await check.run(context);
    const asCommands = await validateCheck().run(context);
    expect(inWorker.status).toBe('failed');
    expect(inWorker).toEqual(asCommands);
    // Not started again to hit the limit a second time; the next check runs the commands without asking it.
    expect(workers.started()).toBe(before + 1);
    const notices = events.filter((event) => event.type === 'notice.posted');
    expect(notices).toEqual([
      expect.objectContaining({ level: 'warn', message: expect.stringContaining('WORKER_THREAD_OUT_OF_MEMORY: the tools thread (type check and lint) went past its heap limit of 16 MB') }),
    ]);
    expect(await check.run(context)).toEqual(asCommands);
    expect(workers.started()).toBe(before + 1);
  }, 240_000);

  it('error: a Vite config that kills the worker falls back to the command and reports the same failure', async () => {
    const { context, sandbox } = await projects.open({
      'vite.config.ts': `import { defineConfig } from 'vite';\nconsole.error('config refuses to load');\nprocess.exit(3);\nexport default defineConfig({});\n`,
    });
    expect((await installCheck().run(context)).status).toBe('passed');
    const inWorker = await buildCheck({}, createWebCheckSession()).run(context);
    const asCommand = await buildCheck().run(context);
    expect(inWorker.status).toBe('failed');
    expect(inWorker).toEqual(asCommand);
    expect(await sandbox.readFile('dist/index.html')).toBeUndefined();
  }, 180_000);
});
