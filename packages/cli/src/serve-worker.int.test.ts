import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pgliteStorage } from '@buildwright/adapters/pglite';
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStream } from './event-stream.test-support.js';
import { startCli, temporaryDirectory, transcriptsDirectory, type CliProcess } from './run-cli.test-support.js';

// `buildwright serve` and two `buildwright worker` processes on one Postgres database (created
// for this file) and one Redis (a BullMQ prefix and bus channels of this file's own). The serve
// process has no model (--queue without --llm), so a run it answers for executes on a worker.
// Needs Postgres (BUILDWRIGHT_TEST_DATABASE_URL or the local `test` database) and Redis (REDIS_URL).
const adminUrl = process.env.BUILDWRIGHT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const tag = randomUUID().replaceAll('-', '').slice(0, 12);
const database = `bw_test_${tag}_cli`;
const prefix = `bwcli${tag}`;
const databaseUrl = (() => {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
})();
const transcript = join(transcriptsDirectory, 'counter-app.json');
const cwd = temporaryDirectory();
const admin = new pg.Pool({ connectionString: adminUrl, max: 1 });
const processes: CliProcess[] = [];

beforeAll(async () => {
  await admin.query(`CREATE DATABASE ${database}`);
});
afterAll(async () => {
  for (const cli of processes) if (cli.child.exitCode === null) cli.child.kill('SIGKILL');
  await Promise.allSettled(processes.map((cli) => cli.done));
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  rmSync(cwd, { recursive: true, force: true });
});

const start = (args: string[]) => {
  const cli = startCli(args, { cwd });
  processes.push(cli);
  return cli;
};
const jsonLine = async (cli: CliProcess, type: string) => JSON.parse(await cli.waitForLine((line) => line.includes(`"type":"${type}"`), 60_000)) as Record<string, unknown>;

describe('buildwright serve + buildwright worker', () => {
  it.each([
    ['redis', redisUrl],
    ['postgres', 'postgres'],
  ])(
    'default: a generation POSTed to serve executes on a worker; its event stream on serve (event bus %s) runs to run.completed with no gap; SIGTERM stops all three with exit 0',
    async (bus, eventBus) => {
      const scale = ['--storage', databaseUrl, '--queue', redisUrl, '--event-bus', eventBus, '--prefix', `${prefix}${bus[0]}`, '--json'];
      const serve = start(['serve', '--port', '0', ...scale]);
      const workers = [0, 1].map(() => start(['worker', '--llm', `script:${transcript}`, '--sandbox', 'local:none', '--concurrency', '1', ...scale]));
      const listening = await jsonLine(serve, 'serve.listening');
      expect(listening).toMatchObject({ queue: 'bullmq', eventBus: bus, ownerHeader: 'x-buildwright-owner', defaultOwner: 'local' });
      await Promise.all(workers.map((worker) => jsonLine(worker, 'worker.started')));
      const url = listening.url as string;
      const alice = { 'x-buildwright-owner': `alice-${bus}` };

      const posted = await fetch(`${url}/runs`, { method: 'POST', headers: { ...alice, 'content-type': 'application/json' }, body: JSON.stringify({ prompt: 'a habit tracker', kind: 'web' }) });
      expect(posted.status).toBe(201);
      const { runId, projectId } = (await posted.json()) as { runId: string; projectId: string };
      const stream = await fetch(`${url}/runs/${runId}/events`, { headers: { ...alice, accept: 'text/event-stream' } });
      expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const { events, end } = await readStream(stream);
      expect(end).toBe('ended');
      expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
      expect(events[0]?.type).toBe('run.started');
      expect(events.at(-1)).toMatchObject({ type: 'run.completed', versionNumber: 1 });
      expect(events.some((event) => event.type === 'check.passed' && event.check === 'browser')).toBe(true);

      const run = (await (await fetch(`${url}/runs/${runId}`, { headers: alice })).json()) as { run: { status: string; projectId: string } };
      expect(run.run).toMatchObject({ status: 'completed', projectId });
      // The owner is the header: another owner does not see alice's project.
      const bobs = (await (await fetch(`${url}/projects`, { headers: { 'x-buildwright-owner': 'bob' } })).json()) as { projects: unknown[] };
      expect(bobs.projects).toEqual([]);
      const alices = (await (await fetch(`${url}/projects`, { headers: alice })).json()) as { projects: Array<{ id: string }> };
      expect(alices.projects.map((project) => project.id)).toEqual([projectId]);

      for (const cli of [serve, ...workers]) cli.child.kill('SIGTERM');
      const ended = await Promise.all([serve, ...workers].map((cli) => cli.done));
      expect(ended.map((result) => result.code)).toEqual([0, 0, 0]);
      for (const result of ended.slice(1)) expect(result.stdout).toContain('"type":"worker.stopped"');
      expect(ended[0]!.stderr).toContain('No authentication');
    },
    300_000,
  );

  it('behavior: without --queue, serve executes runs itself (PGlite); SIGTERM mid-run cancels the run, stores run.cancelled and exits 0', async () => {
    const directory = temporaryDirectory();
    try {
      const serve = startCli(['serve', '--port', '0', '--json', '--llm', `script:${transcript}`, '--sandbox', 'local:none', '--replay-delay', '1500'], { cwd: directory });
      processes.push(serve);
      const listening = await jsonLine(serve, 'serve.listening');
      expect(listening).toMatchObject({ queue: 'in-process', eventBus: 'in-process' });
      const url = listening.url as string;
      const posted = await fetch(`${url}/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: 'a habit tracker' }) });
      expect(posted.status).toBe(201);
      const { runId } = (await posted.json()) as { runId: string };
      const stream = await fetch(`${url}/runs/${runId}/events`);
      const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
      for (let text = ''; !text.includes('"step.started"'); ) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`the stream ended before step.started: ${text}`);
        text += value;
      }
      serve.child.kill('SIGTERM');
      // The server ends open event streams when it stops.
      while (!(await reader.read().catch(() => ({ done: true }))).done);
      const ended = await serve.done;
      expect(ended.code).toBe(0);

      const storage = pgliteStorage({ dataDir: join(directory, '.buildwright/data') });
      try {
        // The owner of a request without the header is --owner's default, local.
        expect(await storage.getRun({ ownerId: 'local', runId })).toMatchObject({ status: 'cancelled' });
        const events = await storage.readEvents({ ownerId: 'local', runId });
        expect(events.at(-1)).toMatchObject({ type: 'run.cancelled' });
        expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
      } finally {
        await storage.close();
      }
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 180_000);
});
