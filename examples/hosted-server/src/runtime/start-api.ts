import type { AddressInfo } from 'node:net';
import { serve, type WebSocketServerLike } from '@hono/node-server';
import { Queue } from 'bullmq';
import { createBuilder } from '@buildwright/core';
import { Redis } from 'ioredis';
import { WebSocketServer } from 'ws';
import { createApp } from '../http/create-app.js';
import { createMetrics } from '../ops/metrics.js';
import { closeCodes } from '../realtime/run-socket-close-codes.js';
import type { AppServices } from './app-services.js';
import { builderOptions } from './builder-options.js';
import { runQueueName } from './shared-adapters.js';

/** A listening API process. */
export interface RunningApi {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves the API on `services.config.port` (0: any free port): a builder that enqueues every run on
 * the shared BullMQ queue (workers execute them), the app, and the run-queue depth for /metrics.
 *
 * @example
 * const api = await startApi(services);
 * console.log(api.url);
 */
export async function startApi(services: AppServices): Promise<RunningApi> {
  const { config } = services;
  const countsConnection = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
  countsConnection.on('error', () => {});
  const runQueue = new Queue(runQueueName, { connection: countsConnection, prefix: config.prefix });
  const metrics = createMetrics({ queueDepth: () => runQueue.getJobCounts('waiting', 'active', 'delayed', 'failed') });
  const builder = createBuilder({ ...(await builderOptions(services)), queue: services.shared.queue });
  const app = createApp({ services, builder, metrics });
  // The run sockets (/ws/runs/:runId): upgrades go through the app like requests; the first message is small.
  // (The cast: ws's `options.noServer` is optional, node-server's type wants it set, as it is here.)
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 16 * 1024 });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host, websocket: { server: sockets as WebSocketServerLike } });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    async close() {
      // Upgraded sockets are not the HTTP server's connections any more: close them, clients resume elsewhere.
      for (const socket of sockets.clients) socket.close(closeCodes.goingAway, 'SERVER_CLOSING');
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await builder.close();
      await runQueue.close();
      countsConnection.disconnect();
    },
  };
}
