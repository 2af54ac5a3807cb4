import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { BuildwrightEvent } from '../events/events.js';
import { pacedLlm } from '../llm/paced-llm.js';
import type { Transcript, TranscriptTurn } from '../protocol/transcript.js';
import { storagePollMs } from '../run/follow-cancel-requests.js';
import { inProcessQueue } from '../run/in-process-queue.js';
import type { Check } from '../spec/check.js';
import type { RunLease, RunWriteOptions, StorageAdapter } from '../spec/storage.js';
import { expectCode } from '../testing/expect-code.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { createBuilder } from './create-builder.js';
import { createWorker } from './create-worker.js';

const files = { 'index.html': '<div id="root"></div>', 'src/main.js': 'console.log("hi");\n' };
const app: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'A small app', steps: [{ id: 'files', title: 'Files', files: Object.keys(files) }] } }] },
    {
      node: 'build',
      toolCalls: [...Object.entries(files).map(([path, content]) => ({ name: 'write_file', arguments: { path, content } })), { name: 'finish', arguments: { summary: 'Wrote it.' } }],
    } satisfies TranscriptTurn,
  ],
};
/** The transcript `count` times: one scripted model serving that many runs of a worker, in any order (each run takes one plan and one build turn). */
const times = (count: number): Transcript => ({ ...app, turns: Array.from({ length: count }, () => app.turns).flat() });
const passing: Check = { name: 'instant', run: async () => ({ status: 'passed' }) };

/** A check that waits until `open()` is called (per run), to hold runs mid-way. */
function gateCheck() {
  const waiting = new Map<string, () => void>();
  const entered: string[] = [];
  let opened = false;
  const check: Check = {
    name: 'gate',
    run: async (context) => {
      entered.push(context.runId);
      if (!opened) await new Promise<void>((resolve) => waiting.set(context.runId, resolve));
      return { status: 'passed' };
    },
  };
  return {
    check,
    entered,
    open() {
      opened = true;
      for (const resolve of waiting.values()) resolve();
    },
  };
}

/** Events without what differs between two runs of the same transcript (ids, times, durations). */
const comparable = (events: BuildwrightEvent[]) =>
  events.map((event) => {
    const { runId: _runId, projectId: _projectId, at: _at, ...rest } = event as BuildwrightEvent & { durationMs?: number };
    if ('durationMs' in rest) rest.durationMs = 0;
    return rest;
  });

const adapters = (storage: StorageAdapter, checks: Check[] = [passing], runs = 1) => ({ llm: scriptedLlm({ transcript: times(runs) }), sandbox: memorySandbox(), storage, checks });

/** `storage` counting its `readEvents` calls. */
function countingReads(storage: StorageAdapter) {
  let reads = 0;
  const counted = new Proxy(storage, {
    get: (target, key, receiver) => (key === 'readEvents' ? (...args: Parameters<StorageAdapter['readEvents']>) => (reads++, target.readEvents(...args)) : Reflect.get(target, key, receiver)),
  });
  return { storage: counted, reads: () => reads };
}

