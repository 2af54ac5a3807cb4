import { BuildwrightError, type BuildwrightEvent, type EventBus } from '@buildwright/core';
import type { Redis } from 'ioredis';
import { busUnavailable, withinTimeout } from '../internal/bus-unavailable.js';
import { ChannelSubscriptions } from '../internal/channel-subscriptions.js';
import { importPeer, requirePeers } from '../internal/peer-dependency.js';

/** Options of {@link redisEventBus}. */
export interface RedisEventBusOptions {
  /** `redis://[user:password@]host:6379[/db]`; defaults to the REDIS_URL environment variable, then `redis://127.0.0.1:6379`. */
  url?: string;
  /**
   * An ioredis connection you own, instead of `url`: the bus publishes on it and subscribes on a
   * `duplicate()` of it (a subscribed Redis connection can do nothing else); `close()` leaves yours open.
   */
  redis?: Redis;
  /** Start of every channel name (`<prefix>:run:<runId>:events`, `…:cancel`), to share one Redis between apps or tests. Default `buildwright`. */
  prefix?: string;
  /** How long (ms) a publish or subscribe waits for Redis before it fails with `EVENT_BUS_UNAVAILABLE`. Default 5 000. */
  timeoutMs?: number;
}

/**
 * An event bus over Redis pub/sub, for builders in several processes (API servers, workers) that
 * share a Redis: each run's events go to `<prefix>:run:<runId>:events` and cancel requests to
 * `<prefix>:run:<runId>:cancel`. Pub/sub keeps nothing: a message sent while a subscriber is
 * disconnected is lost, and watchers find it in storage. ioredis is loaded and the URL read on
 * first use; the connection reconnects and subscribes again on its own.
 *
 * @example
 * import { createBuilder } from '@buildwright/core';
 * import { postgresStorage } from '@buildwright/adapters/postgres';
 * import { redisEventBus } from '@buildwright/adapters/redis';
 *
 * const builder = createBuilder({ llm, sandbox, storage: postgresStorage(), eventBus: redisEventBus({ url: process.env.REDIS_URL }) });
 * for await (const event of builder.watch(runId)) console.log(event.seq, event.type); // a run executing in any process
 */
export function redisEventBus(options: RedisEventBusOptions = {}): EventBus {
  requirePeers('redisEventBus', ['ioredis']);
  const prefix = options.prefix ?? 'buildwright';
  const timeoutMs = options.timeoutMs ?? 5_000;
  if (prefix.length === 0 || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      docsPage: 'event-bus.md#rediseventbus',
      message: `redisEventBus needs a non-empty prefix and a timeoutMs above 0 (got prefix "${prefix}", timeoutMs ${timeoutMs}).`,
    });
  }
  const bus = 'redisEventBus';
  const wait =
    <T>(action: string) =>
    (promise: Promise<T>) =>
      withinTimeout(promise, { bus, action, timeoutMs });
  let connecting: Promise<{ publisher: Redis; subscriber: Redis }> | undefined;
  let closed = false;
  const connect = () => {
    if (closed) return Promise.reject(busUnavailable(bus, 'be used', 'it was closed'));
    connecting ??= (async () => {
      const { Redis: RedisClient } = await importPeer(bus, 'ioredis', () => import('ioredis'));
      // The connection reconnects on its own; a command waits through 3 attempts, then fails (watchers read storage), so a
      // long outage does not pile a run's events up in memory. timeoutMs bounds each wait too.
      const publisher = options.redis ?? new RedisClient(options.url ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: 3 });
      const subscriber = publisher.duplicate();
      // A lost connection is retried by ioredis; without a listener its 'error' events would be logged as unhandled.
      for (const connection of [publisher, subscriber]) connection.on('error', () => undefined);
      subscriber.on('message', (channel: string, payload: string) => subscriptions.deliver(channel, payload));
      return { publisher, subscriber };
    })();
    return connecting;
  };
  const subscriptions = new ChannelSubscriptions({
    listen: async (channel) => {
      await (await connect()).subscriber.subscribe(channel);
    },
    unlisten: async (channel) => {
      if (!closed) await (await connect()).subscriber.unsubscribe(channel);
    },
  });
  const channel = (runId: string, kind: 'events' | 'cancel') => `${prefix}:run:${runId}:${kind}`;
  const send = async (name: string, payload: string, action: string) => {
    await wait<number>(action)(connect().then(({ publisher }) => publisher.publish(name, payload)));
  };

  return {
    specificationVersion: 'v1',
    provider: 'redis',
    publish: (runId, event: BuildwrightEvent) => send(channel(runId, 'events'), JSON.stringify(event), `publish event ${event.seq} of run ${runId}`),
    subscribe: (runId, listener) =>
      subscriptions.add(
        channel(runId, 'events'),
        (payload) => {
          const event = parse(payload) as BuildwrightEvent | undefined;
          if (event && typeof event.seq === 'number') listener({ runId, seq: event.seq, event });
        },
        wait(`subscribe to run ${runId}`),
      ),
    publishCancel: (runId, request) => send(channel(runId, 'cancel'), JSON.stringify({ reason: request.reason }), `ask to cancel run ${runId}`),
    subscribeCancel: (runId, listener) =>
      subscriptions.add(
        channel(runId, 'cancel'),
        (payload) => {
          const request = parse(payload) as { reason?: unknown } | undefined;
          if (typeof request?.reason === 'string') listener({ runId, reason: request.reason });
        },
        wait(`subscribe to cancel requests of run ${runId}`),
      ),
    async close() {
      if (closed) return;
      closed = true;
      subscriptions.clear();
      const opened = await connecting?.catch(() => undefined);
      if (!opened) return;
      opened.subscriber.disconnect();
      if (options.redis) return;
      // QUIT lets replies under way arrive; a connection that is down has none and would wait for a reconnect.
      if (opened.publisher.status === 'ready') await opened.publisher.quit().catch(() => opened.publisher.disconnect());
      else opened.publisher.disconnect();
    },
  };
}

/** JSON of a message, `undefined` when another writer put something else on the channel. */
function parse(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch {
    return undefined;
  }
}
