import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildwrightEvent } from '@buildwright/core';
import { withTransaction, type SqlClient } from '../sql/sql-database.js';
import { privatePostgresUnavailable, startPrivatePostgres, type PrivatePostgres } from '../testing/private-postgres.js';
import { postgresStorage } from './postgres-storage.js';

// These tests stop and restart a Postgres server, so they use one of their own (the shared server
// other test files use is never touched). Set by .ci/run where the server binaries exist.
const requirePrivatePostgres = process.env.BUILDWRIGHT_REQUIRE_PRIVATE_POSTGRES === '1';
const runHere = privatePostgresUnavailable === undefined || requirePrivatePostgres;
if (!runHere) it.skip(`postgres outages: skipped because ${privatePostgresUnavailable} (BUILDWRIGHT_REQUIRE_PRIVATE_POSTGRES=1 makes this a failure)`, () => {});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const budgets = { maxFixAttempts: 3, maxTokens: 100_000, maxWallTimeMs: 60_000 };
const lost = () => new Error('Connection terminated unexpectedly');

/**
 * A real pool whose next statement matching `when` is cut: with `commits`, it runs on the server
 * first and only its answer is lost (the case a blind retry would apply twice).
 */
function cuttingPool(pool: pg.Pool, when: (text: string) => boolean, commits: boolean, instead?: (client: SqlClient) => Promise<unknown>) {
  let armed = true;
  const cut = async (client: SqlClient, text: string, params?: unknown[]) => {
    if (!armed || !when(text)) return client.query(text, params);
    armed = false;
    if (instead) await instead(client);
    else if (commits) await client.query(text, params);
    throw lost();
  };
  return {
    query: (text: string, params?: unknown[]) => cut(pool, text, params),
    async connect() {
      const client = await pool.connect();
      return { query: (text: string, params?: unknown[]) => cut(client, text, params), release: (error?: Error | boolean) => client.release(error) };
    },
    get cut() {
      return !armed;
    },
  };
}

const eventOf = (runId: string, projectId: string, seq: number, at = new Date().toISOString()): BuildwrightEvent => ({
  type: 'notice.posted',
  level: 'info',
  message: `event ${seq}`,
  runId,
  projectId,
  seq,
  at,
});

