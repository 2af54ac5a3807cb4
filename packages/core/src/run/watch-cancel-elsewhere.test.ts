import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { describe, expect, it } from 'vitest';
import { createBuilder } from '../builder/create-builder.js';
import { createWorker } from '../builder/create-worker.js';
import { inProcessQueue } from './in-process-queue.js';
import type { BuildwrightEvent } from '../events/events.js';
import { pacedLlm } from '../llm/paced-llm.js';
import type { EventBus } from '../spec/event-bus.js';
import type { StorageAdapter } from '../spec/storage.js';
import { inProcessEventBus } from './in-process-event-bus.js';
import { resumeTranscript } from './resume-transcript.test-support.js';

// Two builders on one storage and one bus stand for two processes: `worker` executes the run,
// `api` only watches and cancels it (the run is never in api's activeRuns). Real processes over
// Redis and Postgres: packages/adapters/src/event-bus/two-processes.int.test.ts.
const setup = (options: { eventBus?: EventBus; storage?: StorageAdapter; delayMs?: number } = {}) => {
  const storage = options.storage ?? memoryStorage();
  const eventBus = options.eventBus ?? inProcessEventBus();
  const worker = createBuilder({ llm: pacedLlm(scriptedLlm({ transcript: resumeTranscript }), options.delayMs ?? 30), sandbox: memorySandbox(), storage, eventBus });
  const api = createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage, eventBus });
  return { storage, eventBus, worker, api };
};

const collect = async (events: AsyncIterable<BuildwrightEvent>) => {
  const seen: BuildwrightEvent[] = [];
  for await (const event of events) seen.push(event);
  return seen;
};

/** A bus that drops every message whose seq `drop` picks (a transport losing messages). */
function lossyBus(bus: EventBus, drop: (seq: number) => boolean): EventBus {
  return { ...bus, subscribe: (runId, listener) => bus.subscribe(runId, (message) => (drop(message.seq) ? undefined : listener(message))) };
}

