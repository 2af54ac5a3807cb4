import { createHash } from 'node:crypto';
import { BuildwrightError, type BuildwrightEvent, type EventBus } from '@buildwright/core';
import type { Client } from 'pg';
import { busUnavailable, withinTimeout } from '../internal/bus-unavailable.js';
import { ChannelSubscriptions } from '../internal/channel-subscriptions.js';
import { importPeer, requirePeers } from '../internal/peer-dependency.js';

/** Options of {@link postgresEventBus}. */
export interface PostgresEventBusOptions {
  /** `postgres://user:password@host:5432/database` (the storage's database); defaults to the DATABASE_URL environment variable. */
  connectionString?: string;
  /**
   * Start of every channel name, to share one database between apps or tests: lowercase letters,
   * digits and `_`, at most 20 characters, starting with a letter. Default `buildwright`.
   */
  prefix?: string;
  /** How long (ms) connecting, a publish or a subscribe waits before it fails with `EVENT_BUS_UNAVAILABLE`. Default 5 000. */
  timeoutMs?: number;
}

/** NOTIFY refuses a payload of 8000 bytes or more (the server's default limit). */
export const maxNotifyPayloadBytes = 7_999;

/**
 * An event bus over Postgres LISTEN/NOTIFY, for builders in several processes that share the
 * storage's database and no Redis. Each run has two channels (events, cancel requests), named
 * from the prefix and a hash of the run id. An event whose JSON does not fit NOTIFY's 8000 bytes
 * (a long command output) is sent as its seq alone: watchers read it from storage, where it was
 * stored before it was published. The bus holds two connections of its own (one publishes, one
 * listens); `pg` is loaded and the connection string read on first use. A lost listening
 * connection is opened again and its channels listened to again; what was sent meanwhile is read
 * from storage by the watchers.
 *
 * @example
 * import { createBuilder } from '@buildwright/core';
 * import { postgresEventBus, postgresStorage } from '@buildwright/adapters/postgres';
 *
 * const connectionString = process.env.DATABASE_URL;
 * const builder = createBuilder({ llm, sandbox, storage: postgresStorage({ connectionString }), eventBus: postgresEventBus({ connectionString }) });
 */
