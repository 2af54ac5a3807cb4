// The Postgres and Redis servers the benchmarks use, and a schema of their own on that Postgres,
// so bench/queue.ts, bench/storage.ts and bench/event-bus.ts name and clean up the same way.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

// pg is a (dev) dependency of @buildwright/adapters, not of the workspace root.
const pg = createRequire(new URL('../packages/adapters/package.json', import.meta.url))('pg') as {
  Pool: new (config: { connectionString: string; max?: number }) => { query(text: string): Promise<unknown>; end(): Promise<void> };
};

/** The Postgres server: BUILDWRIGHT_TEST_DATABASE_URL, or the local test database. */
export const benchDatabaseUrl = process.env.BUILDWRIGHT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** The Redis server: BUILDWRIGHT_TEST_REDIS_URL, then REDIS_URL, or the local one. */
export const benchRedisUrl = process.env.BUILDWRIGHT_TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A fresh lowercase tag for the names of one bench run (schema, key prefix, channel prefix). */
export const benchTag = (): string => randomUUID().replaceAll('-', '').slice(0, 12);

/** A schema of one bench run on the bench's Postgres: `url` connects with `search_path` set to it. */
export interface BenchSchema {
  schema: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates the schema `bw_bench_<tag>` on the bench's Postgres; `drop()` removes it and everything in
 * it. Rejects when the server cannot be reached (a bench that can go on without Postgres says so).
 *
 * @example
 * const { url, drop } = await benchSchema();
 * try { await measure(postgresStorage({ connectionString: url })); } finally { await drop(); }
 */
export async function benchSchema(tag = benchTag()): Promise<BenchSchema> {
  const schema = `bw_bench_${tag}`;
  const admin = new pg.Pool({ connectionString: benchDatabaseUrl, max: 1 });
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } catch (error) {
    await admin.end();
    throw new Error(`Postgres unreachable at ${benchDatabaseUrl} (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const url = new URL(benchDatabaseUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    schema,
    url: url.toString(),
    async drop() {
      try {
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await admin.end();
      }
    },
  };
}
