import { randomUUID } from 'node:crypto';
import { runEventBusSpec } from '@buildwright/core/testing';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { redisEventBus } from './redis-event-bus.js';

// Needs a Redis server: BUILDWRIGHT_TEST_REDIS_URL, or the local one. A prefix of its own per run of this file.
const url = process.env.BUILDWRIGHT_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `bw-test-${randomUUID()}`;

runEventBusSpec(() => redisEventBus({ url, prefix }), { name: 'redisEventBus' });

describe('redisEventBus', () => {
  const opened: Redis[] = [];
  afterAll(() => {
    for (const connection of opened) connection.disconnect();
  });

  it('default: creating it does no I/O, and a closed bus refuses work with EVENT_BUS_UNAVAILABLE', async () => {
    const bus = redisEventBus({ url: 'redis://127.0.0.1:1', prefix });
    expect(bus.provider).toBe('redis');
    await bus.close();
    await expect(bus.publishCancel('run-1', { reason: 'x' })).rejects.toMatchObject({ code: 'EVENT_BUS_UNAVAILABLE' });
  });

  it('args: channels start with the prefix; buses with other prefixes do not hear each other', async () => {
    const runId = randomUUID();
    const watcher = new Redis(url);
    opened.push(watcher);
    const heard: string[] = [];
    await watcher.psubscribe(`${prefix}:*`);
    watcher.on('pmessage', (_pattern: string, channel: string) => heard.push(channel));
    const [mine, other] = [redisEventBus({ url, prefix }), redisEventBus({ url, prefix: `${prefix}-other` })];
    const received: number[] = [];
    const off = await other.subscribe(runId, (message) => received.push(message.seq));
    await mine.publishCancel(runId, { reason: 'x' });
    await mine.publish(runId, { type: 'run.cancelled', runId, projectId: 'p', seq: 1, at: new Date().toISOString(), reason: 'x' });
    while (heard.length < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard).toEqual([`${prefix}:run:${runId}:cancel`, `${prefix}:run:${runId}:events`]);
    expect(received).toEqual([]);
    await off();
    await Promise.all([mine.close(), other.close()]);
  });

  it('args: a connection of your own is used and left open', async () => {
    const own = new Redis(url);
    opened.push(own);
    const bus = redisEventBus({ redis: own, prefix });
    const runId = randomUUID();
    const reasons: string[] = [];
    const off = await bus.subscribeCancel(runId, (request) => reasons.push(request.reason));
    await bus.publishCancel(runId, { reason: 'own connection' });
    while (reasons.length < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    await off();
    await bus.close();
    expect(reasons).toEqual(['own connection']);
    expect(await own.ping()).toBe('PONG');
  });

  it('error: an unreachable server fails subscribe with EVENT_BUS_UNAVAILABLE after timeoutMs', async () => {
    const bus = redisEventBus({ url: 'redis://127.0.0.1:1', prefix, timeoutMs: 300 });
    const started = Date.now();
    await expect(bus.subscribe('run-1', () => undefined)).rejects.toMatchObject({ code: 'EVENT_BUS_UNAVAILABLE', retryable: true, message: expect.stringContaining('within 300 ms') });
    expect(Date.now() - started).toBeLessThan(3_000);
    await bus.close();
  });
});
