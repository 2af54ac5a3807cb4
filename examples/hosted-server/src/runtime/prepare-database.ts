import type { StorageAdapter } from '@buildwright/core';
import { migrateDatabase } from '../db/migrate.js';

/**
 * Creates or updates every table: the SDK's (`storage.migrate()`) and the example's (node-pg-migrate,
 * `hs_*`). Safe to run from several processes at once.
 *
 * @example
 * await prepareDatabase({ databaseUrl: config.databaseUrl, storage: services.shared.storage });
 */
export async function prepareDatabase(options: { databaseUrl: string; storage: StorageAdapter; log?: (message: string) => void }): Promise<void> {
  await options.storage.migrate();
  await migrateDatabase(options.databaseUrl, options.log);
}
