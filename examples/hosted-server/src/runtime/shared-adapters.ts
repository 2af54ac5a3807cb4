import { bullmqQueue } from '@buildwright/adapters/bullmq';
import { postgresStorage } from '@buildwright/adapters/postgres';
import { redisEventBus } from '@buildwright/adapters/redis';
import type { EventBus, RunQueue, StorageAdapter } from '@buildwright/core';
import type { ServerConfig } from '../config/config.js';

/** Name of the BullMQ queue the runs go on (the metrics read its depth). */
export const runQueueName = 'buildwright-runs';

/** What the API process and the workers share: the SDK's storage, run queue and event bus. */
export interface SharedAdapters {
  storage: StorageAdapter;
  queue: RunQueue;
  eventBus: EventBus;
  close(): Promise<void>;
}

/**
 * Postgres storage (the SDK's tables, created by `storage.migrate()`), BullMQ on Redis and Redis
 * pub/sub, all under the deployment's `prefix` so two deployments can share one Redis.
 *
 * @example
 * const shared = sharedAdapters(config);
 * await shared.storage.migrate();
 */
export function sharedAdapters(config: ServerConfig): SharedAdapters {
  const storage = postgresStorage({ connectionString: config.databaseUrl });
  const queue = bullmqQueue({ url: config.redisUrl, name: runQueueName, prefix: config.prefix, lockDurationMs: config.runLeaseMs, stalledIntervalMs: config.stalledIntervalMs });
  const eventBus = redisEventBus({ url: config.redisUrl, prefix: config.prefix });
  return {
    storage,
    queue,
    eventBus,
    /** Closes all three; a builder's `close()` may have closed the storage and bus already. */
    async close() {
      await Promise.allSettled([queue.close(), eventBus.close()]);
      await Promise.allSettled([storage.close()]);
    },
  };
}