describe.runIf(runHere)('postgresStorage during a server outage', () => {
  let server: PrivatePostgres;
  const freshDatabase = () => server.createDatabase();

  beforeAll(async () => {
    server = await startPrivatePostgres();
  });
  afterAll(async () => {
    await server?.destroy();
  });

  it('behavior: calls made while the server is stopped wait for it and succeed once it is back, each write stored once', async () => {
    const storage = postgresStorage({ connectionString: await freshDatabase(), retryForMs: 20_000 });
    try {
      const project = await storage.createProject({ ownerId: 'owner-1', name: 'Outage', kind: 'web' });
      const run = await storage.createRun({ ownerId: 'owner-1', projectId: project.id, mode: 'generate', prompt: 'p', budgets });
      await server.stop();
      const calls = Promise.all([
        storage.appendEvent(eventOf(run.id, project.id, 1)),
        storage.appendMessage({ projectId: project.id, runId: run.id, role: 'user', content: 'hello' }),
        storage.recordUsage({ runId: run.id, node: 'plan', model: 'm', inputTokens: 1, outputTokens: 2, cachedInputTokens: 0, costUsd: 0.5, estimated: false }),
        storage.createVersion({ ownerId: 'owner-1', projectId: project.id, runId: run.id, message: 'v', files: { 'a.txt': 'a' } }),
      ]);
      await sleep(3_000);
      await server.start();
      await calls;
      expect((await storage.readEvents({ ownerId: 'owner-1', runId: run.id })).map((event) => event.seq)).toEqual([1]);
      expect(await storage.listMessages({ ownerId: 'owner-1', projectId: project.id })).toHaveLength(1);
      expect(await storage.listUsage({ ownerId: 'owner-1', runId: run.id })).toHaveLength(1);
      expect((await storage.listVersions({ ownerId: 'owner-1', projectId: project.id })).map((version) => version.number)).toEqual([1]);
    } finally {
      await storage.close();
    }
  }, 60_000);

  it('error: past retryForMs a call throws STORAGE_UNAVAILABLE saying to check the database and resume; the storage works again once the server is back', async () => {
    const storage = postgresStorage({ connectionString: await freshDatabase(), retryForMs: 1_500 });
    try {
      await storage.migrate();
      await server.stop();
      const started = Date.now();
      const error = await storage.createProject({ ownerId: 'owner-1', name: 'Down', kind: 'web' }).catch((thrown: unknown) => thrown);
      expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
      expect(error).toMatchObject({ code: 'STORAGE_UNAVAILABLE', retryable: true, details: { action: 'createProject', provider: 'postgres' } });
      expect((error as Error).message).toMatch(/ECONNREFUSED.*buildwright resume <runId>/);
      await server.start();
      expect(await storage.createProject({ ownerId: 'owner-1', name: 'Up', kind: 'web' })).toMatchObject({ name: 'Up' });
    } finally {
      await storage.close();
    }
  }, 60_000);

  it('behavior: a server restarted under an open transaction and idle pooled connections rejects the transaction and does not crash the process', async () => {
    const pool = new pg.Pool({ connectionString: await freshDatabase(), max: 3 });
    pool.on('error', () => undefined);
    try {
      await Promise.all([pool.query('SELECT 1'), pool.query('SELECT 1'), pool.query('SELECT 1')]);
      const cut = withTransaction(pool, async (tx) => {
        await tx.query('CREATE TABLE t (x int)');
        // The server goes away between two statements of the transaction: pg emits 'error' on the checked-out client.
        await server.stop();
        await sleep(200);
        await tx.query('INSERT INTO t VALUES (1)');
      });
      await expect(cut).rejects.toThrow(/terminat|not queryable/i);
      await server.start();
      expect((await pool.query(`SELECT to_regclass('t') AS t`)).rows[0].t).toBeNull();
    } finally {
      await pool.end();
    }
  }, 60_000);

  it('behavior: a retried appendEvent whose first attempt committed (its answer lost) finds its own row and succeeds; another event at that seq is still a duplicate', async () => {
    const url = await freshDatabase();
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    const isEventInsert = (text: string) => text.startsWith('INSERT INTO buildwright_events');
    try {
      const setup = postgresStorage({ pool });
      const project = await setup.createProject({ ownerId: 'owner-1', name: 'Seq', kind: 'web' });
      const run = await setup.createRun({ ownerId: 'owner-1', projectId: project.id, mode: 'generate', prompt: 'p', budgets });

      const committing = cuttingPool(pool, isEventInsert, true);
      await postgresStorage({ pool: committing as unknown as pg.Pool, retryForMs: 5_000 }).appendEvent(eventOf(run.id, project.id, 1));
      expect(committing.cut).toBe(true);
      expect((await setup.readEvents({ ownerId: 'owner-1', runId: run.id })).map((event) => event.seq)).toEqual([1]);

      // Someone else's event took seq 2 while the answer was lost: the retry must not count it as ours.
      const other = eventOf(run.id, project.id, 2, '2020-01-01T00:00:00.000Z');
      const stolen = cuttingPool(pool, isEventInsert, false, (client) =>
        client.query('INSERT INTO buildwright_events (run_id, seq, type, payload) VALUES ($1, 2, $2, $3::jsonb)', [run.id, other.type, JSON.stringify(other)]),
      );
      await expect(postgresStorage({ pool: stolen as unknown as pg.Pool, retryForMs: 5_000 }).appendEvent(eventOf(run.id, project.id, 2))).rejects.toMatchObject({
        code: 'STORAGE_ERROR',
        details: { reason: 'duplicate_seq' },
      });
      expect((await setup.readEvents({ ownerId: 'owner-1', runId: run.id })).map((event) => event.at)).toEqual([expect.any(String), other.at]);
    } finally {
      await pool.end();
    }
  }, 60_000);

  it('behavior: retried createProject, createRun and appendMessage whose first attempt committed return their own rows, stored once', async () => {
    const pool = new pg.Pool({ connectionString: await freshDatabase(), max: 2 });
    try {
      const storageCutting = (table: string) => postgresStorage({ pool: cuttingPool(pool, (text) => text.includes(`INSERT INTO ${table}`), true) as unknown as pg.Pool, retryForMs: 5_000 });
      const project = await storageCutting('buildwright_projects').createProject({ ownerId: 'owner-1', name: 'Once', kind: 'web' });
      const run = await storageCutting('buildwright_runs').createRun({ ownerId: 'owner-1', projectId: project.id, mode: 'generate', prompt: 'p', budgets });
      await storageCutting('buildwright_messages').appendMessage({ projectId: project.id, runId: run.id, role: 'user', content: 'hi' });
      const reader = postgresStorage({ pool });
      expect(await reader.listProjects({ ownerId: 'owner-1' })).toEqual([project]);
      expect((await reader.listRuns({ ownerId: 'owner-1', projectId: project.id })).map((stored) => stored.id)).toEqual([run.id]);
      expect((await reader.listMessages({ ownerId: 'owner-1', projectId: project.id })).map((message) => message.content)).toEqual(['hi']);
    } finally {
      await pool.end();
    }
  }, 60_000);

  it.each([
    ['recordUsage', 'INSERT INTO buildwright_usage'],
    ['addOwnerUsage', 'INSERT INTO buildwright_owner_usage'],
  ])(
    'error: %s whose answer was lost after the server applied it is not repeated: STORAGE_UNAVAILABLE says it may be stored, and it is stored once',
    async (action, statement) => {
      const pool = new pg.Pool({ connectionString: await freshDatabase(), max: 2 });
      try {
        const setup = postgresStorage({ pool });
        const project = await setup.createProject({ ownerId: 'owner-1', name: 'Usage', kind: 'web' });
        const run = await setup.createRun({ ownerId: 'owner-1', projectId: project.id, mode: 'generate', prompt: 'p', budgets });
        // One statement (no transaction): it runs on the server, then its answer is lost.
        const cutting = postgresStorage({ pool: cuttingPool(pool, (text) => text.includes(statement), true) as unknown as pg.Pool, retryForMs: 5_000 });
        const error = await (action === 'recordUsage'
          ? cutting.recordUsage({ runId: run.id, node: 'plan', model: 'm', inputTokens: 1, outputTokens: 2, cachedInputTokens: 0, costUsd: 0.5, estimated: false })
          : cutting.addOwnerUsage({ ownerId: 'owner-1', day: '2025-06-01', inputTokens: 1, outputTokens: 2, costUsd: 0.5 })
        ).catch((thrown: unknown) => thrown);
        expect(error).toMatchObject({ code: 'STORAGE_UNAVAILABLE', details: { action, commitUnknown: true, attempts: 1 } });
        expect((error as Error).message).toContain('may or may not have been stored');
        if (action === 'recordUsage') expect(await setup.listUsage({ ownerId: 'owner-1', runId: run.id })).toHaveLength(1);
        else expect(await setup.getOwnerUsage({ ownerId: 'owner-1', day: '2025-06-01' })).toMatchObject({ inputTokens: 1, outputTokens: 2 });
      } finally {
        await pool.end();
      }
    },
    60_000,
  );
});
