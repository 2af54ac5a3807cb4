import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postToWorker, WorkerUnavailableError } from './check-worker.js';
import { files } from './scripts.generated.js';
import { freePort } from '../../testing/free-port.js';

// main.mjs run directly (no sandbox) in projects whose "typescript" and "eslint" are small fakes.
const started: Array<{ worker: ChildProcess; project: string }> = [];

/** A check worker (main.mjs and its scripts) in a new project holding `modules` (path under node_modules → content); its requests, with a thread heap limit of `heapMb`. */
async function startWorker(modules: Record<string, string>, heapMb: number) {
  const project = mkdtempSync(join(tmpdir(), 'bw-tools-thread-'));
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), content);
  };
  for (const [name, content] of Object.entries(files)) write(`node_modules/.buildwright/worker/${name}`, content);
  for (const [path, content] of Object.entries(modules)) write(`node_modules/${path}`, content);
  write('package.json', '{}');
  const port = await freePort();
  const token = 'tools-thread-test';
  const worker = spawn(process.execPath, ['node_modules/.buildwright/worker/main.mjs'], {
    cwd: project,
    env: { ...process.env, PORT: String(port), BUILDWRIGHT_WORKER_TOKEN: token, BUILDWRIGHT_WORKER_PRELOAD: '', BUILDWRIGHT_WORKER_THREAD_HEAP_MB: String(heapMb) },
    stdio: 'ignore',
  });
  started.push({ worker, project });
  const ask = (route: string, body: Record<string, unknown> = {}) =>
    postToWorker<Record<string, unknown>>({ url: `http://127.0.0.1:${port}`, token }, route, body, { timeoutMs: 30_000, signal: new AbortController().signal });
  for (let tries = 0; ; tries += 1) {
    try {
      await ask('ping');
      return { project, ask };
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

afterAll(() => {
  for (const { worker, project } of started) {
    worker.kill();
    rmSync(project, { recursive: true, force: true });
  }
});

const packageJson = (name: string) => JSON.stringify({ name, main: 'index.js' });

describe('check worker tools thread', () => {
  it('behavior: type check and lint both answer from one thread, which loads TypeScript once for both', async () => {
    // Each load of "typescript" appends the thread it loaded in; "eslint" loads it too, as typescript-eslint's parser does, and answers with its thread.
    const { project, ask } = await startWorker(
      {
        'typescript/package.json': packageJson('typescript'),
        'typescript/index.js': [
          "require('node:fs').appendFileSync(require('node:path').join(process.cwd(), 'typescript-loads'), `${require('node:worker_threads').threadId}\\n`);",
          "module.exports = { getDefaultLibFilePath: () => '/lib/lib.d.ts', findConfigFile: () => undefined, sys: { fileExists: () => false, newLine: '\\n', useCaseSensitiveFileNames: true } };",
        ].join('\n'),
        'eslint/package.json': packageJson('eslint'),
        'eslint/index.js': [
          "require('typescript');",
          'class ESLint {',
          "  static version = 'fake';",
          "  async loadFormatter() { return { format: () => JSON.stringify({ threadId: require('node:worker_threads').threadId }) }; }",
          '  async lintFiles() { return []; }',
          '  getRulesMetaForResults() { return {}; }',
          '}',
          'module.exports = { ESLint };',
        ].join('\n'),
      },
      256,
    );
    const [typecheck, lint] = await Promise.all([ask('typecheck'), ask('lint', { cacheLocation: 'node_modules/.cache/eslint' })]);
    expect(typecheck).toEqual({ exitCode: 1, output: `error TS5057: Cannot find a tsconfig.json file at the current directory: ${project}.\n` });
    expect(lint).toEqual({ exitCode: 0, stdout: expect.any(String), stderr: '' });
    const lintThread = (JSON.parse(lint.stdout as string) as { threadId: number }).threadId;
    expect(lintThread).toBeGreaterThan(0);
    expect(readFileSync(join(project, 'typescript-loads'), 'utf8')).toBe(`${lintThread}\n`);
  }, 30_000);

  it('error: past its heap limit the tools thread ends with a coded refusal naming it, for type check and lint alike, and the worker goes on answering', async () => {
    // A "typescript" that fills the heap when loaded: far more than the thread's limit.
    const { ask } = await startWorker(
      {
        'typescript/package.json': packageJson('typescript'),
        'typescript/index.js':
          'globalThis.held = [];\nfor (let index = 0; index < 200; index += 1) globalThis.held.push(new Array(100000).fill(index));\nthrow new Error("fake typescript loaded whole");\n',
        'eslint/package.json': packageJson('eslint'),
        'eslint/index.js': "require('typescript');\nmodule.exports = {};\n",
      },
      32,
    );
    const refused = await Promise.all([ask('typecheck').catch((error: unknown) => error), ask('lint', { cacheLocation: 'node_modules/.cache/eslint' }).catch((error: unknown) => error)]);
    for (const error of refused) {
      expect(error).toBeInstanceOf(WorkerUnavailableError);
      expect((error as WorkerUnavailableError).status).toBe(500);
      expect((error as WorkerUnavailableError).message).toContain('WORKER_THREAD_OUT_OF_MEMORY: the tools thread (type check and lint) went past its heap limit of 32 MB');
    }
    expect(await ask('ping')).toEqual({ ok: true });
  }, 30_000);
});
