import { BuildwrightError } from '@buildwright/core';
import { sqlStorage, type SqlDatabase, type SqlStorage } from '../sql/index.js';
import type { Pool } from 'pg';
import { requirePeers } from '../internal/peer-dependency.js';

/** Options of {@link postgresStorage}: a connection string (the storage owns its pool) or your own pool. */
export type PostgresStorageOptions =
  | {
      /** `postgres://user:password@host:5432/database`; defaults to the DATABASE_URL environment variable. */
      connectionString?: string;
      /** Most connections the pool opens (default 10). */
      maxConnections?: number;
    }
  | {
      /** A `pg.Pool` you own: `close()` leaves it open. */
      pool: Pool;
    };

/**
 * Storage in a Postgres server, for production and for several workers sharing one database.
 * Same SQL, migrations and behaviour as `pgliteStorage`. `pg` is loaded and the connection
 * string read on first use, so creating the storage does no I/O.
 *
 * @example
 * import { postgresStorage } from '@buildwright/adapters/postgres';
 *
 * const storage = postgresStorage({ connectionString: process.env.DATABASE_URL });
 * await storage.migrate();
 * const projects = await storage.listProjects({ ownerId: 'user-1' });
 */
export function postgresStorage(options: PostgresStorageOptions = {}): SqlStorage {
  requirePeers('postgresStorage', ['pg']);
  if ('pool' in options) return sqlStorage({ provider: 'postgres', db: options.pool as unknown as SqlDatabase });
  return sqlStorage({
    provider: 'postgres',
    db: async () => {
      const connectionString = options.connectionString ?? process.env.DATABASE_URL;
      if (!connectionString) {
        throw new BuildwrightError({
          code: 'INVALID_INPUT',
          message: 'postgresStorage needs a connection string: pass { connectionString } or set the DATABASE_URL environment variable.',
        });
      }
      let PgPool: typeof Pool;
      try {
        PgPool = (await import('pg')).default.Pool;
      } catch (error) {
        throw new BuildwrightError({ code: 'STORAGE_ERROR', message: 'postgresStorage needs the pg package. Install it: pnpm add pg', cause: error });
      }
      const pool = new PgPool({ connectionString, max: options.maxConnections ?? 10 });
      // An idle client losing its connection must not crash the process; the next query reports it.
      pool.on('error', () => {});
      return pool as unknown as SqlDatabase;
    },
    close: async (db) => {
      await (db as unknown as Pool).end();
    },
  });
}
