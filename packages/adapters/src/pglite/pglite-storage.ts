import { BuildwrightError } from '@buildwright/core';
import { sqlStorage, type SqlDatabase, type SqlStorage } from '../sql/index.js';

/** Options of {@link pgliteStorage}. */
export interface PgliteStorageOptions {
  /**
   * Directory holding the database; created when missing and reused across restarts.
   * In memory (lost on close) when omitted. One process at a time per directory.
   */
  dataDir?: string;
}

/**
 * Storage in an embedded Postgres (PGlite, WebAssembly): the default for one-process setups.
 * Same SQL, migrations and behaviour as `postgresStorage`. `@electric-sql/pglite` is loaded on
 * first use, so creating the storage does no I/O.
 *
 * @example
 * import { pgliteStorage } from '@buildwright/adapters/pglite';
 *
 * const storage = pgliteStorage({ dataDir: '.buildwright/db' });
 * const project = await storage.createProject({ ownerId: 'user-1', name: 'Todo', kind: 'web' });
 * await storage.close();
 */
export function pgliteStorage(options: PgliteStorageOptions = {}): SqlStorage {
  return sqlStorage({
    provider: 'pglite',
    db: async () => {
      let module: typeof import('@electric-sql/pglite');
      try {
        module = await import('@electric-sql/pglite');
      } catch (error) {
        throw new BuildwrightError({
          code: 'STORAGE_ERROR',
          message: 'pgliteStorage needs the @electric-sql/pglite package. Install it: pnpm add @electric-sql/pglite',
          cause: error,
        });
      }
      return (options.dataDir === undefined ? await module.PGlite.create() : await module.PGlite.create(options.dataDir)) as unknown as SqlDatabase;
    },
    close: async (db) => {
      await (db as unknown as { close(): Promise<void> }).close();
    },
  });
}