describe('createWorker with inProcessQueue', () => {
  it('default: a queued generate returns its handle at once, queued until a worker takes it, then the same events and version as a run in process', async () => {
    const storage = memoryStorage();
    const queue = inProcessQueue();
    const builder = createBuilder({ ...adapters(storage), queue });
    const run = builder.generate({ prompt: 'a small app' });
    await sleep(20);
    expect((await storage.getRun({ ownerId: 'local', runId: run.runId }))?.status).toBe('queued');
    const worker = createWorker({ ...adapters(storage), queue });
    const seen: BuildwrightEvent[] = [];
    for await (const event of run) seen.push(event);
    const result = await run.result;
    await worker.close();

    const inProcess = createBuilder(adapters(memoryStorage())).generate({ prompt: 'a small app' });
    const direct: BuildwrightEvent[] = [];
    for await (const event of inProcess) direct.push(event);
    const directResult = await inProcess.result;

    expect(comparable(seen)).toEqual(comparable(direct));
    expect(seen.map((event) => event.seq)).toEqual(seen.map((_, index) => index + 1));
    expect(result.files).toEqual(directResult.files);
    expect(result.version).toMatchObject({ number: 1, runId: run.runId });
    expect(result.project.id).toBe(run.projectId);
    expect((await storage.getRun({ ownerId: 'local', runId: run.runId }))?.status).toBe('completed');
  });

  it('behavior: builder.close() and worker.close() close the checks they were given (a kept browser), once each', async () => {
    const closed: string[] = [];
    const kept = (name: string): Check => ({ name, run: async () => ({ status: 'passed' }), close: async () => void closed.push(name) });
    const storage = memoryStorage();
    const queue = inProcessQueue();
    const builder = createBuilder({ ...adapters(storage), queue, checks: [kept('builder-check'), passing] });
    const worker = createWorker({ ...adapters(storage), queue, checks: [kept('worker-check')] });
    await builder.generate({ prompt: 'a small app' }).result;
    expect(closed).toEqual([]);
    await worker.close();
    await builder.close();
    expect(closed).toEqual(['worker-check', 'builder-check']);
  });

  it('behavior: watch follows a run that waits queued longer than two storage polls, to its end once a worker takes it', async () => {
    const storage = memoryStorage();
    const queue = inProcessQueue();
    const builder = createBuilder({ ...adapters(storage), queue });
    const run = builder.generate({ prompt: 'a small app' });
    await expect.poll(async () => (await storage.getRun({ ownerId: 'local', runId: run.runId }))?.status).toBe('queued');
    const watched: BuildwrightEvent[] = [];
    const watching = (async () => {
      for await (const event of builder.watch(run.runId)) watched.push(event);
    })();
    // Still queued after two of watch's storage polls: a queued run has not ended.
    await sleep(2 * storagePollMs + 500);
    const worker = createWorker({ ...adapters(storage), queue });
    await run.result;
    await watching;
    await worker.close();
    expect(watched.map((event) => event.seq)).toEqual(watched.map((_, index) => index + 1));
    expect(watched.at(-1)?.type).toBe('run.completed');
  }, 20_000);

  it('behavior: the handle of a queued run follows it live over the in-process bus a builder and a worker given the same queue share: stored events are read once, not polled', async () => {
    const storage = memoryStorage();
    const counted = countingReads(storage);
    const queue = inProcessQueue();
    const builder = createBuilder({ ...adapters(counted.storage), queue });
    // 100 ms per model call: with a storage poll every 25 ms the handle would read events about ten times.
    const worker = createWorker({ ...adapters(storage), llm: pacedLlm(scriptedLlm({ transcript: app }), 100), queue });
    const run = builder.generate({ prompt: 'a small app' });
    const seen: BuildwrightEvent[] = [];
    for await (const event of run) seen.push(event);
    await run.result;
    await worker.close();
    expect(seen).toEqual(await storage.readEvents({ ownerId: 'local', runId: run.runId }));
    // Only the read of watch when it subscribed: every later event came over the bus.
    expect(counted.reads()).toBe(1);
  });

  it('behavior: closing one builder of a queue leaves the in-process bus its other builders and workers share open', async () => {
    const storage = memoryStorage();
    const counted = countingReads(storage);
    const queue = inProcessQueue();
    const other = createBuilder({ ...adapters(storage), queue });
    const builder = createBuilder({ ...adapters(counted.storage), queue });
    const worker = createWorker({ ...adapters(storage), llm: pacedLlm(scriptedLlm({ transcript: app }), 100), queue });
    const run = builder.generate({ prompt: 'a small app' });
    const seen: BuildwrightEvent[] = [];
    for await (const event of run) {
      seen.push(event);
      // Closed while the handle is subscribed to the shared bus, before the model's first answer.
      if (event.type === 'run.started') await other.close();
    }
    await worker.close();
    expect(seen.map((event) => event.seq)).toEqual(seen.map((_, index) => index + 1));
    expect(seen.at(-1)?.type).toBe('run.completed');
    // Only the read of watch when it subscribed: every later event came over the bus.
    expect(counted.reads()).toBe(1);
  });

  it('behavior: a queued edit runs on the project’s current version', async () => {
    const storage = memoryStorage();
    const queue = inProcessQueue();
    const worker = createWorker({ ...adapters(storage, [passing], 2), queue });
    const builder = createBuilder({ ...adapters(storage), queue });
    const first = await builder.generate({ prompt: 'a small app' }).result;
    const edited = await builder.edit(first.project.id, { prompt: 'again' }).result;
    expect(edited.version).toMatchObject({ number: 2, parent: 1 });
    await worker.close();
  });

  it('behavior: host hooks apply to queued runs: a refusal stores and enqueues nothing; an admitted run is reported once by the worker, and its slot is given back', async () => {
    const storage = memoryStorage();
    const queue = inProcessQueue();
    const enqueued: string[] = [];
    const watchedQueue = { ...queue, enqueue: async (job: Parameters<typeof queue.enqueue>[0]) => (enqueued.push(job.runId), queue.enqueue(job)) };
    const refused = createBuilder({ ...adapters(storage), queue: watchedQueue, beforeRun: () => ({ refuse: { code: 'QUOTA_EXCEEDED', message: 'no more today', retryAfterSeconds: 60 } }) });
    await expectCode(refused.generate({ prompt: 'a small app' }).result, 'QUOTA_EXCEEDED');
    expect(await storage.listProjects({ ownerId: 'local' })).toEqual([]);
    expect(enqueued).toEqual([]);

    const reports: string[] = [];
    const builder = createBuilder({ ...adapters(storage), queue: watchedQueue, ownerLimits: { maxConcurrentRuns: 1 } });
    const worker = createWorker({ ...adapters(storage, [passing], 2), queue, onRunFinished: (report) => void reports.push(`${report.run.id}:${report.status}`) });
    const first = builder.generate({ prompt: 'a small app' });
    await first.result;
    // The first run's slot is free again once it ended: a second run is admitted.
    const second = builder.generate({ prompt: 'a small app' });
    await second.result;
    await expect.poll(() => reports).toEqual([`${first.runId}:completed`, `${second.runId}:completed`]);
    await worker.close();
  });

  it('behavior: a failing run ends the handle with its run.failed code, and the job is done', async () => {
    const storage = memoryStorage();
    const queue = inProcessQueue();
    const failing: Check = { name: 'never', run: async () => ({ status: 'failed', report: 'nope', issues: [] }) };
    const builder = createBuilder({ ...adapters(storage, [failing]), queue, limits: { maxFixAttempts: 0 } });
    const worker = createWorker({ ...adapters(storage, [failing]), queue, limits: { maxFixAttempts: 0 } });
    const run = builder.generate({ prompt: 'a small app' });
    await expectCode(run.result, 'CHECK_FAILED');
    expect((await storage.getRun({ ownerId: 'local', runId: run.runId }))?.status).toBe('failed');
    await worker.close();
  });

  it('error: a run whose job the queue gives up on (its last attempt threw) is stored as failed with RUN_ABANDONED at the next seq', async () => {
    const memory = memoryStorage();
    const storage: StorageAdapter = {
      ...memory,
      getCheckpoint: async () => {
        throw new Error('checkpoint table unreachable');
      },
    };
    const queue = inProcessQueue({ attempts: 2, backoffMs: 10 });
    const run = createBuilder({ llm: scriptedLlm({ transcript: app }), sandbox: memorySandbox(), storage, checks: [passing], queue }).generate({ prompt: 'a small app' });
    const worker = createWorker({ llm: scriptedLlm({ transcript: app }), sandbox: memorySandbox(), storage, checks: [passing], queue, leaseMs: 200 });
    await expectCode(run.result, 'RUN_ABANDONED');
    await worker.close();
    const stored = await memory.readEvents({ ownerId: 'local', runId: run.runId });
    expect(stored.filter((event) => event.type === 'run.failed')).toHaveLength(1);
    expect(stored.at(-1)).toMatchObject({ type: 'run.failed', code: 'RUN_ABANDONED', seq: stored.length });
    expect(await memory.getRun({ ownerId: 'local', runId: run.runId })).toMatchObject({ status: 'failed', error: { code: 'RUN_ABANDONED' } });
  });

  it('behavior: perOwnerConcurrency 2 — an owner’s third run waits queued while another owner’s run proceeds', async () => {
    const storage = memoryStorage();
    const queue = inProcessQueue();
    const gate = gateCheck();
    const builder = createBuilder({ ...adapters(storage), queue });
    const worker = createWorker({ ...adapters(storage, [gate.check], 4), queue, concurrency: 4, perOwnerConcurrency: 2 });
    const runsOfA = [1, 2, 3].map((index) => builder.generate({ prompt: `app ${index}`, ownerId: 'owner-a' }));
    await sleep(30);
    const runOfB = builder.generate({ prompt: 'app b', ownerId: 'owner-b' });
    await sleep(150);
    expect(new Set(gate.entered)).toEqual(new Set([runsOfA[0]!.runId, runsOfA[1]!.runId, runOfB.runId]));
    expect((await storage.getRun({ ownerId: 'owner-a', runId: runsOfA[2]!.runId }))?.status).toBe('queued');
    gate.open();
    await Promise.all([...runsOfA, runOfB].map((run) => run.result));
    await worker.close();
  });

  it('behavior: close() lets a run reach its next checkpoint, gives its lease up, and another worker resumes it from there to one version', async () => {
    const storage = memoryStorage();
    const queue = inProcessQueue();
    const gate = gateCheck();
    const builder = createBuilder({ ...adapters(storage), queue });
    const first = createWorker({ ...adapters(storage, [gate.check]), queue, workerId: 'first' });
    const run = builder.generate({ prompt: 'a small app' });
    while (gate.entered.length === 0) await sleep(5);
    const closing = first.close({ timeoutMs: 5_000 });
    gate.open();
    await closing;
    const stored = await storage.readEvents({ ownerId: 'local', runId: run.runId });
    expect(stored.at(-1)?.type).not.toBe('run.completed');
    expect((await storage.getRun({ ownerId: 'local', runId: run.runId }))?.status).toBe('running');
    const second = createWorker({ ...adapters(storage, [passing]), queue, workerId: 'second' });
    const result = await run.result;
    await second.close();
    const events = await storage.readEvents({ ownerId: 'local', runId: run.runId });
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    expect(events.filter((event) => event.type === 'run.started').map((event) => (event as { mode: string }).mode)).toEqual(['generate', 'resume']);
    // The plan and build were not done again: the second worker resumed after them.
    expect(events.filter((event) => event.type === 'plan.created')).toHaveLength(1);
    expect(await storage.listVersions({ ownerId: 'local', projectId: run.projectId })).toHaveLength(1);
    expect(result.files).toEqual(files);
  });

  it('error: a worker whose lease was taken over stores nothing more (RUN_LEASE_LOST refuses its writes); the new holder finishes the run', async () => {
    const storage = memoryStorage();
    // Notes the lease the worker writes with.
    let workerLease: RunLease | undefined;
    const watched = new Proxy(storage, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (key !== 'appendEvent' || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
        return (event: BuildwrightEvent, options?: RunWriteOptions) => {
          workerLease ??= options?.lease;
          return storage.appendEvent(event, options);
        };
      },
    });
    const queue = inProcessQueue();
    const gate = gateCheck();
    const builder = createBuilder({ ...adapters(storage), queue });
    const stale = createWorker({ ...adapters(watched, [gate.check]), queue, workerId: 'stale' });
    const run = builder.generate({ prompt: 'a small app' });
    while (gate.entered.length === 0) await sleep(5);
    // As after a stall: the lease ends and another worker claims the run (a higher epoch).
    await storage.releaseRun({ lease: workerLease! });
    const takenOver = await storage.claimRun({ runId: run.runId, workerId: 'other', leaseMs: 60_000 });
    expect(takenOver?.epoch).toBe(workerLease!.epoch + 1);
    const before = await storage.readEvents({ ownerId: 'local', runId: run.runId });
    gate.open();
    await stale.close();
    // The stale worker's check.passed, version and run.completed were all refused.
    expect(await storage.readEvents({ ownerId: 'local', runId: run.runId })).toEqual(before);
    expect(await storage.listVersions({ ownerId: 'local', projectId: run.projectId })).toEqual([]);
    expect((await storage.getRun({ ownerId: 'local', runId: run.runId }))?.status).toBe('running');
    // The holder gives the run back; a worker resumes it to its end.
    await storage.releaseRun({ lease: takenOver! });
    await queue.enqueue({ runId: run.runId, ownerId: 'local' });
    // Workers of a queue share one pipeline: the run resumes at its `gate` check.
    const next = createWorker({ ...adapters(storage, [gate.check]), queue, workerId: 'next' });
    const result = await run.result;
    await next.close();
    expect(result.version.number).toBe(1);
    const events = await storage.readEvents({ ownerId: 'local', runId: run.runId });
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
  });

  it('error: createWorker without a queue, or with a concurrency that is not a positive integer', () => {
    const storage = memoryStorage();
    expect(() => createWorker({ ...adapters(storage) } as never)).toThrow(/queue/);
    expect(() => createWorker({ ...adapters(storage), queue: inProcessQueue(), concurrency: 0 })).toThrow(/concurrency/);
  });
});
