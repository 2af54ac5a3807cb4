import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { postgresStorage } from '@buildwright/adapters/postgres';
import type { BuildwrightEvent, StorageAdapter, Transcript } from '@buildwright/core';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueueWorkerPlan } from '../../adapters/src/bullmq/queue-worker-process.test-support.js';
import { createOwnDatabase } from '../../adapters/src/postgres/own-database.test-support.js';
import { usageSum } from '../../core/src/run/host-hooks.test-support.js';
import { readStream, type StreamRead } from './event-stream.test-support.js';
import { freshDirectories, repositoryRoot, startCli, startScript, type CliProcess } from './run-cli.test-support.js';

// Scaling out as issue 15 accepts it: two `buildwright serve` processes (A and B) and three worker
// processes on one Postgres database (created for this file) and one Redis (a BullMQ prefix and
// event bus channels of this file's own). 20 runs of 4 owners are POSTed over A and B; an event
// stream on A follows a run executing on worker 3 and a cancel sent through B stops it.
//
// The workers are the worker process of the queue tests (createWorker with the memory sandbox,
// the scripted model replaying one transcript per run, an instant check, the Redis event bus),
// each a process of its own: `buildwright worker` runs the real checks of every kind (install,
// build, a browser), tens of seconds a run, too long for twenty runs in a test; its own test is
// serve-worker.int.test.ts. Needs Postgres (BUILDWRIGHT_TEST_DATABASE_URL or the local `test`
// database) and Redis (REDIS_URL).
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `bwscale${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const workerScript = fileURLToPath(new URL('../../adapters/src/bullmq/queue-worker-process.test-support.ts', import.meta.url));
const owners = ['owner-1', 'owner-2', 'owner-3', 'owner-4'];

/** A plan of six steps, each built by its own model call (a file, then finish): seven model calls a run. */
const steps = Array.from({ length: 6 }, (_, index) => ({ id: `step-${index + 1}`, title: `Page ${index + 1}`, files: [`src/page-${index + 1}.js`] }));
const transcript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', usage: { inputTokens: 50, outputTokens: 10 }, toolCalls: [{ name: 'submit_plan', arguments: { title: 'Pages', summary: 'six pages', steps } }] },
    ...steps.map((step, index) => ({
      node: 'build',
      usage: { inputTokens: 40 + index, outputTokens: 8 },
      toolCalls: [
        { name: 'write_file', arguments: { path: step.files[0]!, content: `export const page${index + 1} = 'page ${index + 1}';\n` } },
        { name: 'finish', arguments: { summary: `${step.title} written.` } },
      ],
    })),
  ],
};

let database: Awaited<ReturnType<typeof createOwnDatabase>>;
let storage: StorageAdapter;
const processes: CliProcess[] = [];
const cwd = freshDirectories()();

beforeAll(async () => {
  database = await createOwnDatabase('scale');
  storage = postgresStorage({ connectionString: database.url });
  // Migrated once here rather than by five processes starting at the same moment.
  await storage.migrate();
});
afterAll(async () => {
  for (const child of processes) if (child.child.exitCode === null) child.child.kill('SIGKILL');
  await Promise.allSettled(processes.map((child) => child.done));
  await storage?.close();
  await database?.drop();
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
});

async function startServe(): Promise<{ cli: CliProcess; url: string }> {
  const cli = startCli(['serve', '--port', '0', '--storage', database.url, '--queue', redisUrl, '--event-bus', redisUrl, '--prefix', prefix, '--json'], { cwd });
  processes.push(cli);
  const listening = JSON.parse(await cli.waitForLine((line) => line.includes('"type":"serve.listening"'), 60_000)) as { url: string };
  return { cli, url: listening.url };
}

async function startWorker(workerId: string, options: Pick<QueueWorkerPlan, 'concurrency' | 'modelDelayMs'>): Promise<CliProcess> {
  const plan: QueueWorkerPlan = { workerId, databaseUrl: database.url, redisUrl, prefix, name: 'buildwright-runs', eventBusPrefix: prefix, transcript, ...options };
  const worker = startScript(workerScript, [JSON.stringify(plan)], { cwd: repositoryRoot });
  processes.push(worker);
  await worker.waitForLine((line) => line === 'READY', 60_000);
  return worker;
}

const ownerHeader = (ownerId: string) => ({ 'x-buildwright-owner': ownerId });

async function postRun(url: string, ownerId: string, prompt: string): Promise<{ runId: string; projectId: string }> {
  const response = await fetch(`${url}/runs`, { method: 'POST', headers: { ...ownerHeader(ownerId), 'content-type': 'application/json' }, body: JSON.stringify({ prompt, kind: 'web' }) });
  expect(response.status, await response.clone().text()).toBe(201);
  return (await response.json()) as { runId: string; projectId: string };
}

function follow(url: string, ownerId: string, runId: string, onEvent?: (event: BuildwrightEvent) => void): Promise<StreamRead> {
  return fetch(`${url}/runs/${runId}/events`, { headers: { ...ownerHeader(ownerId), accept: 'text/event-stream' } }).then((response) => readStream(response, onEvent));
}

/** What the workers told onRunFinished, from the `FINISHED` lines of their output (worker numbers from 1). */
function finishedReports(outputs: string[]) {
  return outputs.flatMap((stdout, index) =>
    [...stdout.matchAll(/^FINISHED (.+)$/gm)].map((match) => ({
      worker: index + 1,
      ...(JSON.parse(match[1]!) as { runId: string; ownerId: string; status: string; usage: Record<string, number> }),
    })),
  );
}

/** A resolvable promise. */
function signal() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe('scale out: two serve processes, three workers, one Postgres and one Redis', () => {
  it('default: 20 runs of 4 owners POSTed to serve A and B all end, each with its events numbered 1..n on its stream and in storage, one version and one onRunFinished report; a stream on A follows a run on worker 3 with no gap until a cancel sent through B stops it', async () => {
    const [a, b] = await Promise.all([startServe(), startServe()]);
    // Worker 3 starts alone, so the first run is its own. Its model waits 10 s before each call:
    // the run lasts about a minute unless cancelled, while the other runs take a second or two.
    const worker3 = await startWorker('worker-3', { concurrency: 1, modelDelayMs: 10_000 });

    const followed = await postRun(a.url, 'owner-1', 'pages, followed and cancelled');
    const started = signal();
    const built = signal();
    const followedStream = follow(a.url, 'owner-1', followed.runId, (event) => {
      if (event.type === 'run.started') started.resolve();
      if (event.type === 'step.started') built.resolve();
    });
    await started.promise;

    const [worker1, worker2] = await Promise.all([startWorker('worker-1', { concurrency: 2 }), startWorker('worker-2', { concurrency: 2 })]);
    const workers = [worker1, worker2, worker3];
    // The other 19 runs: 5 per owner in all, POSTed to A and B in turn (4 at a time each), each
    // followed on the other serve process.
    const others = await Promise.all(
      Array.from({ length: 19 }, async (_, index) => {
        const ownerId = owners[(index + 1) % owners.length]!;
        const [postTo, followOn] = Math.floor((index + 1) / 4) % 2 === 0 ? [a, b] : [b, a];
        const run = await postRun(postTo.url, ownerId, `pages number ${index + 2}`);
        return { ...run, ownerId, stream: follow(followOn.url, ownerId, run.runId) };
      }),
    );
    const otherStreams = await Promise.all(others.map((run) => run.stream));

    // The other runs are done (worker 3 took none: it is busy). The followed run is still executing
    // on worker 3, in its build: B, which does not execute it, cancels it.
    await built.promise;
    expect((await storage.getRun({ ownerId: 'owner-1', runId: followed.runId }))?.status, 'the followed run ended before the cancel').toBe('running');
    const cancel = await fetch(`${b.url}/runs/${followed.runId}/cancel`, {
      method: 'POST',
      headers: { ...ownerHeader('owner-1'), 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'stopped through B' }),
    });
    expect(cancel.status).toBe(200);
    // B does not execute the run: it stores and publishes the request, so the run is usually still running when it answers.
    expect(await cancel.json()).toMatchObject({ cancelled: true, status: expect.stringMatching(/^(running|cancelled)$/) });
    const followedRead = await followedStream;

    // The stream on A: every event from run.started to run.cancelled, numbered without a gap, as stored.
    expect(followedRead.end).toBe('ended');
    const followedEvents = followedRead.events;
    expect(followedEvents.map((event) => event.seq)).toEqual(followedEvents.map((_, index) => index + 1));
    expect(followedEvents[0]).toMatchObject({ type: 'run.started', mode: 'generate' });
    expect(followedEvents.some((event) => event.type === 'plan.created')).toBe(true);
    expect(followedEvents.at(-1)).toMatchObject({ type: 'run.cancelled', reason: expect.stringContaining('stopped through B') });
    expect(followedEvents.filter((event) => event.type === 'run.started')).toHaveLength(1);
    expect(await storage.readEvents({ ownerId: 'owner-1', runId: followed.runId })).toEqual(followedEvents);
    expect(await storage.getRun({ ownerId: 'owner-1', runId: followed.runId })).toMatchObject({ status: 'cancelled' });
    expect(await storage.listVersions({ ownerId: 'owner-1', projectId: followed.projectId })).toEqual([]);

    // Every other run completed, with its stream (on the serve process it was not POSTed to) equal to its stored events.
    for (const [index, run] of others.entries()) {
      const { events, end } = otherStreams[index]!;
      const label = `run ${index + 2} (${run.ownerId})`;
      expect(end, label).toBe('ended');
      expect(
        events.map((event) => event.seq),
        label,
      ).toEqual(events.map((_, position) => position + 1));
      expect(events[0]?.type, label).toBe('run.started');
      expect(events.at(-1), label).toMatchObject({ type: 'run.completed', versionNumber: 1 });
      expect(
        events.filter((event) => event.type === 'version.created'),
        label,
      ).toHaveLength(1);
      expect(await storage.readEvents({ ownerId: run.ownerId, runId: run.runId }), label).toEqual(events);
      expect((await storage.getRun({ ownerId: run.ownerId, runId: run.runId }))?.status, label).toBe('completed');
      expect(
        (await storage.listVersions({ ownerId: run.ownerId, projectId: run.projectId })).map((version) => [version.number, version.runId]),
        label,
      ).toEqual([[1, run.runId]]);
    }
    // Owners are kept apart across processes: owner-2 sees its own 5 projects on A, not owner-1's run.
    expect(((await (await fetch(`${a.url}/projects`, { headers: ownerHeader('owner-2') })).json()) as { projects: unknown[] }).projects).toHaveLength(5);
    expect((await fetch(`${b.url}/runs/${followed.runId}`, { headers: ownerHeader('owner-2') })).status).toBe(404);

    // Still nothing stored after run.cancelled, seconds later.
    expect((await storage.readEvents({ ownerId: 'owner-1', runId: followed.runId })).at(-1)?.type).toBe('run.cancelled');

    // SIGTERM: every process stops with exit 0; a worker's close waits for its runs' onRunFinished.
    for (const child of [a.cli, b.cli, ...workers]) child.child.kill('SIGTERM');
    const ended = await Promise.all([a.cli, b.cli, ...workers].map((child) => child.done));
    expect(ended.map((result) => result.code)).toEqual([0, 0, 0, 0, 0]);

    // onRunFinished: once per run, by the worker that ended it, with the sum of its stored usage events.
    const reports = finishedReports(ended.slice(2).map((result) => result.stdout));
    const all = [{ ...followed, ownerId: 'owner-1' }, ...others];
    expect(reports.map((report) => report.runId).sort()).toEqual(all.map((run) => run.runId).sort());
    for (const run of all) {
      const report = reports.find((candidate) => candidate.runId === run.runId)!;
      expect(report.ownerId).toBe(run.ownerId);
      expect(report.usage).toEqual(usageSum(await storage.readEvents({ ownerId: run.ownerId, runId: run.runId })));
    }
    expect(reports.find((report) => report.runId === followed.runId)).toMatchObject({ worker: 3, status: 'cancelled' });
    // Workers 1 and 2 shared the other runs (worker 3 was busy with the followed one).
    expect(new Set(reports.filter((report) => report.runId !== followed.runId).map((report) => report.worker))).toEqual(new Set([1, 2]));
  }, 180_000);
});
