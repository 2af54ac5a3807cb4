import type { CheckContext, Sandbox, SandboxServer } from '@buildwright/core';
import { staticServerScript } from './static-server.js';

const serverScriptPath = 'node_modules/.buildwright/static-server.mjs';

/** One preview server per sandbox, shared by the browser checks and kept running so `preview.ready`'s URL keeps serving the app. */
const previewServers = new WeakMap<Sandbox, Promise<SandboxServer>>();

/**
 * The sandbox's running preview server for a build directory, or a new one. The server reads
 * files on every request, so a rebuild is served at once.
 */
export async function previewServer(context: CheckContext, directory: string): Promise<SandboxServer> {
  const running = previewServers.get(context.sandbox);
  const server = running && (await running.catch(() => undefined));
  if (server && (await answers(server.url))) return server;
  const starting = (async () => {
    await context.sandbox.writeFile(serverScriptPath, staticServerScript);
    return context.sandbox.startServer({ command: `node ${serverScriptPath} ${directory}`, readyTimeoutMs: 30_000 });
  })();
  previewServers.set(context.sandbox, starting);
  starting.catch(() => previewServers.get(context.sandbox) === starting && previewServers.delete(context.sandbox));
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
