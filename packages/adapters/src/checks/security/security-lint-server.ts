import { randomUUID } from 'node:crypto';
import type { CheckContext, SandboxCommandResult } from '@buildwright/core';
import { installedMarker } from '../dependency-cache.js';
import { startSharedUser } from '../node-modules-owner.js';
import type { WebCheckSession } from '../web-check-session.js';
import { postToWorker, WorkerUnavailableError } from '../worker/check-worker.js';

/** One sandbox's security lint server (see lint-config/server.mjs), for one installed dependency set. */
interface KeptServer {
  dependencies: string;
  server: Promise<{ url: string; token: string; stop(): Promise<void> } | undefined>;
}

const slot = 'security-lint-server';
/** Set in a sandbox's slots once a server could not start or answer: the plain command from then on. */
const brokenSlot = 'security-lint-server-broken';

/**
 * Runs the security lint in the sandbox's security lint server, a process kept between
 * verifications that holds the project's ESLint and the security config loaded (started on first
 * use, or by `prepare`; stopped with the session's other processes once the run ended, when an
 * install replaces node_modules, or by itself when idle). `writeFiles` writes the config, plugins and
 * server into the sandbox before a server starts. Undefined when there is no server to ask (the
 * worker is off, it could not start or stopped answering): run the command instead.
 */
export async function lintInServer(
  context: CheckContext,
  session: WebCheckSession,
  options: { timeoutMs: number; label: string; writeFiles: () => Promise<void> },
): Promise<SandboxCommandResult | undefined> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const server = await securityLintServer(context, session, options.writeFiles);
    if (!server) return undefined;
    const started = Date.now();
    try {
      const answer = await postToWorker<{ exitCode: number; stdout: string; stderr: string }>(server, 'lint', {}, { timeoutMs: options.timeoutMs, signal: context.signal });
      const run = { label: options.label, extra: {}, ...answer, timedOut: false, aborted: false, durationMs: Date.now() - started };
      await session.emitRun(context, run);
      return run;
    } catch (error) {
      await forget(context, session, server);
      const timedOut = error instanceof WorkerUnavailableError && error.timedOut;
      if (timedOut || context.signal.aborted) {
        const run = { label: options.label, extra: {}, exitCode: null, stdout: '', stderr: '', timedOut, aborted: !timedOut, durationMs: Date.now() - started };
        await session.emitRun(context, run);
        return run;
      }
      if (!(error instanceof WorkerUnavailableError)) throw error;
      // Stopped answering (it exited when idle, or crashed): a new one once, then the command.
      if (attempt === 1) session.state(context.sandbox).slots.set(brokenSlot, true);
    }
  }
  return undefined;
}

/** Starts the sandbox's server ahead of its first lint (e.g. while the model works); resolves once it has started. */
export async function startSecurityLintServer(context: CheckContext, session: WebCheckSession, writeFiles: () => Promise<void>): Promise<void> {
  await securityLintServer(context, session, writeFiles);
}

async function securityLintServer(context: CheckContext, session: WebCheckSession, writeFiles: () => Promise<void>): Promise<{ url: string; token: string; stop(): Promise<void> } | undefined> {
  const state = session.state(context.sandbox);
  if (!session.usesWorker || state.slots.has(brokenSlot)) return undefined;
  session.use(context);
  const dependencies = (await context.sandbox.readFile(`node_modules/${installedMarker}`))?.trim() ?? '';
  let kept = state.slots.get(slot) as KeptServer | undefined;
  if (kept && kept.dependencies !== dependencies) {
    state.slots.delete(slot);
    void kept.server.then((server) => server?.stop()).catch(() => {});
    kept = undefined;
  }
  if (!kept) {
    const entry: KeptServer = {
      dependencies,
      server: start(context, writeFiles, () => {
        if (state.slots.get(slot) === entry) state.slots.delete(slot);
      }).catch(() => {
        if (state.slots.get(slot) === entry) state.slots.delete(slot);
        // One that cannot start will not start next time either (unless the run was cancelled meanwhile).
        if (!context.signal.aborted) state.slots.set(brokenSlot, true);
        return undefined;
      }),
    };
    state.slots.set(slot, (kept = entry));
    session.onRelease(context.sandbox, async () => {
      if (state.slots.get(slot) !== entry) return;
      state.slots.delete(slot);
      await (await entry.server)?.stop();
    });
  }
  return kept.server;
}

async function forget(context: CheckContext, session: WebCheckSession, server: { stop(): Promise<void> }): Promise<void> {
  const state = session.state(context.sandbox);
  const kept = state.slots.get(slot) as KeptServer | undefined;
  if (kept && (await kept.server) === server) state.slots.delete(slot);
  await server.stop().catch(() => {});
}

/** As the check worker does: a shared user of node_modules (an install stops it first), under the sandbox's isolation. */
async function start(context: CheckContext, writeFiles: () => Promise<void>, onReplaced: () => void): Promise<{ url: string; token: string; stop(): Promise<void> }> {
  const token = randomUUID();
  const { started: server, stop } = await startSharedUser(
    context.sandbox,
    async () => {
      await writeFiles();
      return context.sandbox.startServer({
        command: 'node node_modules/.cache/buildwright/security-lint/server.mjs',
        env: { BUILDWRIGHT_SECURITY_LINT_TOKEN: token, BUILDWRIGHT_SECURITY_LINT_IDLE_MS: '300000', ESLINT_USE_FLAT_CONFIG: 'true' },
        readyTimeoutMs: 30_000,
        signal: context.signal,
      });
    },
    onReplaced,
  );
  return { url: server.url, token, stop };
}
