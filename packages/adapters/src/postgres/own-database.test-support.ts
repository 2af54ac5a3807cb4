import { randomUUID } from 'node:crypto';
import pg from 'pg';

/** The Postgres server of the tests: BUILDWRIGHT_TEST_DATABASE_URL, or the local test database. */
export const testDatabaseUrl = process.env.BUILDWRIGHT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * `url` (default: the test server) with `search_path` set to `schema` on every connection: a test
 * file's or bench's own schema on a shared database.
 *
 * @example
 * const storage = postgresStorage({ connectionString: urlWithSchema(`bw_test_${tag}`) });
 */
export function urlWithSchema(schema: string, url = testDatabaseUrl): string {
  const withSchema = new URL(url);
  withSchema.searchParams.set('options', `-c search_path=${schema}`);
  return withSchema.toString();
}

/**
 * A fresh database on the test server for one test file (LISTEN/NOTIFY channels are per
 * database, so files never hear each other): its URL, and `drop()` for afterAll.
 */
export async function createOwnDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `bw_${label}_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const again = new pg.Client({ connectionString: testDatabaseUrl });
      await again.connect();
      try {
        await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await again.end();
      }
    },
  };
}
