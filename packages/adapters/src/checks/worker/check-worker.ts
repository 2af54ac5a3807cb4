import { randomUUID } from 'node:crypto';
import type { Sandbox } from '@buildwright/core';
import { files as workerScripts } from './scripts.generated.js';

/** Where the worker's scripts are written in the project (node_modules: never part of a version). */
export const workerDirectory = 'node_modules/.buildwright/worker';

/**
 * Default V8 heap limit (old generation) of each thread of a worker (type check, lint), in MB: a
 * thread past it ends and its request is refused with `WORKER_THREAD_OUT_OF_MEMORY` (see
 * `threadOutOfMemory`). The counter app's type check holds about 170 MB.
 */
export const threadHeapMb = 1536;

/** What main.mjs answers when a thread went past its heap limit (the project is too large for it), or undefined for another refusal. */
export function threadOutOfMemory(error: unknown): string | undefined {
  return error instanceof WorkerUnavailableError ? /WORKER_THREAD_OUT_OF_MEMORY: [^"\\]*/.exec(error.message)?.[0] : undefined;
}

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
  /** `ping` answers `{ ok: true }` at once: the worker is alive (and its idle time starts again). */
  request<T>(route: 'typecheck' | 'lint' | 'build' | 'publish' | 'ping', body: Record<string, unknown>, options: { timeoutMs: number; signal: AbortSignal }): Promise<T>;
  stop(): Promise<void>;
}

/** A place for one worker of this process: at most `maxWorkers` are taken, each holding TypeScript, ESLint and Vite warm (about 0.6 GB). */
interface WorkerSlot {
  /** Requests in flight, or 1 while the worker starts: a busy worker is never stopped for another. */
  busy: number;
  lastUsed: number;
  stop(): Promise<void>;
}

/** The slots taken (workers alive or starting), and the starts waiting for one to become free. */
const live = new Set<WorkerSlot>();
const waiting = new Set<() => void>();

/** Wakes the starts waiting for a slot (one was freed or became idle); each looks again. */
function slotChanged(): void {
  for (const wake of [...waiting]) wake();
}

/**
 * Takes a slot for a new worker: a free one, else the least recently used idle worker's (stopped
 * before the new one starts), else it waits until enough of them are idle. The slot is taken before any
 * await, so concurrent starts never hold more than `maxWorkers` workers at once.
 */
async function takeSlot(maxWorkers: number, signal: AbortSignal): Promise<WorkerSlot> {
  for (;;) {
    if (signal.aborted) throw signal.reason;
    const slot: WorkerSlot = { busy: 1, lastUsed: Date.now(), stop: async () => {} };
    if (live.size < maxWorkers) {
      live.add(slot);
      return slot;
    }
    // Slots taken under a larger cap (another session's) may leave more than one to free.
    const needed = live.size - maxWorkers + 1;
    const idle = [...live].filter((entry) => entry.busy === 0).sort((a, b) => a.lastUsed - b.lastUsed);
    if (idle.length >= needed) {
      const stopped = idle.slice(0, needed);
      for (const entry of stopped) live.delete(entry);
      live.add(slot);
      // A stopped worker starts again on its next request.
      await Promise.all(stopped.map((entry) => entry.stop().catch(() => {})));
      return slot;
    }
    await new Promise<void>((resolve) => {
      const wake = () => {
        waiting.delete(wake);
        signal.removeEventListener('abort', wake);
        resolve();
      };
      waiting.add(wake);
      signal.addEventListener('abort', wake, { once: true });
    });
  }
}

function freeSlot(slot: WorkerSlot): void {
  if (live.delete(slot)) slotChanged();
}

/** Workers of this process alive or starting (for tests and diagnostics); never more than the `maxWorkers` they were started with. */
export function liveCheckWorkers(): number {
  return live.size;
}

export async function startCheckWorker(
  sandbox: Sandbox,
  options: {
    idleMs: number;
    signal: AbortSignal;
    maxWorkers: number;
    /** Threads loaded at start; default both. */
    preload?: Array<'typecheck' | 'lint'>;
    /** V8 heap limit (old generation) of each of the worker's threads, in MB; default `threadHeapMb`. */
    threadHeapMb?: number;
  },
): Promise<CheckWorker> {
  const slot = await takeSlot(options.maxWorkers, options.signal);
  try {
    return await launchWorker(sandbox, options, slot);
  } catch (error) {
    freeSlot(slot);
    throw error;
  }
}

async function launchWorker(sandbox: Sandbox, options: { idleMs: number; signal: AbortSignal; preload?: Array<'typecheck' | 'lint'>; threadHeapMb?: number }, slot: WorkerSlot): Promise<CheckWorker> {
  // main.mjs, its threads and what they import, from scripts/ (see scripts.generated.ts); the shared type-check service runs elsewhere.
  for (const [name, content] of Object.entries(workerScripts).filter(([name]) => name !== 'typecheck-service.mjs')) {
    const path = `${workerDirectory}/${name}`;
    if ((await sandbox.readFile(path)) !== content) await sandbox.writeFile(path, content);
  }
  const token = randomUUID();
  const server = await sandbox.startServer({
    command: `node ${workerDirectory}/main.mjs`,
    env: {
      BUILDWRIGHT_WORKER_TOKEN: token,
      BUILDWRIGHT_WORKER_IDLE_MS: String(options.idleMs),
      BUILDWRIGHT_WORKER_PRELOAD: (options.preload ?? ['typecheck', 'lint']).join(','),
      BUILDWRIGHT_WORKER_THREAD_HEAP_MB: String(options.threadHeapMb ?? threadHeapMb),
    },
    readyTimeoutMs: 30_000,
    signal: options.signal,
  });
  const stop = async () => {
    await server.stop();
    freeSlot(slot);
  };
  slot.stop = stop;
  const done = () => {
    slot.busy -= 1;
    slot.lastUsed = Date.now();
    if (slot.busy === 0) slotChanged();
  };
  done();
  return {
    async request<T>(route: string, body: Record<string, unknown>, { timeoutMs, signal }: { timeoutMs: number; signal: AbortSignal }): Promise<T> {
      slot.busy += 1;
      try {
        return await postToWorker<T>({ url: server.url, token }, route, body, { timeoutMs, signal });
      } finally {
        done();
      }
    },
    stop,
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
