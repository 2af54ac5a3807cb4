import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postToWorker, WorkerUnavailableError } from './check-worker.js';
import { files } from './scripts.generated.js';

// main.mjs run directly (no sandbox) in a project whose "typescript" fills the heap when loaded: far more than the thread's limit.
const project = mkdtempSync(join(tmpdir(), 'bw-thread-heap-'));
const token = 'thread-heap-test';
let worker: ChildProcess;
let url: string;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const ask = (route: string) => postToWorker<Record<string, unknown>>({ url, token }, route, {}, { timeoutMs: 30_000, signal: new AbortController().signal });

beforeAll(async () => {
  const scripts = join(project, 'node_modules/.buildwright/worker');
  mkdirSync(scripts, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(scripts, name), content);
  mkdirSync(join(project, 'node_modules/typescript'));
  writeFileSync(join(project, 'node_modules/typescript/package.json'), JSON.stringify({ name: 'typescript', main: 'index.js' }));
  writeFileSync(
    join(project, 'node_modules/typescript/index.js'),
    'globalThis.held = [];\nfor (let index = 0; index < 200; index += 1) globalThis.held.push(new Array(100000).fill(index));\nthrow new Error("fake typescript loaded whole");\n',
  );
  writeFileSync(join(project, 'package.json'), '{}');
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  worker = spawn(process.execPath, ['node_modules/.buildwright/worker/main.mjs'], {
    cwd: project,
    env: { ...process.env, PORT: String(port), BUILDWRIGHT_WORKER_TOKEN: token, BUILDWRIGHT_WORKER_PRELOAD: '', BUILDWRIGHT_WORKER_THREAD_HEAP_MB: '32' },
    stdio: 'ignore',
  });
  for (let tries = 0; ; tries += 1) {
    try {
      await ask('ping');
      return;
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}, 30_000);

afterAll(() => {
  worker?.kill();
  rmSync(project, { recursive: true, force: true });
});

describe('check worker threads', () => {
  it('error: a thread past its heap limit ends with a coded refusal, and the worker goes on answering', async () => {
    const refused = await ask('typecheck').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(WorkerUnavailableError);
    expect((refused as WorkerUnavailableError).status).toBe(500);
    expect((refused as WorkerUnavailableError).message).toContain('WORKER_THREAD_OUT_OF_MEMORY: the typecheck thread went past its heap limit of 32 MB');
    expect(await ask('ping')).toEqual({ ok: true });
  }, 30_000);
});
