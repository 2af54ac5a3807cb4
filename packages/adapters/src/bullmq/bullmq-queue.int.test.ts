import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createBuilder, createWorker } from '@buildwright/core';
import type { BuildwrightEvent, Check, RunQueue, StorageAdapter, Transcript } from '@buildwright/core';
import { memorySandbox, memoryStorage, scriptedLlm } from '@buildwright/core/testing';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { bullmqQueue } from './bullmq-queue.js';

// Needs Redis on 127.0.0.1:6379 (REDIS_URL to change it). Each file uses its own BullMQ prefix.
const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `bw-test-${randomUUID().slice(0, 8)}`;
const queues: RunQueue[] = [];
const newQueue = (options: Parameters<typeof bullmqQueue>[0] = {}) => {
  const queue = bullmqQueue({ url, prefix, name: `runs-${randomUUID().slice(0, 8)}`, lockDurationMs: 2_000, stalledIntervalMs: 1_000, ownerRetryDelayMs: 50, ...options });
  queues.push(queue);
  return queue;
};

afterAll(async () => {
  await Promise.allSettled(queues.map((queue) => queue.close()));
  const redis = new Redis(url);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

const files = { 'index.html': '<div id="root"></div>', 'src/main.js': 'console.log("hi");\n' };
const app: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'A small app', steps: [{ id: 'files', title: 'Files', files: Object.keys(files) }] } }] },
    { node: 'build', toolCalls: [...Object.entries(files).map(([path, content]) => ({ name: 'write_file', arguments: { path, content } })), { name: 'finish', arguments: { summary: 'Wrote it.' } }] },
  ],
};
const times = (count: number): Transcript => ({ ...app, turns: Array.from({ length: count }, () => app.turns).flat() });
const instant: Check = { name: 'instant', run: async () => ({ status: 'passed' }) };
const adapters = (storage: StorageAdapter, checks: Check[] = [instant], runs = 1) => ({ llm: scriptedLlm({ transcript: times(runs) }), sandbox: memorySandbox(), storage, checks });
const comparable = (events: BuildwrightEvent[]) =>
  events.map((event) => {
    const { runId: _runId, projectId: _projectId, at: _at, ...rest } = event as BuildwrightEvent & { durationMs?: number };
    if ('durationMs' in rest) rest.durationMs = 0;
    return rest;
  });

