import type { EventBus, RunQueue } from '@buildwright/core';
import type { CliFlags } from './parse-args.js';
import { UsageError } from './usage-error.js';

// The queue and event bus of `serve` and `worker`, from their flags. Redis is asked for a PING
// first (5 s), so an unreachable server is a usage error before anything is started.

/**
 * The run queue from `--queue redis://…` (BullMQ), or `undefined` without the flag.
 * `--prefix` names its Redis keys (BullMQ's default `bull` otherwise).
 *
 * @example
 * const queue = await queueFromFlags({ queue: 'redis://127.0.0.1:6379', json: false, exit: false, serve: false });
 */
export async function queueFromFlags(flags: CliFlags): Promise<RunQueue | undefined> {
  if (flags.queue === undefined) return undefined;
  await pingRedis('--queue', flags.queue);
  const { bullmqQueue } = await import('@buildwright/adapters/bullmq');
  return bullmqQueue({ url: flags.queue, ...(flags.prefix ? { prefix: flags.prefix } : {}) });
}

/**
 * The event bus from `--event-bus redis://…` (Redis pub/sub) or `--event-bus postgres`
 * (LISTEN/NOTIFY on the `--storage` Postgres database), or `undefined` without the flag.
 * `--prefix` starts its channel names (`buildwright` otherwise).
 *
 * @example
 * const eventBus = await eventBusFromFlags({ eventBus: 'postgres', storage: 'postgres://postgres@127.0.0.1:5432/app', json: false, exit: false, serve: false });
 */
export async function eventBusFromFlags(flags: CliFlags): Promise<EventBus | undefined> {
  if (flags.eventBus === undefined) return undefined;
  const prefix = flags.prefix ? { prefix: flags.prefix } : {};
  if (flags.eventBus === 'postgres') {
    const storage = flags.storage ?? '';
    if (!/^postgres(ql)?:\/\//.test(storage))
      throw new UsageError('--event-bus postgres uses the --storage database: give --storage postgres://… (a PGlite directory has no LISTEN/NOTIFY across processes).');
    const { postgresEventBus } = await import('@buildwright/adapters/postgres');
    return postgresEventBus({ connectionString: storage, ...prefix });
  }
  await pingRedis('--event-bus', flags.eventBus);
  const { redisEventBus } = await import('@buildwright/adapters/redis');
  return redisEventBus({ url: flags.eventBus, ...prefix });
}

async function pingRedis(flag: string, url: string): Promise<void> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 5_000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  // The connection's own error (ECONNREFUSED...) says more than the rejected command's.
  let cause: Error | undefined;
  redis.on('error', (error: Error) => (cause ??= error));
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    const reason = (cause ?? (error as Error)).message.replace(/\.$/, '');
    throw new UsageError(`Cannot reach Redis at ${url.replace(/(\/\/[^:/@]*):[^@/]*@/, '$1:***@')} (${flag}): ${reason}. Start Redis or check the address.`);
  } finally {
    redis.disconnect();
  }
}

/** `--spare react-vite,…`: the builder's (or worker's) `spareSandboxes`, a sandbox per template kept ready with its checks warm. */
export function spareSandboxes(flags: CliFlags): { spareSandboxes?: { templates: string[] } } {
  return flags.spare ? { spareSandboxes: { templates: flags.spare } } : {};
}
