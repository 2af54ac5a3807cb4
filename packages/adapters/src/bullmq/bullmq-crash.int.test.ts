import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createBuilder } from '@buildwright/core';
import type { BuildwrightEvent, Transcript } from '@buildwright/core';
import { memorySandbox, memoryStorage, scriptedLlm } from '@buildwright/core/testing';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresStorage } from '../postgres/index.js';
import { redisEventBus } from '../redis/index.js';
import { testDatabaseUrl, urlWithSchema } from '../postgres/own-database.test-support.js';
import { usageSum } from '../../../core/src/run/host-hooks.test-support.js';
import { bullmqQueue } from './bullmq-queue.js';
import { queueTestCheck } from './queue-test-check.test-support.js';
import type { QueueWorkerPlan } from './queue-worker-process.test-support.js';

// Worker processes on one Postgres and one Redis; one is SIGKILLed mid-run and another resumes the
// run from its checkpoint; the builder follows the run over the Redis event bus the workers publish
// on. Needs Postgres (BUILDWRIGHT_TEST_DATABASE_URL or the local `test`
// database) and Redis (REDIS_URL or 127.0.0.1:6379); works in its own schema and BullMQ prefix.
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const tag = randomUUID().replaceAll('-', '').slice(0, 12);
const schema = `bw_test_${tag}_queue`;
const prefix = `bw-test-${tag}`;
const schemaUrl = urlWithSchema(schema);
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const script = fileURLToPath(new URL('./queue-worker-process.test-support.ts', import.meta.url));

const files = { 'index.html': '<div id="root"></div>', 'src/main.js': 'import { greet } from "./greet.js";\nconsole.log(greet());\n', 'src/greet.js': 'export const greet = () => "hi";\n' };
const transcript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'A small app', steps: [{ id: 'files', title: 'Files', files: Object.keys(files) }] } }] },
    { node: 'build', toolCalls: [...Object.entries(files).map(([path, content]) => ({ name: 'write_file', arguments: { path, content } })), { name: 'finish', arguments: { summary: 'Wrote it.' } }] },
  ],
};

const admin = new pg.Pool({ connectionString: testDatabaseUrl, max: 1 });
const children: ChildProcess[] = [];
beforeAll(async () => {
  await admin.query(`CREATE SCHEMA ${schema}`);
});
afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

