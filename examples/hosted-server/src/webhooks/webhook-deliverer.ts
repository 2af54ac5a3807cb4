import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Metrics } from '../ops/metrics.js';
import { assertDeliverableUrl } from './deliverable-url.js';
import type { SecretBox } from './secret-box.js';
import { signatureHeader, signWebhook } from './webhook-signature.js';
import { webhookQueueName, type WebhookJob } from './webhook-queue.js';
import type { WebhookStore } from './webhook-store.js';

export interface WebhookDelivererOptions {
  redisUrl: string;
  prefix: string;
  store: WebhookStore;
  /** Opens the endpoints' sealed signing secrets. */
  secrets: SecretBox;
  allowPrivateUrls: boolean;
  timeoutMs: number;
  logger: Logger;
  metrics?: Metrics;
  concurrency?: number;
}

/**
 * The worker side of outbound webhooks: takes deliveries from the queue, signs each attempt
 * (`buildwright-signature: t=…,v1=…`, HMAC-SHA256 of `<t>.<body>`), POSTs it, and logs the
 * outcome. Anything but a 2xx answer within `timeoutMs` throws, so BullMQ tries again with
 * backoff; the last attempt marks the delivery `failed`. A URL that became private is not retried.
 *
 * @example
 * const deliverer = startWebhookDeliverer({ redisUrl, prefix, store, secrets, allowPrivateUrls: false, timeoutMs: 10_000, logger });
 * await deliverer.close();
 */
export function startWebhookDeliverer(options: WebhookDelivererOptions): { close(): Promise<void> } {
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  connection.on('error', () => {});
  const deliver = async (job: Job<WebhookJob>) => {
    const { deliveryId } = job.data;
    const target = await options.store.deliveryTarget(deliveryId);
    if (!target) return; // The endpoint was deleted or disabled since.
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const fail = async (statusCode: number | null, error: string) => {
      await options.store.recordAttempt(deliveryId, { status: lastAttempt ? 'failed' : 'retrying', statusCode, error });
      options.metrics?.webhookDeliveries.inc({ outcome: 'failed' });
      options.logger.warn({ deliveryId, eventType: target.eventType, statusCode, attempt: job.attemptsMade + 1, lastAttempt }, `webhook delivery failed: ${error}`);
    };
    try {
      await assertDeliverableUrl(target.url, { allowPrivate: options.allowPrivateUrls });
    } catch (error) {
      await fail(null, (error as Error).message);
      throw new UnrecoverableError((error as Error).message);
    }
    const body = JSON.stringify(target.payload);
    let response: Response;
    try {
      response = await fetch(target.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'buildwright-hosted-server-webhooks',
          'buildwright-event': target.eventType,
          'buildwright-delivery': deliveryId,
          [signatureHeader]: signWebhook({ secret: options.secrets.open(target.secretCiphertext), body, timestampSeconds: Math.floor(Date.now() / 1000) }),
        },
        body,
      });
      await response.body?.cancel();
    } catch (error) {
      await fail(null, (error as Error).message);
      throw error;
    }
    if (!response.ok) {
      await fail(response.status, `the endpoint answered ${response.status}`);
      throw new Error(`The webhook endpoint answered ${response.status}.`);
    }
    await options.store.recordAttempt(deliveryId, { status: 'succeeded', statusCode: response.status, error: null });
    options.metrics?.webhookDeliveries.inc({ outcome: 'succeeded' });
    options.logger.info({ deliveryId, eventType: target.eventType, statusCode: response.status }, 'webhook delivered');
  };
  const worker = new Worker<WebhookJob>(webhookQueueName, deliver, { connection, prefix: options.prefix, concurrency: options.concurrency ?? 4 });
  worker.on('error', (error) => options.logger.error({ err: error }, 'webhook worker error'));
  return {
    async close() {
      await worker.close();
      connection.disconnect();
    },
  };
}
