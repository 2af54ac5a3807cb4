// Runs on a queue: runs per minute with 1, 2 and 4 worker processes (BullMQ on Redis, Postgres
// storage, the memory sandbox, the scripted model, an instant check), against the floor measured in
// the same run: the same runs executed back to back in one process without a queue. Prints the
// figures, each against the floor and against one worker, and the load average.
// Target (issue 15): throughput scales ≥ 1.8× from 1 to 2 workers on this machine.
// Run (Postgres and Redis up; no heavy test at the same time):
//   flock /tmp/bw-heavy.lock pnpm exec tsx bench/queue.ts [--runs 40] [--model-ms 0]
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createBuilder, pacedLlm } from '@buildwright/core';
import { memorySandbox, memoryStorage, scriptedLlm } from '@buildwright/core/doubles';
import { bullmqQueue } from '@buildwright/adapters/bullmq';
import { postgresStorage } from '@buildwright/adapters/postgres';
import { benchTranscript } from './queue-transcript.js';

// pg and ioredis are the adapters' (dev) dependencies.
const fromAdapters = createRequire(new URL('../packages/adapters/package.json', import.meta.url));
const pg = fromAdapters('pg') as { Pool: new (config: { connectionString: string; max?: number }) => { query(text: string): Promise<unknown>; end(): Promise<void> } };
const { Redis } = fromAdapters('ioredis') as { Redis: new (url: string) => { keys(pattern: string): Promise<string[]>; del(...keys: string[]): Promise<number>; quit(): Promise<unknown> } };

const option = (name: string) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};
const runs = Number(option('--runs') ?? 40);
const modelMs = Number(option('--model-ms') ?? 0);
const databaseUrl = process.env.BUILDWRIGHT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const tag = randomUUID().replaceAll('-', '').slice(0, 12);
const schema = `bw_bench_${tag}`;
const prefix = `bw-bench-${tag}`;
const schemaUrl = (() => {
  const url = new URL(databaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
})();
const root = fileURLToPath(new URL('../', import.meta.url));
const workerScript = fileURLToPath(new URL('./queue-worker.ts', import.meta.url));
const check = { name: 'instant', run: async () => ({ status: 'passed' as const }) };
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** The floor: `runs` runs back to back in this process, no queue (memory storage). */
async function floor(): Promise<number> {
  const builder = createBuilder({ llm: pacedLlm(scriptedLlm({ transcript: benchTranscript(runs) }), modelMs), sandbox: memorySandbox(), storage: memoryStorage(), checks: [check] });
  const started = performance.now();
  for (let index = 0; index < runs; index++) await builder.generate({ prompt: `app ${index}` }).result;
  return (runs / (performance.now() - started)) * 60_000;
}

function startWorker(name: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript, JSON.stringify({ databaseUrl: schemaUrl, redisUrl, prefix, name, modelMs, runs })], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('READY') && resolve());
    child.on('exit', (code) => reject(new Error(`a worker exited with ${code} before it was ready`)));
  });
  return { child, ready, exited: new Promise((resolve) => child.on('exit', resolve)) };
}

/** Runs per minute with `count` worker processes: every run enqueued at once, timed until the last completes. */
async function withWorkers(count: number): Promise<number> {
  const name = `runs-${count}`;
  const storage = postgresStorage({ connectionString: schemaUrl });
  const queue = bullmqQueue({ url: redisUrl, prefix, name });
  const workers = Array.from({ length: count }, () => startWorker(name));
  await Promise.all(workers.map((worker) => worker.ready));
  const builder = createBuilder({ llm: scriptedLlm({ transcript: benchTranscript(1) }), sandbox: memorySandbox(), storage, checks: [check], queue });
  const started = performance.now();
  const handles = Array.from({ length: runs }, (_, index) => builder.generate({ prompt: `app ${index}`, ownerId: `owner-${index % 8}` }));
  await Promise.all(handles.map((handle) => handle.result));
  const perMinute = (runs / (performance.now() - started)) * 60_000;
  for (const worker of workers) worker.child.kill('SIGTERM');
  await Promise.all(workers.map((worker) => worker.exited));
  await queue.close();
  await storage.close();
  return perMinute;
}

const admin = new pg.Pool({ connectionString: databaseUrl, max: 1 });
await admin.query(`CREATE SCHEMA ${schema}`);
try {
  await postgresStorage({ connectionString: schemaUrl }).migrate();
  const floorPerMinute = await floor();
  console.log(`${runs} runs, model ${modelMs} ms per call; load average before: ${load()}`);
  console.log(`floor (in process, no queue): ${floorPerMinute.toFixed(0)} runs/min`);
  const figures: Record<number, number> = {};
  for (const count of [1, 2, 4]) {
    figures[count] = await withWorkers(count);
    console.log(
      `${count} worker${count === 1 ? ' ' : 's'}: ${figures[count]!.toFixed(0)} runs/min (${(figures[count]! / floorPerMinute).toFixed(2)}× the floor, ${(figures[count]! / figures[1]!).toFixed(2)}× one worker)`,
    );
  }
  const scaling = figures[2]! / figures[1]!;
  console.log(`1 → 2 workers: ${scaling.toFixed(2)}× (target ≥ 1.8×) ${scaling >= 1.8 ? 'met' : 'NOT met'}; load average after: ${load()}`);
} finally {
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
}
