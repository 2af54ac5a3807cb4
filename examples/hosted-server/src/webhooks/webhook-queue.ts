import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

/** Name of the BullMQ queue of webhook deliveries. */
export const webhookQueueName = 'hs-webhooks';

/** A delivery job: the row to deliver. */
export interface WebhookJob {
  deliveryId: string;
}

/** Where deliveries wait for the workers; BullMQ retries a failed attempt with exponential backoff. */
export interface WebhookQueue {
  enqueue(deliveryId: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The delivery queue on Redis under `prefix`: `attempts` tries per delivery, the n-th retry after
 * `backoffMs * 2^(n-1)`.
 *
 * @example
 * const queue = webhookQueue({ redisUrl: config.redisUrl, prefix: config.prefix, attempts: 6, backoffMs: 2000 });
 */
export function webhookQueue(options: { redisUrl: string; prefix: string; attempts: number; backoffMs: number }): WebhookQueue {
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  connection.on('error', () => {});
  const queue = new Queue<WebhookJob>(webhookQueueName, { connection, prefix: options.prefix });
  return {
    async enqueue(deliveryId) {
      await queue.add('deliver', { deliveryId }, { attempts: options.attempts, backoff: { type: 'exponential', delay: options.backoffMs }, removeOnComplete: 1_000, removeOnFail: 5_000 });
    },
    async close() {
      await queue.close();
      connection.disconnect();
    },
  };
}
