import type { CheckContext, LivePreview } from '@buildwright/core';
import { dependenciesReady } from '../checks/install-check.js';
import { liveServer } from '../checks/live-server.js';
import { defaultStartCommand, waitForHealth, type StartCheckOptions } from './start-check.js';

/**
 * The API kind's live preview (`Check.livePreview`; `apiChecks()` gives it to the start check):
 * the generated API's server started in the run's sandbox (with the sandbox's isolation) once its
 * dependencies are in place and its entry exists, restarted on the current files after each later
 * step and each fix attempt, each time answering its health route before `preview.updated` is
 * emitted. The URL may change with each restart (the sandbox gives a port per server). Never
 * called verified: the start and contract checks decide. A server that does not start or answer
 * is an error (posted once as a notice; the run goes on without a live preview).
 *
 * @example
 * import { apiLivePreview, startCheck } from '@buildwright/adapters/api';
 *
 * const start = { ...startCheck(), livePreview: apiLivePreview({ healthPath: '/healthz' }) };
 */
export function apiLivePreview(options: Omit<StartCheckOptions, 'session'> = {}): (context: CheckContext & { stepId: string }) => Promise<LivePreview | undefined> {
  const command = options.command ?? defaultStartCommand;
  const healthPath = options.healthPath ?? '/health';
  const timeoutMs = options.timeoutMs ?? 20_000;
  return liveServer({
    onChange: 'restart',
    ready: async ({ sandbox, files }) => (command !== defaultStartCommand || 'src/server.ts' in files) && (await dependenciesReady(sandbox, files['package.json'])),
    async start(sandbox, signal) {
      const server = await sandbox.startServer({ command: `exec ${command}`, readyTimeoutMs: timeoutMs, signal });
      const health = await waitForHealth(server.url + healthPath, timeoutMs, signal);
      if (health.status !== 200 && !signal.aborted) {
        await server.stop().catch(() => {});
        throw new Error(`the API server did not answer GET ${healthPath} with 200 (${health.status === undefined ? health.error : `${health.status} ${health.body}`})`);
      }
      return server;
    },
  });
}