function startWorker(plan: QueueWorkerPlan) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(plan)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const handle = {
    child,
    exited,
    /** The runs this worker reported to onRunFinished (its `FINISHED` lines). */
    finished: () => [...stdout.matchAll(/^FINISHED (.+)$/gm)].map((match) => JSON.parse(match[1]!) as { runId: string; status: string; usage: unknown }),
    async waitFor(pattern: RegExp, timeoutMs = 60_000) {
      const started = Date.now();
      while (Date.now() - started < timeoutMs) {
        if (pattern.test(stdout)) return;
        if (child.exitCode !== null || child.signalCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      throw new Error(`worker ${plan.workerId} did not print ${pattern}:\n${stdout.slice(-2000)}\n${stderr.slice(-4000)}`);
    },
  };
  children.push(child);
  return handle;
}

/** The uninterrupted run: the same transcript and check, in one process. */
async function uninterrupted() {
  const run = createBuilder({ llm: scriptedLlm({ transcript }), sandbox: memorySandbox(), storage: memoryStorage(), checks: [queueTestCheck] }).generate({ prompt: 'a small app' });
  const events: BuildwrightEvent[] = [];
  for await (const event of run) events.push(event);
  return { events, result: await run.result };
}

/**
 * Queues one generation on a new queue, lets a worker process take it and SIGKILLs that worker at
 * `pause`. Returns the run's handle, the events it has seen (growing), those stored at the kill,
 * and how to start the next worker (with the same `worker` options); call `close` when done.
 */
async function queueAndKillMidRun(pause: NonNullable<QueueWorkerPlan['pause']>, worker: Partial<QueueWorkerPlan> = {}) {
  const name = `runs-${randomUUID().slice(0, 8)}`;
  const storage = postgresStorage({ connectionString: schemaUrl });
  const queue = bullmqQueue({ url: redisUrl, prefix, name, lockDurationMs: 2_000, stalledIntervalMs: 1_000 });
  const eventBus = redisEventBus({ url: redisUrl, prefix });
  const plan = (workerId: string): QueueWorkerPlan => ({ workerId, databaseUrl: schemaUrl, redisUrl, prefix, name, transcript, ...worker });
  const close = async () => {
    await queue.close();
    await eventBus.close();
    await storage.close();
  };
  try {
    await storage.migrate();
    const doomed = startWorker({ ...plan('doomed'), pause });
    await doomed.waitFor(/READY/);
    const builder = createBuilder({ llm: scriptedLlm({ transcript }), sandbox: memorySandbox(), storage, checks: [queueTestCheck], queue, eventBus });
    const run = builder.generate({ prompt: 'a small app' });
    const seen: BuildwrightEvent[] = [];
    run.on('event', (event) => seen.push(event));
    await doomed.waitFor(/PAUSED/);
    const storedAtKill = await storage.readEvents({ ownerId: 'local', runId: run.runId });
    doomed.child.kill('SIGKILL');
    await doomed.exited;
    return { storage, run, seen, storedAtKill, doomed, startNextWorker: (workerId: string) => startWorker(plan(workerId)), close };
  } catch (error) {
    await close();
    throw error;
  }
}

describe('bullmqQueue: a worker SIGKILLed mid-run', () => {
  it.each([
    ['before its first node (after run.started)', { type: 'run.started', occurrence: 1 }],
    ['during the build (after its first file.written)', { type: 'file.written', occurrence: 1 }],
    ['during a check (after check.started)', { type: 'check.started', occurrence: 1 }],
    ['between its version and its end (after version.created)', { type: 'version.created', occurrence: 1 }],
  ])(
    'behavior: %s — another worker resumes from the checkpoint: no event lost or repeated by seq, one version, the same files, onRunFinished told once with all the usage',
    async (_point, pause) => {
      const { storage, run, seen, storedAtKill, doomed, startNextWorker, close } = await queueAndKillMidRun(pause);
      try {
        const rescuer = startNextWorker('rescuer');
        const result = await run.result;
        rescuer.child.kill('SIGTERM');
        await rescuer.exited;

        const events = await storage.readEvents({ ownerId: 'local', runId: run.runId });
        const baseline = await uninterrupted();
        // Every event stored before the kill is kept as it was; numbering goes on without a gap or a repeat.
        expect(events.slice(0, storedAtKill.length)).toEqual(storedAtKill);
        expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
        expect(events.filter((event) => event.type === 'run.started').map((event) => (event as { mode: string }).mode)).toEqual(['generate', 'resume']);
        // Resumed from the checkpoint: the plan is never made again; after a kill in a check or later, the build is not redone either.
        expect(events.filter((event) => event.type === 'plan.created')).toHaveLength(1);
        if (pause.type !== 'run.started' && pause.type !== 'file.written') expect(events.filter((event) => event.type === 'file.written')).toHaveLength(Object.keys(files).length);
        expect(events.at(-1)?.type).toBe('run.completed');
        expect(events.filter((event) => event.type === 'version.created')).toHaveLength(1);
        // The handle, following over the bus across the kill, saw each stored event once, in order.
        expect(seen).toEqual(events);
        expect(await storage.listVersions({ ownerId: 'local', projectId: run.projectId })).toHaveLength(1);
        expect((await storage.getVersionFiles({ ownerId: 'local', projectId: run.projectId }))?.files).toEqual(baseline.result.files);
        expect(result.files).toEqual(baseline.result.files);
        expect((await storage.getRun({ ownerId: 'local', runId: run.runId }))?.status).toBe('completed');
        // The user's prompt and the model's answer are stored once each.
        expect((await storage.listMessages({ ownerId: 'local', projectId: run.projectId })).map((message) => message.role)).toEqual(['user', 'assistant']);
        // onRunFinished: once, by the worker that ended the run, with the usage of both workers' model calls.
        expect(doomed.finished()).toEqual([]);
        expect(rescuer.finished()).toEqual([
          {
            runId: run.runId,
            ownerId: 'local',
            status: 'completed',
            usage: usageSum(events),
          },
        ]);
        expect(events.filter((event) => event.type === 'usage').length).toBeGreaterThan(1);
      } finally {
        await close();
      }
    },
    120_000,
  );

  it('error: a run whose worker died more often than maxStalledCount is stored as failed with RUN_ABANDONED and its run.failed at the next seq; the handle ends', async () => {
    const { storage, run, storedAtKill, startNextWorker, close } = await queueAndKillMidRun({ type: 'file.written', occurrence: 1 }, { maxStalledCount: 0 });
    try {
      // maxStalledCount 0: the first stall is one too many, so BullMQ fails the job instead of handing it over.
      const next = startNextWorker('next');
      const error = await run.result.then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      next.child.kill('SIGTERM');
      await next.exited;

      expect(error).toMatchObject({ code: 'RUN_ABANDONED' });
      expect((error as Error).message).toContain('job stalled more than allowable limit');
      const events = await storage.readEvents({ ownerId: 'local', runId: run.runId });
      expect(events.slice(0, storedAtKill.length)).toEqual(storedAtKill);
      expect(events).toHaveLength(storedAtKill.length + 1);
      expect(events.at(-1)).toMatchObject({ type: 'run.failed', code: 'RUN_ABANDONED', seq: storedAtKill.length + 1 });
      expect(await storage.getRun({ ownerId: 'local', runId: run.runId })).toMatchObject({ status: 'failed', error: { code: 'RUN_ABANDONED' } });
      expect(await storage.listVersions({ ownerId: 'local', projectId: run.projectId })).toHaveLength(0);
    } finally {
      await close();
    }
  }, 120_000);
});
