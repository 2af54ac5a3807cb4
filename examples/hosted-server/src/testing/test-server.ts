import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Clock } from '../config/clock.js';
import { loadConfig, type ServerConfig } from '../config/config.js';
import { generateLicenceKeyPair } from '../licences/licence-keys.js';
import { createLogger } from '../ops/logger.js';
import { createAppServices, type AppServices } from '../runtime/app-services.js';
import { prepareDatabase } from '../runtime/prepare-database.js';
import { startApi, type RunningApi } from '../runtime/start-api.js';
import { startWorker, type RunningWorker, type WorkerBuilderOverrides } from '../runtime/start-worker.js';
import { createTestDatabase } from './test-database.js';

/** A hosted server on its own database and Redis prefix, for one test file. */
export interface TestServer {
  url: string;
  config: ServerConfig;
  /** The environment it was configured from: a worker process started by a test takes the same. */
  environment: Record<string, string>;
  services: AppServices;
  worker: RunningWorker | undefined;
  close(): Promise<void>;
}

/**
 * Starts the API (and, with `worker: true` or the worker's builder overrides, a worker in this process) on a fresh database and a
 * fresh Redis prefix, logs silent, webhooks allowed to reach loopback with short backoff.
 * `environment` overrides any variable.
 *
 * @example
 * const server = await startTestServer({ worker: true, environment: { PLAN_FREE_GENERATIONS: '2' } });
 */
export async function startTestServer(options: { worker?: boolean | WorkerBuilderOverrides; clock?: Clock; environment?: Record<string, string> } = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const keys = generateLicenceKeyPair();
  const environment: Record<string, string> = {
    DATABASE_URL: database.url,
    REDIS_URL: process.env.BUILDWRIGHT_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    PREFIX: `hst${randomBytes(6).toString('hex')}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    APP_SECRET: randomBytes(32).toString('hex'),
    LICENCE_PRIVATE_KEY: keys.privateKeyPem,
    LICENCE_PUBLIC_KEY: keys.publicKeyPem,
    PORT: '0',
    HOST: '127.0.0.1',
    WORKER_PORT: '0',
    LOG_LEVEL: 'silent',
    WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    WEBHOOK_BACKOFF_MS: '100',
    WEBHOOK_ATTEMPTS: '3',
    RATE_LIMIT_IP_PER_MINUTE: '10000',
    RATE_LIMIT_USER_PER_MINUTE: '10000',
    RATE_LIMIT_LOGIN_PER_MINUTE: '10000',
    ...options.environment,
  };
  const config = loadConfig(environment);
  const logger = createLogger({ level: config.logLevel, name: 'test' });
  const services = createAppServices(config, { logger, ...(options.clock ? { clock: options.clock } : {}) });
  await prepareDatabase({ databaseUrl: config.databaseUrl, storage: services.shared.storage });
  const api: RunningApi = await startApi(services);
  const worker = options.worker ? await startWorker(services, typeof options.worker === 'object' ? { builder: options.worker } : {}) : undefined;
  // Links the server hands out (previews, triggers) point at where it listens.
  services.config.publicUrl = api.url;
  return {
    url: api.url,
    config,
    environment: { ...environment, PUBLIC_URL: api.url },
    services,
    worker,
    async close() {
      await worker?.close();
      await api.close();
      await deleteRedisKeys(config.redisUrl, config.prefix);
      await services.close();
      await database.drop();
    },
  };
}

/** Deletes every Redis key of the test's prefix (queues, rate-limit counters). */
async function deleteRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
