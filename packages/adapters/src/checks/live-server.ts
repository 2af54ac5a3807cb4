import type { CheckContext, LivePreview, Sandbox, SandboxServer } from '@buildwright/core';
import { nodeModulesOwner } from './node-modules-owner.js';

/** How {@link liveServer} serves a project's work in progress. */
export interface LiveServerOptions {
  /** Whether the files can be served now (dependencies installed, the entry present); `false`: nothing to show yet. */
  ready(context: CheckContext): Promise<boolean>;
  /** Starts the server in the sandbox (it stops when `signal` aborts) and resolves once it serves. */
  start(sandbox: Sandbox, signal: AbortSignal): Promise<SandboxServer>;
  /**
   * `keep`: a running server that still answers is kept (it reloads changed files itself: Vite's
   * hot reload); `restart`: each call stops the running server and starts one on the current files.
   */
  onChange: 'keep' | 'restart';
}

interface Running {
  server: Promise<SandboxServer>;
  live?: LivePreview;
  stop(): Promise<void>;
}

/**
 * A `Check.livePreview` serving the project from a server in its sandbox, one per sandbox, kept
 * running while the run lasts. It holds the sandbox's node_modules as a shared user: an install
 * stops it (the next call starts it again). When the build ends (the context's signal) before the
 * server serves, it is stopped once it does and nothing is returned.
 */
export function liveServer(options: LiveServerOptions): (context: CheckContext & { stepId: string }) => Promise<LivePreview | undefined> {
  const running = new WeakMap<Sandbox, Running>();
  return async (context) => {
    const { sandbox } = context;
    const current = running.get(sandbox);
    if (current) {
      const server = await current.server.catch(() => undefined);
      if (options.onChange === 'keep' && server && current.live && (await answers(server.url))) return current.live;
      await current.stop();
    }
    if (!(await options.ready(context)) || context.signal.aborted) return undefined;
    const use = await nodeModulesOwner(sandbox).shared();
    // An install ends it; the end of the build only stops the waiting (it keeps serving while the checks run).
    let stopped: Promise<void> | undefined;
    const entry: Running = {
      server: options.start(sandbox, use.signal),
      stop: () =>
        (stopped ??= (async () => {
          if (running.get(sandbox) === entry) running.delete(sandbox);
          await (await entry.server.catch(() => undefined))?.stop().catch(() => {});
          use.release();
        })()),
    };
    running.set(sandbox, entry);
    use.signal.addEventListener('abort', () => void entry.stop(), { once: true });
    try {
      const server = await Promise.race([entry.server, aborted(context.signal)]);
      if (!server) {
        // The build ended before the server served: nobody will show it.
        void entry.server.then(entry.stop, entry.stop);
        return undefined;
      }
      entry.live = { url: server.url, stop: entry.stop };
      return entry.live;
    } catch (error) {
      await entry.stop();
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
