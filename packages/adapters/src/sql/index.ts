export { sqlStorage } from './sql-storage.js';
export type { SqlStorage, SqlStorageOptions } from './sql-storage.js';
export { withTransaction } from './sql-database.js';
export type { SqlClient, SqlDatabase } from './sql-database.js';
export { migrateDatabase } from './migrate.js';
export type { MigrateResult } from './migrate.js';
export { migrations } from './migrations/all-migrations.js';
export type { Migration } from './migrations/migration.js';
export type { SqlVectorMode } from './sql-vectors.js';
