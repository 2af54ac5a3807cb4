import { migrations as allMigrations } from './migrations/all-migrations.js';
import type { Migration } from './migrations/migration.js';
import { withTransaction, type SqlDatabase } from './sql-database.js';

/** What {@link migrateDatabase} did. */
export interface MigrateResult {
  /** Ids of the migrations applied by this call, in order. */
  applied: string[];
}

/**
 * Applies the pending Buildwright migrations to `db`, recording each in `buildwright_migrations`.
 * Everything runs in one transaction holding a transaction-scoped advisory lock keyed by the
 * current schema, so two processes migrating at once apply each migration exactly once (the
 * second waits, then finds nothing to do).
 *
 * @example
 * import pg from 'pg';
 * const { applied } = await migrateDatabase(new pg.Pool({ connectionString }));
 */
export async function migrateDatabase(db: SqlDatabase, migrations: readonly Migration[] = allMigrations): Promise<MigrateResult> {
  return withTransaction(db, async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext(coalesce(current_schema(), '') || ':buildwright.migrations'))`);
    await tx.query(`CREATE TABLE IF NOT EXISTS buildwright_migrations (
      id text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set((await tx.query('SELECT id FROM buildwright_migrations')).rows.map((row: { id: string }) => row.id));
    const applied: string[] = [];
    for (const migration of [...migrations].sort((a, b) => a.id.localeCompare(b.id))) {
      if (done.has(migration.id)) continue;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO buildwright_migrations (id) VALUES ($1)', [migration.id]);
      applied.push(migration.id);
    }
    return { applied };
  });
}
