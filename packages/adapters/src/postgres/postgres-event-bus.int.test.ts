import { runEventBusSpec } from '@buildwright/core/testing';
import type { BuildwrightEvent } from '@buildwright/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOwnDatabase } from './own-database.test-support.js';
import { maxNotifyPayloadBytes, postgresEventBus } from './postgres-event-bus.js';

// A database of its own: NOTIFY channels are per database.
let database!: Awaited<ReturnType<typeof createOwnDatabase>>;
beforeAll(async () => {
  database = await createOwnDatabase('bus');
});
afterAll(async () => {
  await database?.drop();
});

runEventBusSpec(() => postgresEventBus({ connectionString: database.url }), { name: 'postgresEventBus' });

const outputEvent = (runId: string, seq: number, text: string): BuildwrightEvent => ({
  type: 'command.output',
  runId,
  projectId: 'p',
  seq,
  at: new Date(0).toISOString(),
  commandId: 'c',
  stream: 'stdout',
  text,
});
const until = async (done: () => boolean) => {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

describe('postgresEventBus', () => {
  it('behavior: an event that fits NOTIFY arrives whole; a larger one arrives as its seq alone', async () => {
    const bus = postgresEventBus({ connectionString: database.url });
    const runId = crypto.randomUUID();
    const messages: Array<{ seq: number; event: BuildwrightEvent | null }> = [];
    const off = await bus.subscribe(runId, (message) => messages.push(message));
    const fits = outputEvent(runId, 1, 'x'.repeat(maxNotifyPayloadBytes - 400));
    // Multi-byte text: the limit is in bytes, not characters.
    const tooLarge = outputEvent(runId, 2, 'é'.repeat(maxNotifyPayloadBytes / 2));
    await bus.publish(runId, fits);
    await bus.publish(runId, tooLarge);
    await until(() => messages.length >= 2);
    expect(messages).toEqual([
      { runId, seq: 1, event: fits },
      { runId, seq: 2, event: null },
    ]);
    await off();
    await bus.close();
  });

  it('args: buses with other prefixes do not hear each other; a bad prefix is refused at once', async () => {
    const [mine, other] = [postgresEventBus({ connectionString: database.url, prefix: 'app_one' }), postgresEventBus({ connectionString: database.url, prefix: 'app_two' })];
    const runId = crypto.randomUUID();
    const heardMine: number[] = [];
    const heardOther: number[] = [];
    const offs = [await mine.subscribe(runId, (message) => heardMine.push(message.seq)), await other.subscribe(runId, (message) => heardOther.push(message.seq))];
    await mine.publish(runId, outputEvent(runId, 1, 'a'));
    await until(() => heardMine.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heardOther).toEqual([]);
    for (const off of offs) await off();
    await Promise.all([mine.close(), other.close()]);
    expect(() => postgresEventBus({ connectionString: database.url, prefix: 'Bad-Prefix' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('behavior: a listening connection that is lost is opened again and listens to its channels again', async () => {
    const bus = postgresEventBus({ connectionString: database.url });
    const runId = crypto.randomUUID();
    const seqs: number[] = [];
    const reasons: string[] = [];
    const offs = [await bus.subscribe(runId, (message) => seqs.push(message.seq)), await bus.subscribeCancel(runId, (request) => reasons.push(request.reason))];
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    const killed = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`);
    expect(killed.rows.length).toBeGreaterThan(0);
    // Published until the new connection listens: what was sent in between is lost (watchers read storage).
    let seq = 0;
    while (seqs.length === 0) {
      await bus.publish(runId, outputEvent(runId, ++seq, 'again'));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await bus.publishCancel(runId, { reason: 'after the reconnect' });
    await until(() => reasons.length >= 1);
    expect(reasons).toEqual(['after the reconnect']);
    await admin.end();
    for (const off of offs) await off();
    await bus.close();
  });

  it('error: no connection string names DATABASE_URL; an unreachable server is EVENT_BUS_UNAVAILABLE', async () => {
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      await expect(postgresEventBus().subscribe('r', () => undefined)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('DATABASE_URL') });
    } finally {
      if (saved !== undefined) process.env.DATABASE_URL = saved;
    }
    const unreachable = postgresEventBus({ connectionString: 'postgres://postgres@127.0.0.1:1/none', timeoutMs: 500 });
    await expect(unreachable.publish('r', outputEvent('r', 1, 'x'))).rejects.toMatchObject({ code: 'EVENT_BUS_UNAVAILABLE', retryable: true });
    await unreachable.close();
  });
});
