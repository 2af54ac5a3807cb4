import { sqlStorage, type SqlDatabase, type SqlStorage } from '../sql/index.js';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { importPeer, requirePeers } from '../internal/peer-dependency.js';

/** Options of {@link pgliteStorage}. */
export interface PgliteStorageOptions {
  /**
   * Directory holding the database; created (with its parents) when missing and reused across
   * restarts. In memory (lost on close) when omitted. One process at a time per directory: the
   * storage locks it when it opens, and another opener gets `STORAGE_LOCKED`.
   */
  dataDir?: string;
  /**
   * How `storage.vectors` searches. `exact` (default): vectors in a `real[]` column, ranked by
   * cosine in process. `pgvector`: PGlite's `vector` extension (`@electric-sql/pglite-pgvector`,
   * an optional peer) orders them by `<=>` in the database; loading the extension adds to every
   * open (see docs/templates.md, "Vector search in storage"), so it is opt-in.
   */
  vectors?: 'exact' | 'pgvector';
  /**
   * Bound (bytes) of the cache that serves `storage.vectors` searches in this process: each searched
   * collection's vectors decoded as float32 (≈ rows × (dimensions × 4 + 100) bytes), checked by one
   * revision read per search. A larger collection is searched in the database every time. Default
   * 64 MiB; 0 turns the cache off.
   */
  vectorCacheBytes?: number;
}

/**
 * Storage in an embedded Postgres (PGlite, WebAssembly): the default for one-process setups.
 * Same SQL, migrations and behaviour as `postgresStorage`. `@electric-sql/pglite` is loaded on
 * first use, so creating the storage does no I/O.
 *
 * Two processes writing one data directory would corrupt it, so opening it takes a lock
 * (`<dataDir>/buildwright.lock`) that `close()` releases and that dies with the process (also on
 * SIGKILL). A second opener, in this process or another, fails with `STORAGE_LOCKED` naming the
 * holder's pid. Use `postgresStorage` when several processes share data.
 *
 * @example
 * import { pgliteStorage } from '@buildwright/adapters/pglite';
 *
 * const storage = pgliteStorage({ dataDir: '.buildwright/db' });
 * const project = await storage.createProject({ ownerId: 'user-1', name: 'Todo', kind: 'web' });
 * await storage.close();
 */
export function pgliteStorage(options: PgliteStorageOptions = {}): SqlStorage {
  const pgvector = options.vectors === 'pgvector';
  requirePeers('pgliteStorage', pgvector ? ['@electric-sql/pglite', '@electric-sql/pglite-pgvector'] : ['@electric-sql/pglite']);
  let lock: DataDirLock | undefined;
  return sqlStorage({
    provider: 'pglite',
    vectors: options.vectors ?? 'exact',
    ...(options.vectorCacheBytes === undefined ? {} : { vectorCacheBytes: options.vectorCacheBytes }),
    db: async () => {
      const module = await importPeer('pgliteStorage', '@electric-sql/pglite', () => import('@electric-sql/pglite'));
      const extensions = pgvector ? { vector: (await importPeer('pgliteStorage', '@electric-sql/pglite-pgvector', () => import('@electric-sql/pglite-pgvector'))).vector } : undefined;
      const create = (dataDir: string | undefined) => module.PGlite.create({ ...(dataDir === undefined ? {} : { dataDir }), ...(extensions ? { extensions } : {}) });
      if (options.dataDir === undefined) return (await create(undefined)) as unknown as SqlDatabase;
      // The lock comes first: PGlite must never open files another process is writing.
      lock = await lockDataDir(options.dataDir);
      try {
        return (await create(options.dataDir)) as unknown as SqlDatabase;
      } catch (error) {
        await lock.release();
        lock = undefined;
        throw error;
      }
    },
    close: async (db) => {
      try {
        await (db as unknown as { close(): Promise<void> }).close();
      } finally {
        await lock?.release();
        lock = undefined;
      }
    },
  });
}
