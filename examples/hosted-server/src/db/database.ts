import pg from 'pg';

/** The example's Postgres pool (its own tables); the SDK's storage opens its own pool on the same database. */
export type Database = pg.Pool;

/**
 * A pool on `url` whose lost idle connections do not crash the process.
 *
 * @example
 * const db = openDatabase(config.databaseUrl);
 */
export function openDatabase(url: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 10_000 });
  pool.on('error', () => {});
  return pool;
}

/** Runs `work` in one transaction on one connection. */
export async function inTransaction<T>(db: Database, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** A pool or one connection of it (inside a transaction). */
export type Queryable = Pick<pg.PoolClient, 'query'>;
