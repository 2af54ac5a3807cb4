import { randomUUID } from 'node:crypto';
import type { RunLease, RunWriteOptions, StorageAdapter } from '@buildwright/core';
import { runStorageSpec } from '@buildwright/core/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../sql/migrate.js';
import { migrations } from '../sql/migrations/all-migrations.js';
import type { SqlDatabase } from '../sql/sql-database.js';
import { testDatabaseUrl, urlWithSchema } from './own-database.test-support.js';
import { postgresStorage } from './postgres-storage.js';

// Needs a Postgres server: BUILDWRIGHT_TEST_DATABASE_URL, or the local test database.
// Each test run works in fresh schemas, so runs (and parallel CI jobs) never see each other.
const runTag = randomUUID().replaceAll('-', '').slice(0, 12);
const schemas = { spec: `bw_test_${runTag}_spec`, migrate: `bw_test_${runTag}_migrate`, pool: `bw_test_${runTag}_pool`, fence: `bw_test_${runTag}_fence` };

const admin = new pg.Pool({ connectionString: testDatabaseUrl, max: 1 });
beforeAll(async () => {
  for (const schema of Object.values(schemas)) await admin.query(`CREATE SCHEMA ${schema}`);
});
afterAll(async () => {
  for (const schema of Object.values(schemas)) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

runStorageSpec(() => postgresStorage({ connectionString: urlWithSchema(schemas.spec) }), { name: 'postgresStorage' });

describe('postgresStorage', () => {
  it('behavior: two processes migrating at once apply each migration once', async () => {
    const pools = [0, 1].map(() => new pg.Pool({ connectionString: urlWithSchema(schemas.migrate), max: 2 }));
    try {
      const results = await Promise.all(pools.map((pool) => migrateDatabase(pool as unknown as SqlDatabase)));
      expect(results.map((result) => result.applied.length).sort()).toEqual([0, migrations.length]);
      const storages = pools.map((pool) => postgresStorage({ pool }));
      await Promise.all(storages.map((storage) => storage.migrate()));
      const recorded = await admin.query(`SELECT id FROM ${schemas.migrate}.buildwright_migrations`);
      expect(recorded.rows.map((row) => row.id).sort()).toEqual(migrations.map((migration) => migration.id));
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  it('behavior: concurrent createVersion calls get distinct numbers', async () => {
    const storages = [0, 1].map(() => postgresStorage({ connectionString: urlWithSchema(schemas.spec), maxConnections: 4 }));
    try {
      const project = await storages[0]!.createProject({ ownerId: 'owner-1', name: 'Race', kind: 'web' });
      const created = await Promise.all(
        Array.from({ length: 10 }, (_, index) => storages[index % 2]!.createVersion({ ownerId: 'owner-1', projectId: project.id, runId: null, message: `v${index}`, files: { 'a.txt': `${index}` } })),
      );
      expect(created.map((version) => version.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect((await storages[1]!.getProject({ ownerId: 'owner-1', projectId: project.id }))?.currentVersion).toBe(10);
    } finally {
      await Promise.all(storages.map((storage) => storage.close()));
    }
  });

  it('error: concurrent createVersion calls with the same expectedHead from two pools: exactly one is stored, the rest get VERSION_CONFLICT', async () => {
    const storages = [0, 1].map(() => postgresStorage({ connectionString: urlWithSchema(schemas.spec), maxConnections: 4 }));
    try {
      const project = await storages[0]!.createProject({ ownerId: 'owner-1', name: 'Edit race', kind: 'web' });
      await storages[0]!.createVersion({ ownerId: 'owner-1', projectId: project.id, runId: null, message: 'base', files: { 'a.txt': 'base' }, expectedHead: null });
      const settled = await Promise.allSettled(
        Array.from({ length: 10 }, (_, index) =>
          storages[index % 2]!.createVersion({ ownerId: 'owner-1', projectId: project.id, runId: null, message: `edit ${index}`, files: { 'a.txt': `edit ${index}` }, expectedHead: 1 }),
        ),
      );
      expect(settled.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
      expect(settled.flatMap((result) => (result.status === 'rejected' ? [(result.reason as { code: string }).code] : []))).toEqual(Array(9).fill('VERSION_CONFLICT'));
      const versions = await storages[1]!.listVersions({ ownerId: 'owner-1', projectId: project.id });
      expect(versions.map((version) => [version.number, version.parent])).toEqual([
        [1, null],
        [2, 1],
      ]);
    } finally {
      await Promise.all(storages.map((storage) => storage.close()));
    }
  });

  describe('a leased write meeting a claim under way (one statement each)', () => {
    /** The writes of a run fenced in one statement, each made with `lease` (seq keeps keys apart). */
    const writes = (storage: StorageAdapter, run: { id: string; projectId: string }, lease: RunLease, seq: number) => {
      const options: RunWriteOptions = { lease };
      return {
        appendEvent: storage.appendEvent({ type: 'step.started', runId: run.id, projectId: run.projectId, seq, at: new Date().toISOString(), stepId: 's', title: 'Step' }, options),
        updateRun: storage.updateRun({ runId: run.id, costUsd: seq }, options),
        recordUsage: storage.recordUsage({ runId: run.id, node: 'build', model: 'm', inputTokens: 1, outputTokens: 1, cachedInputTokens: 0, costUsd: 0, estimated: false }, options),
        putCheckpoint: storage.putCheckpoint({ threadId: run.id, checkpointId: `c${seq}`, parentCheckpointId: null, checkpoint: '{}', metadata: '{}' }, options),
        putCheckpointWrites: storage.putCheckpointWrites({ writes: [{ threadId: run.id, checkpointId: `c${seq}`, taskId: 't', index: 0, channel: 'c', value: 'v' }] }, options),
        appendMessage: storage.appendMessage({ projectId: run.projectId, runId: run.id, role: 'assistant', content: `message ${seq}` }, options),
      };
    };
    /** A claim of the run held open in its own transaction (as claimRun's UPDATE of the lease row), committed or rolled back by the test. */
    const claimUnderWay = async (runId: string) => {
      const client = new pg.Client({ connectionString: urlWithSchema(schemas.fence) });
      await client.connect();
      await client.query('BEGIN');
      await client.query(`UPDATE buildwright_run_leases SET epoch = epoch + 1, worker_id = 'worker-b', released = false WHERE run_id = $1`, [runId]);
      return {
        end: async (how: 'COMMIT' | 'ROLLBACK') => {
          await client.query(how);
          await client.end();
        },
      };
    };
    const leasedRun = async (storage: StorageAdapter) => {
      const project = await storage.createProject({ ownerId: 'owner-1', name: 'Fence', kind: 'web' });
      const run = await storage.createRun({ ownerId: 'owner-1', projectId: project.id, mode: 'generate', prompt: 'x', budgets: { maxFixAttempts: 1, maxTokens: 1, maxWallTimeMs: 1 } });
      return { run, lease: (await storage.claimRun({ runId: run.id, workerId: 'worker-a', leaseMs: 60_000 }))! };
    };
    const settledWithin = async (pending: Promise<unknown>[], ms: number) =>
      Promise.race([Promise.allSettled(pending).then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

    it('error: each write waits for the claim, then is refused with RUN_LEASE_LOST and stores nothing', async () => {
      const storage = postgresStorage({ connectionString: urlWithSchema(schemas.fence), maxConnections: 8 });
      try {
        await storage.migrate();
        const { run, lease } = await leasedRun(storage);
        const claim = await claimUnderWay(run.id);
        const pending = writes(storage, run, lease, 1);
        const outcomes = Object.entries(pending).map(([name, write]) =>
          write.then(
            () => `${name} stored`,
            (error: { code?: string }) => `${name} ${error.code}`,
          ),
        );
        expect(await settledWithin(outcomes, 300)).toBe(false);
        await claim.end('COMMIT');
        expect(await Promise.all(outcomes)).toEqual(Object.keys(pending).map((name) => `${name} RUN_LEASE_LOST`));
        expect(await storage.readEvents({ ownerId: 'owner-1', runId: run.id })).toEqual([]);
        expect(await storage.listUsage({ ownerId: 'owner-1', runId: run.id })).toEqual([]);
        expect(await storage.listMessages({ ownerId: 'owner-1', projectId: run.projectId })).toEqual([]);
        expect(await storage.getCheckpoint({ threadId: run.id })).toBeUndefined();
        expect(await storage.getRun({ ownerId: 'owner-1', runId: run.id })).toMatchObject({ costUsd: 0 });
      } finally {
        await storage.close();
      }
    });

    it('behavior: a claim that rolls back lets the waiting writes through', async () => {
      const storage = postgresStorage({ connectionString: urlWithSchema(schemas.fence), maxConnections: 8 });
      try {
        await storage.migrate();
        const { run, lease } = await leasedRun(storage);
        const claim = await claimUnderWay(run.id);
        const pending = Object.values(writes(storage, run, lease, 1));
        expect(await settledWithin(pending, 300)).toBe(false);
        await claim.end('ROLLBACK');
        await Promise.all(pending);
        expect(await storage.readEvents({ ownerId: 'owner-1', runId: run.id })).toHaveLength(1);
        expect(await storage.getRun({ ownerId: 'owner-1', runId: run.id })).toMatchObject({ costUsd: 1 });
      } finally {
        await storage.close();
      }
    });
  });

  it('args: a pool you pass stays open after close', async () => {
    const pool = new pg.Pool({ connectionString: urlWithSchema(schemas.pool), max: 2 });
    try {
      const storage = postgresStorage({ pool });
      await storage.createProject({ ownerId: 'owner-1', name: 'Mine', kind: 'web' });
      await storage.close();
      expect((await pool.query('SELECT count(*)::int AS count FROM buildwright_projects')).rows[0].count).toBe(1);
    } finally {
      await pool.end();
    }
  });
});