describe('watch and cancel of a run executing elsewhere', () => {
  it('default: a builder that does not execute the run follows it live to its end, every event once in seq order', async () => {
    const { worker, api } = setup();
    const run = worker.generate({ prompt: 'notes' });
    await new Promise<void>((resolve) => run.on('run.started', () => resolve()));
    const watched = await collect(api.watch(run.runId));
    await run.result;
    const stored = await api.events(run.runId);
    expect(watched).toEqual(stored);
    expect(watched.at(-1)?.type).toBe('run.completed');
  });

  it('behavior: messages lost by the bus are read from storage: no gap, no duplicate', { timeout: 20_000 }, async () => {
    // The worker publishes on the bus; the watcher's side of it loses every third message (the terminal one may be among them).
    const shared = inProcessEventBus();
    const { worker, api, storage } = setup({ eventBus: shared });
    const watching = createBuilder({ ...api.options, eventBus: lossyBus(shared, (seq) => seq % 3 === 0) });
    const run = worker.generate({ prompt: 'notes' });
    await new Promise<void>((resolve) => run.on('run.started', () => resolve()));
    const watched = await collect(watching.watch(run.runId, { afterSeq: 1 }));
    await run.result;
    expect(watched).toEqual((await storage.readEvents({ ownerId: 'local', runId: run.runId })).slice(1));
  });

  it('behavior: a watcher whose bus delivers nothing still ends with the run, from storage', { timeout: 20_000 }, async () => {
    const storage = memoryStorage();
    const worker = createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage });
    const api = createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage });
    const run = worker.generate({ prompt: 'notes' });
    await new Promise<void>((resolve) => run.on('run.started', () => resolve()));
    const watched = await collect(api.watch(run.runId));
    expect(watched).toEqual(await storage.readEvents({ ownerId: 'local', runId: run.runId }));
  });

  it('behavior: cancel through another builder stops the run with run.cancelled; a second cancel is refused', async () => {
    const { worker, api } = setup({ delayMs: 100 });
    const run = worker.generate({ prompt: 'notes' });
    await new Promise<void>((resolve) => run.on('plan.created', () => resolve()));
    const watching = collect(api.watch(run.runId));
    expect(await api.cancel(run.runId, { reason: 'stopped from the api' })).toBe(true);
    await expect(run.result).rejects.toMatchObject({ code: 'RUN_CANCELLED', message: expect.stringContaining('stopped from the api') });
    const watched = await watching;
    expect(watched.at(-1)).toMatchObject({ type: 'run.cancelled', reason: expect.stringContaining('stopped from the api') });
    expect((await api.getProject(run.projectId)).currentVersion).toBeNull();
    expect(await api.cancel(run.runId)).toBe(false);
  });

  it('behavior: without a shared bus, the executing builder finds the stored cancel request by polling storage', { timeout: 20_000 }, async () => {
    const storage = memoryStorage();
    const worker = createBuilder({ llm: pacedLlm(scriptedLlm({ transcript: resumeTranscript }), 1_000), sandbox: memorySandbox(), storage });
    const api = createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage });
    const run = worker.generate({ prompt: 'notes' });
    await new Promise<void>((resolve) => run.on('run.started', () => resolve()));
    expect(await api.cancel(run.runId, { reason: 'polled' })).toBe(true);
    await expect(run.result).rejects.toMatchObject({ code: 'RUN_CANCELLED' });
    expect((await storage.getRun({ ownerId: 'local', runId: run.runId }))?.status).toBe('cancelled');
  });

  it('behavior: a cancel requested while no process executes the run is honoured when it resumes; resuming the cancelled run then completes it', { timeout: 20_000 }, async () => {
    const storage = memoryStorage();
    // The first process "dies" at the first step.completed: its storage never answers again.
    let dead = false;
    const dying: StorageAdapter = new Proxy(storage, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (key === 'appendEvent' && (args[0] as BuildwrightEvent).type === 'step.completed') dead = true;
          return dead ? new Promise(() => undefined) : value.apply(target, args);
        };
      },
    });
    const cut = createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage: dying }).generate({ prompt: 'notes' });
    while (!dead) await new Promise((resolve) => setTimeout(resolve, 10));

    const api = createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage });
    expect(await api.cancel(cut.runId, { reason: 'while it was down' })).toBe(true);
    await expect(api.resume(cut.runId).result).rejects.toMatchObject({ code: 'RUN_CANCELLED', message: expect.stringContaining('while it was down') });
    expect((await api.events(cut.runId)).at(-1)).toMatchObject({ type: 'run.cancelled' });

    const completed = await api.resume(cut.runId).result;
    expect(completed.version.runId).toBe(cut.runId);
    const events = await api.events(cut.runId);
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    expect(events.at(-1)?.type).toBe('run.completed');
  });

  it('behavior: the handle of a queued run cancels it on the worker that executes it, and builder.cancel cancels a run still queued', { timeout: 20_000 }, async () => {
    const storage = memoryStorage();
    const eventBus = inProcessEventBus();
    const queue = inProcessQueue();
    const api = createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage, eventBus, queue });
    // Enqueued before any worker consumes: still queued when it is cancelled.
    const waiting = api.generate({ prompt: 'notes' });
    await new Promise<void>((resolve) => {
      const poll = async () => ((await storage.getRun({ ownerId: 'local', runId: waiting.runId }))?.status === 'queued' ? resolve() : setTimeout(poll, 10));
      void poll();
    });
    expect(await api.cancel(waiting.runId, { reason: 'before a worker took it' })).toBe(true);

    const worker = createWorker({
      llm: pacedLlm(scriptedLlm({ transcript: { ...resumeTranscript, turns: [...resumeTranscript.turns, ...resumeTranscript.turns] } }), 100),
      sandbox: memorySandbox(),
      storage,
      eventBus,
      queue,
    });
    await expect(waiting.result).rejects.toMatchObject({ code: 'RUN_CANCELLED', message: expect.stringContaining('before a worker took it') });

    const running = api.generate({ prompt: 'notes' });
    await new Promise<void>((resolve) => running.on('plan.created', () => resolve()));
    running.cancel('from the handle');
    await expect(running.result).rejects.toMatchObject({ code: 'RUN_CANCELLED', message: expect.stringContaining('from the handle') });
    expect((await storage.getRun({ ownerId: 'local', runId: running.runId }))?.status).toBe('cancelled');
    await worker.close();
    await queue.close();
  });

  it('error: cancel of another owner’s run, of an unknown run or of a finished run is false', async () => {
    const { worker, api } = setup({ delayMs: 0 });
    const run = worker.generate({ prompt: 'notes', ownerId: 'alice' });
    await new Promise<void>((resolve) => run.on('run.started', () => resolve()));
    expect(await api.cancel(run.runId, { ownerId: 'mallory' })).toBe(false);
    expect(await api.cancel('no-such-run')).toBe(false);
    await run.result;
    expect(await api.cancel(run.runId, { ownerId: 'alice' })).toBe(false);
  });
});
