// Runs on a queue: runs per minute with 1, 2 and 4 worker processes (BullMQ on Redis, Postgres
// storage, the Redis event bus, the memory sandbox, the scripted model, an instant check), against
// the floor measured in the same run: the same runs executed back to back in one process without a
// queue. Prints the figures, each against the floor and against one worker, the load average, and
// where a queued run's time goes: storage calls and SQL statements per run and per event, and the
// CPU time per run of the workers, of this (the enqueuing) process, of Postgres and of Redis.
// Target (issue 15): throughput scales ≥ 1.8× from 1 to 2 workers on this machine.
// Run (Postgres and Redis up; no heavy test at the same time):
//   flock /tmp/bw-heavy.lock pnpm exec tsx bench/queue.ts [--runs 40] [--model-ms 0]
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createBuilder, pacedLlm } from '@buildwright/core';
import { memorySandbox, memoryStorage, scriptedLlm } from '@buildwright/core/doubles';
import { bullmqQueue } from '@buildwright/adapters/bullmq';
import { postgresStorage } from '@buildwright/adapters/postgres';
import { redisEventBus } from '@buildwright/adapters/redis';
import { benchRedisUrl, benchSchema, benchTag } from './bench-services.js';
import { loadAverage } from './load-average.js';
import { addFigures, type CallFigures, countingStorage, countSqlStatements, largest, ownCpuMs, type ProcessFigures, serverCpuMs } from './queue-profile.js';
import { benchTranscript } from './queue-transcript.js';

// ioredis is a (dev) dependency of the adapters.
const { Redis } = createRequire(new URL('../packages/adapters/package.json', import.meta.url))('ioredis') as {
  Redis: new (url: string) => { keys(pattern: string): Promise<string[]>; del(...keys: string[]): Promise<number>; quit(): Promise<unknown> };
};

const option = (name: string) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
};
const runs = Number(option('--runs') ?? 40);
const modelMs = Number(option('--model-ms') ?? 0);
const redisUrl = benchRedisUrl;
const tag = benchTag();
const prefix = `bw-bench-${tag}`;
const root = fileURLToPath(new URL('../', import.meta.url));
const workerScript = fileURLToPath(new URL('./queue-worker.ts', import.meta.url));
const check = { name: 'instant', run: async () => ({ status: 'passed' as const }) };
const statements = countSqlStatements();

/** The floor: `runs` runs back to back in this process, no queue (memory storage). */
async function floor(): Promise<number> {
  const builder = createBuilder({ llm: pacedLlm(scriptedLlm({ transcript: benchTranscript(runs) }), modelMs), sandbox: memorySandbox(), storage: memoryStorage(), checks: [check] });
  const started = performance.now();
  for (let index = 0; index < runs; index++) await builder.generate({ prompt: `app ${index}` }).result;
  return (runs / (performance.now() - started)) * 60_000;
}

function startWorker(databaseUrl: string, name: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript, JSON.stringify({ databaseUrl, redisUrl, prefix, name, modelMs, runs })], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('READY')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`a worker exited with ${code} before it was ready`)));
  });
  const figures = new Promise<ProcessFigures>((resolve, reject) =>
    child.on('exit', () => {
      const line = output.split('\n').find((text) => text.startsWith('FIGURES '));
      if (line) resolve(JSON.parse(line.slice('FIGURES '.length)) as ProcessFigures);
      else reject(new Error('a worker exited without its figures'));
    }),
  );
  return { child, ready, figures };
}

interface Phase {
  workerCount: number;
  perMinute: number;
  events: number;
  workers: ProcessFigures;
  enqueuing: ProcessFigures;
  postgresCpuMs: number;
  redisCpuMs: number;
  wallMs: number;
}

