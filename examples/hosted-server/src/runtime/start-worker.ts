import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createWorker, type BuilderOptions } from '@buildwright/core';
import { createMetrics } from '../ops/metrics.js';
import { startWebhookDeliverer } from '../webhooks/webhook-deliverer.js';
import type { AppServices } from './app-services.js';
import { builderOptions } from './builder-options.js';
import { onRunFinished } from './run-finished.js';
import { workerSandbox } from './worker-sandbox.js';

/** What a deployment changes in how its workers run: a real sandbox, the checks, extra run nodes. */
export type WorkerBuilderOverrides = Partial<Pick<BuilderOptions, 'sandbox' | 'checks' | 'graph' | 'templates' | 'spareSandboxes'>>;

/** A running worker process's parts. */
export interface RunningWorker {
  workerId: string;
  /** Its /metrics and /health. */
  url: string;
  close(): Promise<void>;
}

/**
 * The worker side: `createWorker` executing runs from the shared queue (`WORKER_CONCURRENCY` at
 * once, two per user at most), metering each model call's usage per user and day and reporting
 * each ended run (metrics, logs, outbound webhooks); the webhook deliverer; and `/metrics` and
 * `/health` on `WORKER_PORT`.
 *
 * @example
 * const worker = await startWorker(services);
 * process.on('SIGTERM', () => worker.close());
 */
export async function startWorker(services: AppServices, options: { port?: number; builder?: WorkerBuilderOverrides } = {}): Promise<RunningWorker> {
  const metrics = createMetrics();
  const logger = services.logger;
  const worker = createWorker({
    ...(await builderOptions(services)),
    ...workerSandbox(services.config),
    ...options.builder,
    queue: services.shared.queue,
    concurrency: services.config.workerConcurrency,
    perOwnerConcurrency: 2,
    leaseMs: services.config.runLeaseMs,
    onRunFinished: onRunFinished({ storage: services.shared.storage, store: services.webhooks, queue: services.webhookQueue, metrics, logger }),
  });
  const deliverer = startWebhookDeliverer({
    redisUrl: services.config.redisUrl,
    prefix: services.config.prefix,
    store: services.webhooks,
    secrets: services.webhookSecrets,
    allowPrivateUrls: services.config.webhooks.allowPrivateUrls,
    timeoutMs: services.config.webhooks.timeoutMs,
    logger,
    metrics,
  });
  const server = createServer(async (request, response) => {
    if (request.url === '/metrics') {
      response.writeHead(200, { 'content-type': metrics.registry.contentType }).end(await metrics.registry.metrics());
    } else if (request.url === '/health') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', workerId: worker.workerId }));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(options.port ?? services.config.workerPort, services.config.host, resolve));
  logger.info({ workerId: worker.workerId, concurrency: services.config.workerConcurrency }, 'worker started');
  return {
    workerId: worker.workerId,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      // Runs reach their next checkpoint and go back on the queue for another worker.
      await worker.close();
      await deliverer.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
