import { randomUUID } from 'node:crypto';
import type { Sandbox } from '@buildwright/core';
import { files as workerScripts } from './scripts.generated.js';

/** Where the worker's scripts are written in the project (node_modules: never part of a version). */
export const workerDirectory = 'node_modules/.buildwright/worker';

/** A request the worker could not answer: the caller runs the plain command instead. */
export class WorkerUnavailableError extends Error {
  constructor(
    message: string,
    readonly timedOut = false,
    /** The HTTP status the worker answered with, when it answered (400: it refused the request). */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'WorkerUnavailableError';
  }
}

/**
 * A long-lived process in the sandbox that keeps TypeScript, ESLint and Vite loaded and warm
 * between checks (see scripts/main.mjs). It runs under the sandbox's isolation like any
 * command (startServer), answers only requests carrying its random token, and stops with the
 * sandbox, on `stop()`, or by itself after `idleMs` without requests.
 */
export interface CheckWorker {
  request<T>(route: 'typecheck' | 'lint' | 'build' | 'publish', body: Record<string, unknown>, options: { timeoutMs: number; signal: AbortSignal }): Promise<T>;
  stop(): Promise<void>;
}

/** Workers of this process, so that at most `maxWorkers` stay alive: each holds TypeScript, ESLint and Vite warm (about 0.5 GB). */
const live = new Set<{ busy: number; lastUsed: number; stop(): Promise<void> }>();

/** Stops the least recently used idle workers until there is room for one more (a stopped worker starts again on its next request). */
async function makeRoom(maxWorkers: number): Promise<void> {
  while (live.size >= maxWorkers) {
    const idle = [...live].filter((entry) => entry.busy === 0).sort((a, b) => a.lastUsed - b.lastUsed)[0];
    if (!idle) return;
    live.delete(idle);
    await idle.stop().catch(() => {});
  }
}

export async function startCheckWorker(
  sandbox: Sandbox,
  options: { idleMs: number; signal: AbortSignal; maxWorkers: number /** Threads loaded at start; default both. */; preload?: Array<'typecheck' | 'lint'> },
): Promise<CheckWorker> {
  await makeRoom(options.maxWorkers);
  // main.mjs, its threads and what they import, from scripts/ (see scripts.generated.ts); the shared type-check service runs elsewhere.
  for (const [name, content] of Object.entries(workerScripts).filter(([name]) => name !== 'typecheck-service.mjs')) {
    const path = `${workerDirectory}/${name}`;
    if ((await sandbox.readFile(path)) !== content) await sandbox.writeFile(path, content);
  }
  const token = randomUUID();
  const server = await sandbox.startServer({
    command: `node ${workerDirectory}/main.mjs`,
    env: { BUILDWRIGHT_WORKER_TOKEN: token, BUILDWRIGHT_WORKER_IDLE_MS: String(options.idleMs), BUILDWRIGHT_WORKER_PRELOAD: (options.preload ?? ['typecheck', 'lint']).join(',') },
    readyTimeoutMs: 30_000,
    signal: options.signal,
  });
  const entry = { busy: 0, lastUsed: Date.now(), stop: () => server.stop() };
  live.add(entry);
  return {
    async request<T>(route: string, body: Record<string, unknown>, { timeoutMs, signal }: { timeoutMs: number; signal: AbortSignal }): Promise<T> {
      entry.busy += 1;
      try {
        return await postToWorker<T>({ url: server.url, token }, route, body, { timeoutMs, signal });
      } finally {
        entry.busy -= 1;
        entry.lastUsed = Date.now();
      }
    },
    async stop() {
      live.delete(entry);
      await server.stop();
    },
  };
}

/**
 * POSTs one request to a worker's server (the check worker, the shared type-check service) with
 * its token. A worker that does not answer, or answers other than 200 with JSON, is
 * `WorkerUnavailableError` (its `timedOut` says whether `timeoutMs` ran out); an abort rethrows the signal's reason.
 */
export async function postToWorker<T>(
  server: { url: string; token: string },
  route: string,
  body: Record<string, unknown>,
  { timeoutMs, signal }: { timeoutMs: number; signal: AbortSignal },
): Promise<T> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let status: number;
  let text: string;
  try {
    const response = await fetch(`${server.url}/${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-buildwright-token': server.token },
      body: JSON.stringify(body),
      signal: AbortSignal.any([timeout, signal]),
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw signal.reason;
    throw new WorkerUnavailableError(`worker request ${route} failed: ${(error as Error).message}`, timeout.aborted);
  }
  if (status !== 200) throw new WorkerUnavailableError(`worker answered ${route} with HTTP ${status}: ${text.slice(0, 500)}`, false, status);
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new WorkerUnavailableError(`worker answered ${route} with something that is not JSON: ${text.slice(0, 200)}`);
  }
}
