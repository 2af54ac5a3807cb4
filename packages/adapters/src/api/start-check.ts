import type { Check, CheckContext, CheckResult, SandboxServer } from '@buildwright/core';
import { cleanOutput, failed } from '../checks/check-report.js';
import { sharedApiSession } from './api-session.js';
import type { ApiSession } from './api-session.js';

export interface StartCheckOptions {
  /** Command that starts the server; it must listen on `$PORT` at `$HOST` (127.0.0.1). Default `node --import tsx src/server.ts` (the hono-api template's entry). */
  command?: string;
  /** Route that answers 200 once the server is up. Default `/health`. */
  healthPath?: string;
  /** How long the server has to listen and answer the health route. Default 20 s. */
  timeoutMs?: number;
  /** State shared with the contract check (`apiChecks()` passes one). */
  session?: ApiSession;
}

export const defaultStartCommand = 'node --import tsx src/server.ts';
export const serverLogPath = 'node_modules/.buildwright/api-server.log';

/**
 * Starts the API server in the sandbox, with the sandbox's isolation (a local sandbox runs it in its
 * own network namespace with no network, reached from this machine through a bridge), and waits
 * until `GET /health` answers 200. The server keeps running for the contract check and as the run's
 * live URL; the next run's start check replaces it. A server that exits, never listens or never
 * answers fails the check with its output.
 *
 * @example
 * import { startCheck } from '@buildwright/adapters/api';
 *
 * const check = startCheck({ command: 'node dist/server.js', healthPath: '/healthz' });
 */
export function startCheck(options: StartCheckOptions = {}): Check {
  const session = options.session ?? sharedApiSession;
  const command = options.command ?? defaultStartCommand;
  const healthPath = options.healthPath ?? '/health';
  const timeoutMs = options.timeoutMs ?? 20_000;
  return {
    name: 'start',
    kinds: ['api'],
    async run(context) {
      if (command === defaultStartCommand && !('src/server.ts' in context.files)) {
        return failed('Start check failed: src/server.ts is missing', [
          { file: 'src/server.ts', message: 'the server entry is src/server.ts: it must serve the app on process.env.PORT at process.env.HOST' },
        ]);
      }
      await session.replace(context.sandbox, undefined);
      await context.sandbox.writeFile(serverLogPath, '');
      const started = Date.now();
      let server: SandboxServer;
      try {
        server = await context.sandbox.startServer({ command: `exec ${command} >> ${serverLogPath} 2>&1`, readyTimeoutMs: timeoutMs });
      } catch (error) {
        const log = await serverLog(context);
        const reason = error instanceof Error && /did not accept connections/.test(error.message) ? `did not listen on $PORT within ${timeoutMs} ms` : 'exited before it listened';
        return failed(`Start check failed: the server (${command}) ${reason}`, [{ message: firstError(log) ?? `the server ${reason}` }], log ? `Server output:\n${log}` : undefined);
      }
      const health = await waitForHealth(server.url + healthPath, Math.max(1_000, timeoutMs - (Date.now() - started)), context.signal);
      if (health.status !== 200) {
        await server.stop().catch(() => {});
        const log = await serverLog(context);
        const got = health.status === undefined ? `no answer (${health.error})` : `${health.status} ${health.body}`;
        return failed(
          `Start check failed: GET ${healthPath} did not answer 200 within ${timeoutMs} ms`,
          [{ message: `GET ${healthPath}: expected 200, got ${got}. The health route must answer 200 once the server is up.` }],
          log ? `Server output:\n${log}` : undefined,
        );
      }
      await session.replace(context.sandbox, { server, url: server.url, logPath: serverLogPath });
      return { status: 'passed' } satisfies CheckResult;
    },
  };
}

/** The tail of the server's output, cleaned of the sandbox's root. */
export async function serverLog(context: CheckContext, lines = 30): Promise<string> {
  const text = (await context.sandbox.readFile(serverLogPath).catch(() => undefined)) ?? '';
  const tail = text
    .split('\n')
    .slice(-lines - 1)
    .join('\n');
  return cleanOutput(tail, context.sandbox.root, lines);
}

function firstError(log: string): string | undefined {
  return log
    .split('\n')
    .find((line) => /\b(Error|error TS\d+|SyntaxError|TypeError|ReferenceError)\b/.test(line))
    ?.trim();
}

/** Polls `url` until it answers 200 (or another status below 500), `timeoutMs` passes or `signal` aborts: the last answer or error. */
export async function waitForHealth(url: string, timeoutMs: number, signal: AbortSignal): Promise<{ status?: number; body?: string; error?: string }> {
  const deadline = Date.now() + timeoutMs;
  let last: { status?: number; body?: string; error?: string } = { error: 'not tried' };
  while (!signal.aborted) {
    try {
      const response = await fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(2_000)]) });
      last = { status: response.status, body: (await response.text()).slice(0, 200) };
      // 503 while warming up is worth waiting for; any other answer is the server's last word.
      if (response.status === 200 || response.status < 500) return last;
    } catch (error) {
      last = { error: error instanceof Error ? error.message : String(error) };
    }
    if (Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return last;
}
