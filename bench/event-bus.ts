// Event bus latency: from `publish` on one bus object to the listener of another (two processes'
// buses on one transport), for the in-process bus (the floor, measured in the same run), Redis
// pub/sub and Postgres LISTEN/NOTIFY; p50 and p99, and the latency each adds to the floor.
// Target (issue 15): a bus adds at most 5 ms at p99.
// Redis: BUILDWRIGHT_TEST_REDIS_URL, REDIS_URL or redis://127.0.0.1:6379 (a fresh prefix). Postgres:
// BUILDWRIGHT_TEST_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test (fresh channel names).
// A transport that cannot be reached is skipped with a message.
// Needs the built packages (node scripts/setup.mjs). Run: pnpm exec tsx bench/event-bus.ts [messages]
import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { type BuildwrightEvent, type EventBus, inProcessEventBus } from '@buildwright/core';
import { postgresEventBus } from '@buildwright/adapters/postgres';
import { redisEventBus } from '@buildwright/adapters/redis';
import { benchDatabaseUrl, benchRedisUrl, benchTag } from './bench-services.js';
import { loadAverage } from './load-average.js';

const messages = Number(process.argv[2] ?? 2_000);
/** Between two publishes (ms): a streaming model's pace, not a flood that measures queueing. */
const spacingMs = 2;
const tag = benchTag();

interface Figures {
  p50: number;
  p99: number;
  max: number;
}

/** Milliseconds from each publish to its arrival at a subscriber on the other bus object. */
async function measure(publisher: EventBus, subscriber: EventBus): Promise<Figures> {
  const runId = `bench-${randomUUID()}`;
  const sentAt = new Map<number, number>();
  const delays: number[] = [];
  let arrived!: () => void;
  const all = new Promise<void>((resolve) => (arrived = resolve));
  const off = await subscriber.subscribe(runId, ({ seq }) => {
    delays.push(performance.now() - sentAt.get(seq)!);
    if (delays.length === messages) arrived();
  });
  // Warm-up: connections opened and the first NOTIFY/PUBLISH done before timing.
  await publisher.publishCancel(runId, { reason: 'warm-up' });
  for (let seq = 1; seq <= messages; seq++) {
    const event: BuildwrightEvent = { type: 'llm.delta', runId, projectId: 'bench', seq, at: new Date().toISOString(), node: 'build', text: `token ${seq} of the streamed answer` };
    sentAt.set(seq, performance.now());
    await publisher.publish(runId, event);
    await new Promise((resolve) => setTimeout(resolve, spacingMs));
  }
  await Promise.race([all, new Promise((_, reject) => setTimeout(() => reject(new Error(`only ${delays.length} of ${messages} messages arrived`)), 30_000))]);
  await off();
  delays.sort((a, b) => a - b);
  const percentile = (p: number) => delays[Math.min(delays.length - 1, Math.floor((p / 100) * delays.length))]!;
  return { p50: percentile(50), p99: percentile(99), max: delays.at(-1)! };
}

async function measureBus(name: string, make: () => EventBus, shared = false): Promise<Figures | undefined> {
  const publisher = make();
  const subscriber = shared ? publisher : make();
  try {
    return await measure(publisher, subscriber);
  } catch (error) {
    console.log(`  ${name}: skipped (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  } finally {
    await Promise.allSettled([publisher.close(), subscriber.close()]);
  }
}

const format = (ms: number) => `${ms.toFixed(2)} ms`;
console.log(`\nEvent bus latency: publish → listener on another bus object, ${messages} llm.delta events ${spacingMs} ms apart`);
console.log(`  machine: ${cpus().length} cores, load average ${loadAverage()} (other processes share the cores; the tail follows the load)`);
const floor = (await measureBus('in-process', () => inProcessEventBus(), true))!;
console.log(`  in-process (floor): p50 ${format(floor.p50)}, p99 ${format(floor.p99)}, max ${format(floor.max)}`);
for (const [name, make] of [
  ['redis', () => redisEventBus({ url: benchRedisUrl, prefix: `bw-bench-${tag}` })],
  ['postgres', () => postgresEventBus({ connectionString: benchDatabaseUrl, prefix: `bwb_${tag}` })],
] as const) {
  const figures = await measureBus(name, make);
  if (!figures) continue;
  const added = figures.p99 - floor.p99;
  console.log(
    `  ${name}: p50 ${format(figures.p50)} (+${format(figures.p50 - floor.p50)}), p99 ${format(figures.p99)} (+${format(added)}, ${(figures.p99 / Math.max(floor.p99, 0.001)).toFixed(0)}× the floor), max ${format(figures.max)}  (target added p99 ≤ 5 ms: ${added <= 5 ? 'met' : 'MISSED'})`,
  );
}
