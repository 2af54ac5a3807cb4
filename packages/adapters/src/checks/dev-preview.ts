import type { CheckContext, LivePreview } from '@buildwright/core';
import { dependenciesReady } from './install-check.js';
import { liveServer } from './live-server.js';

/**
 * Vite's dev server, on the port the sandbox gives (its hot reload then reaches the page through
 * the same port). A 1 MB semi-space (V8's default grows to 16 MB, and a young generation of three
 * of them) keeps the resident memory of a server that lives as long as the run down: measured in
 * bench/memory.ts, see docs/live-preview.md.
 */
const devServerCommand = 'node --max-semi-space-size=1 node_modules/vite/bin/vite.js --host 127.0.0.1 --port {port} --strictPort --clearScreen false';

/**
 * The web checks' live preview (`Check.livePreview`): the project's Vite dev server in its
 * sandbox, started after the first build step once the dependencies are in place and kept
 * running while the run lasts, so each later step (and fix) reaches the page by hot reload. An
 * install stops it (the next step starts it again). Nothing to show (`undefined`) while the
 * dependencies are not installed or the project has no Vite.
 */
export function devPreview(): (context: CheckContext & { stepId: string }) => Promise<LivePreview | undefined> {
  return liveServer({
    onChange: 'keep',
    ready: async ({ sandbox, files }) => (await dependenciesReady(sandbox, files['package.json'])) && (await sandbox.readFile('node_modules/vite/bin/vite.js')) !== undefined,
    start: (sandbox, signal) => sandbox.startServer({ command: devServerCommand, readyTimeoutMs: 30_000, signal }),
  });
}
