import type { CheckContext, Sandbox, SandboxServer } from '@buildwright/core';
import { staticServerScript } from './static-server.js';

const serverScriptPath = 'node_modules/.buildwright/static-server.mjs';

/**
 * One preview server per sandbox and directory (a web app's build, an API's docs page), shared by
 * the checks and kept running so `preview.ready`'s URLs keep serving.
 */
const previewServers = new WeakMap<Sandbox, Map<string, Promise<SandboxServer>>>();

/**
 * The sandbox's running static server for a directory, or a new one, each on its own port (so
 * its own origin). The server reads files on every request, so a rebuild is served at once.
 */
export async function previewServer(context: CheckContext, directory: string): Promise<SandboxServer> {
  let servers = previewServers.get(context.sandbox);
  if (!servers) previewServers.set(context.sandbox, (servers = new Map()));
  const running = servers.get(directory);
  const server = running && (await running.catch(() => undefined));
  if (server && (await answers(server.url))) return server;
  const starting = (async () => {
    await context.sandbox.writeFile(serverScriptPath, staticServerScript);
    return context.sandbox.startServer({ command: `node ${serverScriptPath} ${directory}`, readyTimeoutMs: 30_000 });
  })();
  servers.set(directory, starting);
  starting.catch(() => servers.get(directory) === starting && servers.delete(directory));
  return starting;
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

/** Stops the sandbox's preview servers (when its verified app is not to be served after its run); the next check starts them again. */
export async function stopPreviewServers(sandbox: Sandbox): Promise<void> {
  const servers = previewServers.get(sandbox);
  if (!servers) return;
  previewServers.delete(sandbox);
  await Promise.allSettled([...servers.values()].map(async (starting) => (await starting).stop()));
}