export function postgresEventBus(options: PostgresEventBusOptions = {}): EventBus {
  requirePeers('postgresEventBus', ['pg']);
  const prefix = options.prefix ?? 'buildwright';
  const timeoutMs = options.timeoutMs ?? 5_000;
  if (!/^[a-z][a-z0-9_]{0,19}$/.test(prefix) || !Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      docsPage: 'event-bus.md#postgreseventbus',
      message: `postgresEventBus needs a prefix of lowercase letters, digits and _ (at most 20, starting with a letter) and a timeoutMs above 0 (got prefix "${prefix}", timeoutMs ${timeoutMs}).`,
    });
  }
  const bus = 'postgresEventBus';
  const wait =
    <T>(action: string) =>
    (promise: Promise<T>) =>
      withinTimeout(promise, { bus, action, timeoutMs });
  let closed = false;

  const connectClient = async (): Promise<SerialClient> => {
    if (closed) throw busUnavailable(bus, 'be used', 'it was closed');
    const connectionString = options.connectionString ?? process.env.DATABASE_URL;
    if (!connectionString) {
      throw new BuildwrightError({
        code: 'INVALID_INPUT',
        docsPage: 'event-bus.md#postgreseventbus',
        message: 'postgresEventBus needs a connection string: pass { connectionString } or set the DATABASE_URL environment variable.',
      });
    }
    const pg = (await importPeer(bus, 'pg', () => import('pg'))).default;
    const client = new pg.Client({ connectionString, keepAlive: true, connectionTimeoutMillis: timeoutMs });
    // A lost connection must not crash the process: 'end' follows, and the bus opens another.
    client.on('error', () => undefined);
    await client.connect();
    return serial(client);
  };

  let publisher: Promise<SerialClient> | undefined;
  const publishing = () => {
    if (!publisher) {
      const opening = connectClient();
      publisher = opening;
      opening.then(
        (client) => client.raw.on('end', () => publisher === opening && (publisher = undefined)),
        () => publisher === opening && (publisher = undefined),
      );
    }
    return publisher;
  };

  let listener: Promise<SerialClient> | undefined;
  let reconnectDelayMs = 250;
  const listening = () => {
    if (!listener) {
      const opening = (async () => {
        const client = await connectClient();
        client.raw.on('notification', (message) => subscriptions.deliver(message.channel, message.payload ?? ''));
        client.raw.on('end', () => {
          if (listener !== opening) return;
          listener = undefined;
          if (!closed && subscriptions.names.length > 0) relisten();
        });
        return client;
      })();
      listener = opening;
      opening.catch(() => listener === opening && (listener = undefined));
    }
    return listener;
  };
  /** After the listening connection was lost: a new one listens to every channel again, retried with backoff. */
  const relisten = () => {
    setTimeout(async () => {
      if (closed) return;
      try {
        const client = await listening();
        for (const channel of subscriptions.names) await client.query(`LISTEN "${channel}"`);
        reconnectDelayMs = 250;
      } catch {
        reconnectDelayMs = Math.min(reconnectDelayMs * 2, 30_000);
        if (!listener) relisten();
      }
    }, reconnectDelayMs).unref?.();
  };

  const subscriptions = new ChannelSubscriptions({
    listen: async (channel) => {
      await (await listening()).query(`LISTEN "${channel}"`);
    },
    unlisten: async (channel) => {
      if (!closed && listener) await (await listener).query(`UNLISTEN "${channel}"`);
    },
  });
  // Channel names are identifiers (at most 63 bytes): the run id goes in as a hash, and in the payload to check.
  const channel = (runId: string, kind: 'e' | 'c') => `${prefix}_${kind}_${createHash('sha256').update(runId).digest('hex').slice(0, 32)}`;
  const notify = (name: string, payload: string, action: string) =>
    wait<unknown>(action)(publishing().then((client) => client.query('SELECT pg_notify($1, $2)', [name, payload]))).then(() => undefined);

  return {
    specificationVersion: 'v1',
    provider: 'postgres',
    publish(runId, event: BuildwrightEvent) {
      const whole = JSON.stringify({ runId, seq: event.seq, event });
      const payload = Buffer.byteLength(whole, 'utf8') <= maxNotifyPayloadBytes ? whole : JSON.stringify({ runId, seq: event.seq });
      return notify(channel(runId, 'e'), payload, `publish event ${event.seq} of run ${runId}`);
    },
    subscribe: (runId, onMessage) =>
      subscriptions.add(
        channel(runId, 'e'),
        (payload) => {
          const message = parse(payload) as { runId?: unknown; seq?: unknown; event?: BuildwrightEvent } | undefined;
          if (message?.runId !== runId || typeof message.seq !== 'number') return;
          onMessage({ runId, seq: message.seq, event: message.event ?? null });
        },
        wait(`subscribe to run ${runId}`),
      ),
    publishCancel: (runId, request) =>
      // A reason long enough to break NOTIFY's limit is cut: the stored request keeps it whole.
      notify(channel(runId, 'c'), JSON.stringify({ runId, reason: request.reason.slice(0, 1_500) }), `ask to cancel run ${runId}`),
    subscribeCancel: (runId, onRequest) =>
      subscriptions.add(
        channel(runId, 'c'),
        (payload) => {
          const request = parse(payload) as { runId?: unknown; reason?: unknown } | undefined;
          if (request?.runId === runId && typeof request.reason === 'string') onRequest({ runId, reason: request.reason });
        },
        wait(`subscribe to cancel requests of run ${runId}`),
      ),
    async close() {
      if (closed) return;
      closed = true;
      subscriptions.clear();
      const clients = await Promise.all([publisher, listener].map((opening) => opening?.catch(() => undefined)));
      await Promise.all(clients.map((client) => client?.raw.end().catch(() => undefined)));
    },
  };
}

/** A connection whose queries run one after another, in call order (NOTIFYs of a run stay in publish order). */
interface SerialClient {
  raw: Client;
  query(text: string, values?: unknown[]): Promise<unknown>;
}

function serial(raw: Client): SerialClient {
  let last: Promise<unknown> = Promise.resolve();
  return {
    raw,
    query(text, values) {
      const next = last.then(() => raw.query(text, values));
      last = next.catch(() => undefined);
      return next;
    },
  };
}

/** JSON of a notification, `undefined` when another writer sent something else on the channel. */
function parse(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch {
    return undefined;
  }
}
