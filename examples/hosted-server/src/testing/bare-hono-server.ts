import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

/**
 * A floor for bench/hosted.ts: Hono on `@hono/node-server` (the service's HTTP stack) answering
 * `GET path` with `body` as JSON, with no middleware and no I/O.
 *
 * @example
 * const floor = await startBareHonoServer('/api/builder/projects', { projects: [] });
 */
export async function startBareHonoServer(path: string, body: unknown): Promise<{ url: string; close(): Promise<void> }> {
  const app = new Hono().get(path, (context) => context.json(body));
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
