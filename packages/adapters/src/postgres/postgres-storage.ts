import { BuildwrightError } from '@buildwright/core';
import { sqlStorage, type SqlDatabase, type SqlStorage, type SqlVectorMode } from '../sql/index.js';
import type { Pool } from 'pg';
import { importPeer, requirePeers } from '../internal/peer-dependency.js';

/** How long a call keeps retrying a lost or refused connection by default (ms). */
export const defaultRetryForMs = 30_000;

/** Options of {@link postgresStorage}: a connection string (the storage owns its pool) or your own pool. */
export type PostgresStorageOptions = {
  /**
   * How long (ms) a call keeps retrying, with exponential backoff, while the server cannot be
   * reached (connection refused or lost, server shutting down or starting up) before it throws
   * `STORAGE_UNAVAILABLE`. Default 30 000; 0 tries once.
   */
  retryForMs?: number;
  /**
   * How `storage.vectors` searches. `auto` (default): with pgvector when the server has the
   * extension (it is created), else exact cosine in process over a `real[]` column. `pgvector`
   * requires it (`STORAGE_ERROR` saying so when missing); `exact` never uses it.
   */
  vectors?: SqlVectorMode;
  /**
   * Bound (bytes) of the cache that serves `storage.vectors` searches in this process: each searched
   * collection's vectors decoded as float32 (≈ rows × (dimensions × 4 + 100) bytes), checked by one
   * revision read per search. A larger collection is searched in the database every time. Default
   * 64 MiB; 0 turns the cache off.
   */
  vectorCacheBytes?: number;
} & (
  | {
      /** `postgres://user:password@host:5432/database`; defaults to the DATABASE_URL environment variable. */
      connectionString?: string;
      /** Most connections the pool opens (default 10). */
      maxConnections?: number;
    }
  | {
      /**
       * A `pg.Pool` you own: `close()` leaves it open. Give it an `error` listener
       * (`pool.on('error', ...)`): pg emits one when an idle connection is lost, and with no listener
       * Node ends the process.
       */
      pool: Pool;
    }
);

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
  const retryForMs = options.retryForMs ?? defaultRetryForMs;
  if (!Number.isFinite(retryForMs) || retryForMs < 0) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', message: `postgresStorage({ retryForMs }) needs a number of milliseconds ≥ 0 (got ${retryForMs}).`, details: { retryForMs } });
  }
  const vectors = options.vectors ?? 'auto';
  const cache = options.vectorCacheBytes === undefined ? {} : { vectorCacheBytes: options.vectorCacheBytes };
  if ('pool' in options) return sqlStorage({ provider: 'postgres', db: options.pool as unknown as SqlDatabase, retryForMs, vectors, ...cache });
  return sqlStorage({
    provider: 'postgres',
    retryForMs,
    vectors,
    ...cache,
    db: async () => {
      const connectionString = options.connectionString ?? process.env.DATABASE_URL;
      if (!connectionString) {
        throw new BuildwrightError({
          code: 'INVALID_INPUT',
          message: 'postgresStorage needs a connection string: pass { connectionString } or set the DATABASE_URL environment variable.',
        });
      }
      const PgPool = (await importPeer('postgresStorage', 'pg', () => import('pg'))).default.Pool;
      // A connect that hangs (a dropped network) counts as a failed attempt after 10 s; keep-alive finds dead connections.
      const pool = new PgPool({ connectionString, max: options.maxConnections ?? 10, connectionTimeoutMillis: 10_000, keepAlive: true });
      // An idle client losing its connection must not crash the process; the next query reports it.
      pool.on('error', () => {});
      return pool as unknown as SqlDatabase;
    },
    close: async (db) => {
      await (db as unknown as Pool).end();
    },
  });
}
