import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { waitFor } from './api-client.js';
import type { TestServer } from './test-server.js';

const exampleDir = fileURLToPath(new URL('../../', import.meta.url));

/** A worker child process started from src/main/worker.ts, as `npm run worker` starts it. */
export interface WorkerProcess {
  child: ChildProcess;
  /** Its JSON log lines so far. */
  logLines: Array<Record<string, unknown>>;
  /** Waits for a log line `matches` accepts (or the timeout), and returns it. */
  waitForLog(matches: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** SIGTERM (runs go back to the queue) unless it already exited; resolves when it has. */
  stop(): Promise<void>;
}

/**
 * Spawns a worker process on `server`'s database and Redis prefix (with `environment` on top,
 * logs at info) and resolves once it logged `worker ready`.
 *
 * @example
 * const worker = await spawnWorker(server, { WORKER_CONCURRENCY: '1' });
 */
export async function spawnWorker(server: TestServer, environment: Record<string, string> = {}): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/worker.ts'], {
    cwd: exampleDir,
    env: { ...process.env, ...server.environment, LOG_LEVEL: 'info', ...environment },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const logLines: Array<Record<string, unknown>> = [];
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    for (let newline = buffer.indexOf('\n'); newline >= 0; newline = buffer.indexOf('\n')) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      try {
        logLines.push(JSON.parse(line));
      } catch {
        // Not a log line.
      }
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const waitForLog = async (matches: (line: Record<string, unknown>) => boolean, timeoutMs = 60_000): Promise<Record<string, unknown>> => {
    const found = await waitFor(async () => logLines.find(matches) ?? (child.exitCode !== null || child.signalCode !== null ? 'exited' : undefined), Boolean, timeoutMs);
    if (found === undefined || found === 'exited') throw new Error(`the worker process exited (${child.exitCode ?? child.signalCode}) before the log line came`);
    return found;
  };
  const worker: WorkerProcess = {
    child,
    logLines,
    waitForLog,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
  await waitForLog((line) => line['msg'] === 'worker ready');
  return worker;
}
