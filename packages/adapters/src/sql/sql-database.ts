import { markCommitUnknown } from './connection-errors.js';

/** Anything that runs one parameterized SQL statement: a `pg.Pool`, a `pg.Client`, a `PGlite`, a transaction. */
export interface SqlClient {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(text: string, params?: unknown[]): Promise<{ rows: any[] }>;
}

/**
 * The structural database port of `sqlStorage`. Transactions are found by shape:
 * - a `transaction(fn)` method (PGlite) is used as is;
 * - a `connect()` method (pg.Pool) checks out one client and runs BEGIN / COMMIT / ROLLBACK on it;
 * - otherwise the object is taken to be a single connection (pg.Client) and BEGIN / COMMIT run on it.
 */
export interface SqlDatabase extends SqlClient {
  transaction?<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  connect?(): Promise<
    SqlClient & { release(error?: Error | boolean): void; on?(event: 'error', listener: (error: Error) => void): unknown; removeListener?(event: 'error', listener: (error: Error) => void): unknown }
  >;
}

/**
 * Runs `fn` in one transaction of `db`, committing when it resolves and rolling back when it throws.
 *
 * @example
 * await withTransaction(pool, async (tx) => {
 *   await tx.query('INSERT INTO a VALUES ($1)', [1]);
 *   await tx.query('INSERT INTO b VALUES ($1)', [2]);
 * });
 */
export async function withTransaction<T>(db: SqlDatabase, fn: (tx: SqlClient) => Promise<T>): Promise<T> {
  if (typeof db.transaction === 'function') return db.transaction(fn);
  if (typeof db.connect === 'function') {
    const client = await db.connect();
    // pg emits 'error' on a checked-out client whose server goes away between two statements; with
    // no listener that would crash the process. The next statement reports the lost connection.
    const ignore = () => undefined;
    client.on?.('error', ignore);
    let broken: Error | undefined;
    try {
      return await inTransaction(client, fn);
    } catch (error) {
      // A client whose ROLLBACK failed is in an unknown state: tell the pool to discard it.
      if (error instanceof RollbackFailedError) broken = error;
      throw error instanceof RollbackFailedError ? error.original : error;
    } finally {
      client.removeListener?.('error', ignore);
      client.release(broken ?? false);
    }
  }
  try {
    return await inTransaction(db, fn);
  } catch (error) {
    throw error instanceof RollbackFailedError ? error.original : error;
  }
}

class RollbackFailedError extends Error {
  constructor(readonly original: unknown) {
    super('ROLLBACK failed');
  }
}

async function inTransaction<T>(client: SqlClient, fn: (tx: SqlClient) => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  let result: T;
  try {
    result = await fn(client);
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch {
      throw new RollbackFailedError(error);
    }
    throw error;
  }
  try {
    await client.query('COMMIT');
  } catch (error) {
    // The server may have committed before the answer was lost: the transaction must not be repeated blindly.
    markCommitUnknown(error);
    throw error;
  }
  return result;
}
