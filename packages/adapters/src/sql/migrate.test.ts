import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateDatabase } from './migrate.js';
import { migrations } from './migrations/all-migrations.js';
import type { SqlDatabase } from './sql-database.js';

let database: PGlite | undefined;
const open = async () => {
  database = await PGlite.create();
  return database as unknown as SqlDatabase;
};
afterEach(async () => {
  await database?.close();
});

describe('migrateDatabase', () => {
  it('default: applies every migration once and records it', async () => {
    const db = await open();
    expect(await migrateDatabase(db)).toEqual({ applied: migrations.map((migration) => migration.id) });
    expect(await migrateDatabase(db)).toEqual({ applied: [] });
    const recorded = await db.query('SELECT id FROM buildwright_migrations ORDER BY id');
    expect(recorded.rows.map((row) => row.id)).toEqual([
      '0001-initial',
      '0002-version-per-run',
      '0003-run-leases',
      '0004-run-cancel',
      '0005-owner-usage',
      '0006-deployments',
      '0007-git-sync',
      '0008-mcp-consent',
      '0009-plan-approval',
      '0010-agents',
      '0011-agent-progress',
      '0012-vectors',
      '0013-vector-revisions',
      '0014-project-chain',
    ]);
    const tables = await db.query(`SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'buildwright_%' ORDER BY table_name`);
    expect(tables.rows.map((row) => row.table_name)).toEqual([
      'buildwright_agent_executions',
      'buildwright_agent_versions',
      'buildwright_agents',
      'buildwright_checkpoint_writes',
      'buildwright_checkpoints',
      'buildwright_contracts',
      'buildwright_deployments',
      'buildwright_events',
      'buildwright_file_blobs',
      'buildwright_git_commits',
      'buildwright_git_links',
      'buildwright_messages',
      'buildwright_migrations',
      'buildwright_owner_usage',
      'buildwright_projects',
      'buildwright_run_cancel_requests',
      'buildwright_run_leases',
      'buildwright_runs',
      'buildwright_tool_approvals',
      'buildwright_tool_consents',
      'buildwright_tool_pins',
      'buildwright_usage',
      'buildwright_vector_collections',
      'buildwright_vectors',
      'buildwright_version_entries',
      'buildwright_versions',
    ]);
  });

  it('args: a later migration applies on top of the recorded ones', async () => {
    const db = await open();
    await migrateDatabase(db);
    const next = { id: '0002-test-column', statements: ['ALTER TABLE buildwright_projects ADD COLUMN test_note text'] };
    expect(await migrateDatabase(db, [...migrations, next])).toEqual({ applied: ['0002-test-column'] });
    const columns = await db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'buildwright_projects' AND column_name = 'test_note'`);
    expect(columns.rows).toHaveLength(1);
  });

  it('error: a failing migration leaves nothing behind', async () => {
    const db = await open();
    await migrateDatabase(db);
    const broken = { id: '0002-broken', statements: ['CREATE TABLE buildwright_half_done (id text)', 'SELECT * FROM table_that_does_not_exist'] };
    await expect(migrateDatabase(db, [...migrations, broken])).rejects.toThrow(/table_that_does_not_exist/);
    expect((await db.query(`SELECT to_regclass('buildwright_half_done') AS found`)).rows[0].found).toBeNull();
    expect((await db.query('SELECT id FROM buildwright_migrations ORDER BY id')).rows.map((row) => row.id)).toEqual(migrations.map((migration) => migration.id));
  });

  it('behavior: 0002-version-per-run keeps the first version of a run that stored two, and makes a third impossible', async () => {
    const db = await open();
    await migrateDatabase(
      db,
      migrations.filter((migration) => migration.id === '0001-initial'),
    );
    // What a resumed run could leave before 0002: versions 1 and 2 of one run, the same files.
    await db.query(`INSERT INTO buildwright_projects (id, owner_id, name, kind, current_version, created_at, updated_at) VALUES ('p', 'o', 'P', 'web', 3, now(), now())`);
    await db.query(
      `INSERT INTO buildwright_runs (id, project_id, owner_id, mode, prompt, status, budgets, created_at, updated_at) VALUES ('r', 'p', 'o', 'generate', 'x', 'completed', '{}', now(), now())`,
    );
    for (const [number, runId] of [
      [1, 'r'],
      [2, 'r'],
      [3, null],
    ] as const) {
      await db.query(`INSERT INTO buildwright_versions (project_id, number, parent, message, run_id, file_count, created_at) VALUES ('p', $1, $2, 'm', $3, 0, now())`, [
        number,
        number === 1 ? null : number - 1,
        runId,
      ]);
    }
    expect(
      await migrateDatabase(
        db,
        migrations.filter((migration) => migration.id <= '0002-version-per-run'),
      ),
    ).toEqual({ applied: ['0002-version-per-run'] });
    const versions = await db.query('SELECT number, run_id FROM buildwright_versions ORDER BY number');
    expect(versions.rows).toEqual([
      { number: 1, run_id: 'r' },
      { number: 2, run_id: null },
      { number: 3, run_id: null },
    ]);
    await expect(db.query(`INSERT INTO buildwright_versions (project_id, number, parent, message, run_id, file_count, created_at) VALUES ('p', 4, 3, 'm', 'r', 0, now())`)).rejects.toThrow(
      /buildwright_versions_run/,
    );
  });

  it('behavior: 0003-run-leases keeps stored runs and allows the queued status, nothing unknown', async () => {
    const db = await open();
    await migrateDatabase(
      db,
      migrations.filter((migration) => migration.id < '0003'),
    );
    await db.query(`INSERT INTO buildwright_projects (id, owner_id, name, kind, current_version, created_at, updated_at) VALUES ('p', 'o', 'P', 'web', NULL, now(), now())`);
    await db.query(
      `INSERT INTO buildwright_runs (id, project_id, owner_id, mode, prompt, status, budgets, created_at, updated_at) VALUES ('r', 'p', 'o', 'generate', 'x', 'running', '{}', now(), now())`,
    );
    expect(
      await migrateDatabase(
        db,
        migrations.filter((migration) => migration.id <= '0003-run-leases'),
      ),
    ).toEqual({ applied: ['0003-run-leases'] });
    expect((await db.query(`SELECT status FROM buildwright_runs WHERE id = 'r'`)).rows).toEqual([{ status: 'running' }]);
    await db.query(`UPDATE buildwright_runs SET status = 'queued' WHERE id = 'r'`);
    await expect(db.query(`UPDATE buildwright_runs SET status = 'paused' WHERE id = 'r'`)).rejects.toThrow(/buildwright_runs_status_check/);
  });
});
