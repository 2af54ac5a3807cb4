import type { CheckContext, LivePreview, Sandbox, SandboxServer } from '@buildwright/core';
import { dependenciesReady } from './install-check.js';
import { nodeModulesOwner } from './node-modules-owner.js';

/** Vite's dev server, on the port the sandbox gives (its hot reload then reaches the page through the same port). */
const devServerCommand = 'node node_modules/vite/bin/vite.js --host 127.0.0.1 --port {port} --strictPort --clearScreen false';

interface Running {
  server: Promise<SandboxServer>;
  live?: LivePreview;
}

/**
 * The web checks' live preview (`Check.livePreview`): the project's Vite dev server in its
 * sandbox, started after the first build step once the dependencies are in place and kept
 * running while the run lasts, so each later step reaches the page by hot reload. It holds the
 * sandbox's node_modules as a shared user: an install stops it (the next step starts it again).
 * Nothing to show (`undefined`) while the dependencies are not installed or the project has no Vite.
 */
export function devPreview(): (context: CheckContext & { stepId: string }) => Promise<LivePreview | undefined> {
  const running = new WeakMap<Sandbox, Running>();
  return async (context) => {
    const { sandbox } = context;
    const current = running.get(sandbox);
    if (current) {
      const server = await current.server.catch(() => undefined);
      if (server && current.live && (await answers(server.url))) return current.live;
      await current.live?.stop();
    }
    if (!(await dependenciesReady(sandbox, context.files['package.json']))) return undefined;
    if ((await sandbox.readFile('node_modules/vite/bin/vite.js')) === undefined || context.signal.aborted) return undefined;
    const use = await nodeModulesOwner(sandbox).shared();
    // An install ends it; the end of the build only stops the waiting (it keeps serving while the checks run).
    const entry: Running = { server: sandbox.startServer({ command: devServerCommand, readyTimeoutMs: 30_000, signal: use.signal }) };
    running.set(sandbox, entry);
    let stopped: Promise<void> | undefined;
    const stop = () =>
      (stopped ??= (async () => {
        if (running.get(sandbox) === entry) running.delete(sandbox);
        await (await entry.server.catch(() => undefined))?.stop().catch(() => {});
        use.release();
      })());
    use.signal.addEventListener('abort', () => void stop(), { once: true });
    try {
      const server = await Promise.race([entry.server, aborted(context.signal)]);
      if (!server) {
        // The build ended before the server listened: nobody will show it.
        void entry.server.then(stop, stop);
        return undefined;
      }
      entry.live = { url: server.url, stop };
      return entry.live;
    } catch (error) {
      await stop();
      throw error;
    }
  };
}

function aborted(signal: AbortSignal): Promise<undefined> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve(undefined);
    else signal.addEventListener('abort', () => resolve(undefined), { once: true });
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}