/** Runs per minute with `count` worker processes (every run enqueued at once, timed until the last completes), and where the time went. */
async function withWorkers(databaseUrl: string, count: number): Promise<Phase> {
  const name = `runs-${count}`;
  const storage = postgresStorage({ connectionString: databaseUrl });
  const queue = bullmqQueue({ url: redisUrl, prefix, name });
  const eventBus = redisEventBus({ url: redisUrl, prefix });
  const workers = Array.from({ length: count }, () => startWorker(databaseUrl, name));
  await Promise.all(workers.map((worker) => worker.ready));
  const calls: CallFigures = {};
  const builder = createBuilder({ llm: scriptedLlm({ transcript: benchTranscript(1) }), sandbox: memorySandbox(), storage: countingStorage(storage, calls), checks: [check], queue, eventBus });
  for (const key of Object.keys(statements)) delete statements[key];
  const before = { cpuMs: ownCpuMs(), postgres: serverCpuMs('postgres'), redis: serverCpuMs('redis-server') };
  const started = performance.now();
  let events = 0;
  const handles = Array.from({ length: runs }, (_, index) => builder.generate({ prompt: `app ${index}`, ownerId: `owner-${index % 8}` }));
  for (const handle of handles) handle.on('event', () => events++);
  await Promise.all(handles.map((handle) => handle.result));
  const wallMs = performance.now() - started;
  const phase: Phase = {
    workerCount: count,
    perMinute: (runs / wallMs) * 60_000,
    events,
    workers: { calls: {}, statements: {}, cpuMs: 0 },
    enqueuing: { calls: structuredClone(calls), statements: { ...statements }, cpuMs: ownCpuMs() - before.cpuMs },
    postgresCpuMs: serverCpuMs('postgres') - before.postgres,
    redisCpuMs: serverCpuMs('redis-server') - before.redis,
    wallMs,
  };
  for (const worker of workers) worker.child.kill('SIGTERM');
  for (const figures of await Promise.all(workers.map((worker) => worker.figures))) addFigures(phase.workers, figures);
  await queue.close();
  await eventBus.close();
  await storage.close();
  return phase;
}

/** Where the time of a phase went, per run and per event. */
function printProfile(phase: Phase): void {
  const sum = (values: Record<string, number>) => Object.values(values).reduce((total, value) => total + value, 0);
  const perEvent = phase.events / runs;
  const workerStatements = sum(phase.workers.statements);
  const counts = Object.fromEntries(Object.entries(phase.workers.calls).map(([method, { count }]) => [method, count]));
  const waits = Object.fromEntries(Object.entries(phase.workers.calls).map(([method, { ms }]) => [method, ms]));
  console.log(
    `    per run: ${perEvent.toFixed(0)} events; wall ${(phase.wallMs / runs).toFixed(0)} ms per run overall (each worker's warm-up run, before timing: ${((phase.workers.warmUpCpuMs ?? 0) / phase.workerCount).toFixed(0)} ms CPU)`,
  );
  console.log(`    worker storage calls per run: ${sum(counts) / runs} (${largest(counts, runs)}), waited ${(sum(waits) / runs).toFixed(0)} ms (${largest(waits, runs, 4)} ms)`);
  console.log(
    `    worker SQL statements (round trips) per run: ${(workerStatements / runs).toFixed(0)}, ${(workerStatements / phase.events).toFixed(1)} per event (${largest(phase.workers.statements, runs)})`,
  );
  console.log(`    enqueuing process SQL statements per run: ${(sum(phase.enqueuing.statements) / runs).toFixed(0)} (${largest(phase.enqueuing.statements, runs, 4)})`);
  console.log(
    `    CPU per run: workers ${(phase.workers.cpuMs / runs).toFixed(0)} ms, enqueuing process ${(phase.enqueuing.cpuMs / runs).toFixed(0)} ms, Postgres ${(phase.postgresCpuMs / runs).toFixed(0)} ms, Redis ${(phase.redisCpuMs / runs).toFixed(0)} ms; all four ${(((phase.workers.cpuMs + phase.enqueuing.cpuMs + phase.postgresCpuMs + phase.redisCpuMs) / phase.wallMs) * 100).toFixed(0)}% of one core over the phase (${cpus().length} cores)`,
  );
}

const database = await benchSchema(tag);
try {
  const migrating = postgresStorage({ connectionString: database.url });
  await migrating.migrate();
  await migrating.close();
  const floorPerMinute = await floor();
  console.log(`${runs} runs, model ${modelMs} ms per call; load average before: ${loadAverage()}`);
  console.log(`floor (in process, no queue): ${floorPerMinute.toFixed(0)} runs/min`);
  const figures: Record<number, number> = {};
  for (const count of [1, 2, 4]) {
    const phase = await withWorkers(database.url, count);
    figures[count] = phase.perMinute;
    console.log(
      `${count} worker${count === 1 ? ' ' : 's'}: ${figures[count]!.toFixed(0)} runs/min (${(figures[count]! / floorPerMinute).toFixed(2)}× the floor, ${(figures[count]! / figures[1]!).toFixed(2)}× one worker); load average ${loadAverage()}`,
    );
    printProfile(phase);
  }
  const scaling = figures[2]! / figures[1]!;
  console.log(`1 → 2 workers: ${scaling.toFixed(2)}× (target ≥ 1.8×) ${scaling >= 1.8 ? 'met' : 'NOT met'}; load average after: ${loadAverage()}`);
} finally {
  await database.drop();
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
}