describe('bullmqQueue', () => {
  it('default: enqueue → a worker → completed, with the same events and version as a run in process', async () => {
    const storage = memoryStorage();
    const queue = newQueue();
    const builder = createBuilder({ ...adapters(storage), queue });
    const run = builder.generate({ prompt: 'a small app' });
    const worker = createWorker({ ...adapters(storage), queue, leaseMs: 2_000 });
    const seen: BuildwrightEvent[] = [];
    for await (const event of run) seen.push(event);
    const result = await run.result;
    await worker.close();

    const direct = createBuilder(adapters(memoryStorage())).generate({ prompt: 'a small app' });
    const directEvents: BuildwrightEvent[] = [];
    for await (const event of direct) directEvents.push(event);
    expect(comparable(seen)).toEqual(comparable(directEvents));
    expect(result.version).toMatchObject({ number: 1, runId: run.runId });
    expect(result.files).toEqual((await direct.result).files);
    expect(await storage.listVersions({ ownerId: 'local', projectId: run.projectId })).toHaveLength(1);
  });

  it('behavior: perOwnerConcurrency 2 across two workers — the owner’s third run waits queued while another owner’s run proceeds', async () => {
    const storage = memoryStorage();
    const queue = newQueue();
    const entered: string[] = [];
    let open = false;
    const gate: Check = {
      name: 'gate',
      run: async (context) => {
        entered.push(context.runId);
        while (!open) await sleep(10);
        return { status: 'passed' };
      },
    };
    const builder = createBuilder({ ...adapters(storage), queue });
    const workers = ['w1', 'w2'].map((workerId) => createWorker({ ...adapters(storage, [gate], 4), queue, workerId, concurrency: 2, perOwnerConcurrency: 2, leaseMs: 2_000 }));
    const runsOfA = [1, 2, 3].map((index) => builder.generate({ prompt: `app ${index}`, ownerId: 'owner-a' }));
    while (entered.length < 2) await sleep(20);
    const runOfB = builder.generate({ prompt: 'app b', ownerId: 'owner-b' });
    while (!entered.includes(runOfB.runId)) await sleep(20);
    // Owner B's run started after A's third; A's third is still waiting its turn.
    await sleep(300);
    // Two runs of A hold its slots (which two is the queue's pick); its third waits, queued.
    expect(entered).toHaveLength(3);
    const waitingOfA = runsOfA.filter((run) => !entered.includes(run.runId));
    expect(waitingOfA).toHaveLength(1);
    expect((await storage.getRun({ ownerId: 'owner-a', runId: waitingOfA[0]!.runId }))?.status).toBe('queued');
    open = true;
    const results = await Promise.all([...runsOfA, runOfB].map((run) => run.result));
    expect(results.map((result) => result.version.number)).toEqual([1, 1, 1, 1]);
    await Promise.all(workers.map((worker) => worker.close()));
  });

  it('behavior: a job enqueued twice for one run executes it once', async () => {
    const storage = memoryStorage();
    const queue = newQueue();
    const builder = createBuilder({ ...adapters(storage), queue });
    const run = builder.generate({ prompt: 'a small app' });
    await sleep(50);
    await queue.enqueue({ runId: run.runId, ownerId: 'local' });
    const worker = createWorker({ ...adapters(storage, [instant], 2), queue, leaseMs: 2_000 });
    await run.result;
    await sleep(200);
    await worker.close();
    const events = await storage.readEvents({ ownerId: 'local', runId: run.runId });
    expect(events.filter((event) => event.type === 'run.started')).toHaveLength(1);
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
  });

  it('error: a run BullMQ gives up on (its last attempt threw) is stored as failed with RUN_ABANDONED and its run.failed at the next seq; handles end', async () => {
    const memory = memoryStorage();
    // A database that answers everything but the checkpoint read: every attempt of the job throws.
    const storage: StorageAdapter = {
      ...memory,
      getCheckpoint: async () => {
        throw new Error('checkpoint table unreachable');
      },
    };
    const queue = newQueue({ attempts: 2, backoffMs: 50 });
    const finished: string[] = [];
    const builder = createBuilder({ ...adapters(storage), queue });
    const run = builder.generate({ prompt: 'a small app' });
    const worker = createWorker({ ...adapters(storage), queue, leaseMs: 500, onRunFinished: ({ run: record, status }) => void finished.push(`${record.id}:${status}`) });
    const seen: BuildwrightEvent[] = [];
    for await (const event of run) seen.push(event);
    const error = await run.result.then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    await worker.close();

    expect(error).toMatchObject({ code: 'RUN_ABANDONED' });
    expect((error as Error).message).toContain('checkpoint table unreachable');
    const stored = await memory.readEvents({ ownerId: 'local', runId: run.runId });
    expect(stored.at(-1)).toMatchObject({ type: 'run.failed', code: 'RUN_ABANDONED', seq: stored.length });
    expect(stored.map((event) => event.seq)).toEqual(stored.map((_, index) => index + 1));
    expect(seen.at(-1)).toMatchObject({ type: 'run.failed', code: 'RUN_ABANDONED' });
    expect(await memory.getRun({ ownerId: 'local', runId: run.runId })).toMatchObject({ status: 'failed', error: { code: 'RUN_ABANDONED' } });
    expect(finished).toEqual([`${run.runId}:failed`]);
  });

  it('error: invalid options are INVALID_INPUT when the queue is created', () => {
    expect(() => bullmqQueue({ attempts: 0 })).toThrow(/attempts must be a positive integer/);
  });
});
