import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { planResolver, type PlanResolver } from '../accounts/plan-resolver.js';
import { usersRepository, type UsersRepository } from '../accounts/users.js';
import { accessTokens, type AccessTokens } from '../auth/access-tokens.js';
import { apiKeysRepository, type ApiKeysRepository } from '../auth/api-keys.js';
import { createAuthenticator, type Authenticator } from '../auth/authenticator.js';
import { sessionsRepository, type SessionsRepository } from '../auth/sessions.js';
import { billingService, type BillingService } from '../billing/billing-service.js';
import { systemClock, type Clock } from '../config/clock.js';
import type { ServerConfig } from '../config/config.js';
import { openDatabase, type Database } from '../db/database.js';
import { licenceStore, type LicenceStore } from '../licences/licence-store.js';
import { createLogger } from '../ops/logger.js';
import { secretBox, type SecretBox } from '../webhooks/secret-box.js';
import { triggerStore, type TriggerStore } from '../webhooks/trigger-store.js';
import { webhookQueue, type WebhookQueue } from '../webhooks/webhook-queue.js';
import { webhookStore, type WebhookStore } from '../webhooks/webhook-store.js';
import { sharedAdapters, type SharedAdapters } from './shared-adapters.js';

/** Everything the API process and the worker process are made of, opened once per process. */
export interface AppServices {
  config: ServerConfig;
  clock: Clock;
  logger: Logger;
  db: Database;
  /** For rate limits and readiness; BullMQ and the event bus open their own connections. */
  redis: Redis;
  shared: SharedAdapters;
  users: UsersRepository;
  sessions: SessionsRepository;
  apiKeys: ApiKeysRepository;
  accessTokens: AccessTokens;
  authenticate: Authenticator;
  planOf: PlanResolver;
  licences: LicenceStore;
  billing: BillingService;
  webhooks: WebhookStore;
  webhookQueue: WebhookQueue;
  /** Seals webhook signing secrets. */
  webhookSecrets: SecretBox;
  triggers: TriggerStore;
  close(): Promise<void>;
}

/**
 * Opens the process's connections and builds its services (nothing is migrated here: see
 * `prepareDatabase`). `clock` and `logger` are injectable for tests.
 *
 * @example
 * const services = createAppServices(loadConfig());
 */
export function createAppServices(config: ServerConfig, options: { clock?: Clock; logger?: Logger; name?: string } = {}): AppServices {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger({ level: config.logLevel, name: options.name ?? 'hosted-server' });
  const db = openDatabase(config.databaseUrl);
  // Rate limits need an answer at once: no offline queue, the in-memory insurance limiter covers an outage.
  const redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  redis.on('error', (error) => logger.warn({ err: error }, 'redis connection error'));
  const shared = sharedAdapters(config);
  const users = usersRepository(db);
  const sessions = sessionsRepository(db, { ttlSeconds: config.refreshTokenTtlSeconds, clock });
  const apiKeys = apiKeysRepository(db);
  const tokens = accessTokens({ secret: config.jwtSecret, ttlSeconds: config.accessTokenTtlSeconds, clock });
  const licences = licenceStore(db, { ...config.licence, clock });
  const planOf = planResolver({ users, licences });
  const queue = webhookQueue({ redisUrl: config.redisUrl, prefix: config.prefix, attempts: config.webhooks.attempts, backoffMs: config.webhooks.backoffMs });
  return {
    config,
    clock,
    logger,
    db,
    redis,
    shared,
    users,
    sessions,
    apiKeys,
    accessTokens: tokens,
    authenticate: createAuthenticator({ planOf, sessions, apiKeys, accessTokens: tokens }),
    planOf,
    licences,
    billing: billingService({ db, config: config.stripe, publicUrl: () => config.publicUrl }) /* read when used: a test server learns its port after start */,
    webhooks: webhookStore(db),
    webhookQueue: queue,
    webhookSecrets: secretBox(config.appSecret, 'webhook-secrets'),
    triggers: triggerStore(db, { appSecret: config.appSecret }),
    async close() {
      await queue.close();
      await shared.close();
      redis.disconnect();
      await db.end();
    },
  };
}
