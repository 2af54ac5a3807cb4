import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createBuilder, type Builder, type BuildwrightEvent, type EventBus } from '@buildwright/core';
import { readEventStream } from '@buildwright/core/client';
import { memorySandbox, scriptedLlm } from '@buildwright/core/testing';
import { createBuilderHandler } from '@buildwright/core/http';
import { toNodeListener } from '@buildwright/core/node-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOwnDatabase } from '../postgres/own-database.test-support.js';
import { postgresEventBus, postgresStorage } from '../postgres/index.js';
import { redisEventBus } from '../redis/index.js';
import type { BusProcessPlan } from './bus-process.test-support.js';
import { longTranscript } from './long-transcript.test-support.js';

// The acceptance case of the event bus: a run executes in a child process; this process, a second
// builder on the same Postgres storage and bus, follows it with `watch` and over the SSE route and
// cancels it. Real Postgres (a database of this file's own) and real Redis (a prefix of its own).
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const script = fileURLToPath(new URL('./bus-process.test-support.ts', import.meta.url));
const redisUrl = process.env.BUILDWRIGHT_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ownerId = 'owner-a';

let database!: Awaited<ReturnType<typeof createOwnDatabase>>;
beforeAll(async () => {
  database = await createOwnDatabase('two_processes');
  // Migrated once here, so the child and this process do not both wait on it.
  const storage = postgresStorage({ connectionString: database.url });
  await storage.migrate();
  await storage.close();
});
afterAll(async () => {
  await database?.drop();
});

function startBusProcess(plan: BusProcessPlan) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(plan)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    async waitFor(pattern: RegExp, timeoutMs = 60_000): Promise<string> {
      const deadline = Date.now() + timeoutMs;
      let ended = false;
      void exited.then(() => (ended = true));
      while (Date.now() < deadline) {
        const match = stdout.match(pattern);
        if (match) return match[1]!;
        if (ended) throw new Error(`the bus process ended before printing ${pattern}:\n${stdout}\n${stderr.slice(-4000)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`timed out waiting for ${pattern}:\n${stdout}\n${stderr.slice(-4000)}`);
    },
  };
}

/** Every event of the run's SSE stream until the server ends it. */
async function streamEvents(url: string): Promise<BuildwrightEvent[]> {
  const response = await fetch(url, { headers: { accept: 'text/event-stream' } });
  expect(response.status).toBe(200);
  const events: BuildwrightEvent[] = [];
  for await (const message of readEventStream(response.body!)) {
    if (message.event === 'end') break;
    if (message.event === 'message') events.push(JSON.parse(message.data) as BuildwrightEvent);
  }
  return events;
}

describe.each([
  ['redis', () => `bw-test-${randomUUID()}`],
  ['postgres', () => `bw_${randomUUID().replaceAll('-', '').slice(0, 12)}`],
] as const)('two processes on Postgres storage and the %s event bus', (bus, makePrefix) => {
  it('behavior: the other process follows the run live through watch and SSE, every event once in seq order, and its cancel ends the run run.cancelled', { timeout: 120_000 }, async () => {
    const prefix = makePrefix();
    const transport: EventBus = bus === 'redis' ? redisEventBus({ url: redisUrl, prefix }) : postgresEventBus({ connectionString: database.url, prefix });
    // Counts what arrives over the bus: the events must come live from it, not from the storage poll.
    let overTheBus = 0;
    const eventBus: EventBus = { ...transport, subscribe: (runId, listener) => transport.subscribe(runId, (message) => (overTheBus++, listener(message))) };
    const storage = postgresStorage({ connectionString: database.url });
    const builder: Builder = createBuilder({ llm: scriptedLlm({ transcript: longTranscript(1) }), sandbox: memorySandbox(), storage, eventBus });
    const server = createServer(toNodeListener(createBuilderHandler(builder, { authorize: () => ownerId })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const worker = startBusProcess({ bus, databaseUrl: database.url, redisUrl, prefix, ownerId, steps: 12, delayMs: 150 });
    try {
      const runId = await worker.waitFor(/^RUN (\S+)$/m);
      // The run record is created by the child as its run starts: wait for it to be visible here.
      while (!(await storage.getRun({ ownerId, runId }))) await new Promise((resolve) => setTimeout(resolve, 20));

      const streamed = streamEvents(`${baseUrl}/runs/${encodeURIComponent(runId)}/events`);
      const watched: BuildwrightEvent[] = [];
      let cancelled: boolean | undefined;
      for await (const event of builder.watch(runId, { ownerId })) {
        watched.push(event);
        // Live, not replayed: the worker is still writing pages when this process cancels the run.
        if (event.type === 'step.completed' && watched.filter((seen) => seen.type === 'step.completed').length === 2) {
          cancelled = await builder.cancel(runId, { ownerId, reason: 'stopped from the other process' });
        }
      }
      expect(cancelled).toBe(true);
      expect(await worker.waitFor(/^ENDED (\S+)$/m)).toBe('RUN_CANCELLED');
      expect(await worker.exited).toBe(0);

      const stored = await storage.readEvents({ ownerId, runId });
      expect(stored.map((event) => event.seq)).toEqual(stored.map((_, index) => index + 1));
      expect(stored.at(-1)).toMatchObject({ type: 'run.cancelled', reason: expect.stringContaining('stopped from the other process') });
      expect(stored.filter((event) => event.type === 'step.completed').length).toBeLessThan(12);
      expect(stored.some((event) => event.type === 'llm.delta')).toBe(true);
      expect(overTheBus).toBeGreaterThan(stored.length);
      expect(watched).toEqual(stored);
      expect(await streamed).toEqual(stored);
      expect((await storage.getRun({ ownerId, runId }))?.status).toBe('cancelled');
      expect(await builder.cancel(runId, { ownerId })).toBe(false);
    } finally {
      worker.child.kill('SIGKILL');
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await builder.close();
    }
  });
});
