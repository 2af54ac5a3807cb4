import { fileURLToPath } from 'node:url';
import { runner } from 'node-pg-migrate';

/** The example's SQL migrations (node-pg-migrate, `-- Up Migration` / `-- Down Migration` files). */
export const migrationsDir = fileURLToPath(new URL('../../migrations', import.meta.url));

/**
 * Applies the example's pending migrations (tables `hs_*`, tracked in `hs_migrations`). Several
 * processes may call it at once: they wait on node-pg-migrate's advisory lock.
 *
 * @example
 * await migrateDatabase(process.env.DATABASE_URL!);
 */
export async function migrateDatabase(databaseUrl: string, log: (message: string) => void = () => {}): Promise<void> {
  await runner({
    databaseUrl,
    dir: migrationsDir,
    direction: 'up',
    migrationsTable: 'hs_migrations',
    advisoryLockMode: 'wait',
    log,
    logger: { debug: () => {}, info: log, warn: log, error: log },
  });
}
