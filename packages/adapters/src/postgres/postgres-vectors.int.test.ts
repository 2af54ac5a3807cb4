import { runVectorStorageSpec } from '@buildwright/core/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOwnDatabase } from './own-database.test-support.js';
import { postgresStorage } from './postgres-storage.js';

const database = await createOwnDatabase('vectors');
afterAll(() => database.drop());

/** Whether the test server offers pgvector: the `auto` mode must follow it (the local server here does not). */
async function serverHasPgvector(): Promise<boolean> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'vector'`)).rows.length > 0;
  } finally {
    await client.end();
  }
}
const hasPgvector = await serverHasPgvector();

const exact = () => postgresStorage({ connectionString: database.url, vectors: 'exact' });
runVectorStorageSpec(exact, { name: 'postgres vectors (exact)', mode: 'exact', reopen: exact });
const auto = () => postgresStorage({ connectionString: database.url });
runVectorStorageSpec(auto, {
  name: `postgres vectors (auto: ${hasPgvector ? 'pgvector' : 'exact fallback'})`,
  mode: hasPgvector ? 'pgvector' : 'exact',
  reopen: auto,
});

describe('postgresStorage({ vectors })', () => {
  let storage: ReturnType<typeof postgresStorage>;
  beforeAll(() => {
    storage = postgresStorage({ connectionString: database.url, vectors: 'pgvector' });
  });
  afterAll(() => storage.close());

  it.skipIf(hasPgvector)('error: pgvector asked of a server without the extension is STORAGE_ERROR saying to install it or use auto (only on a server without pgvector)', async () => {
    await expect(storage.vectors.searchMode()).rejects.toMatchObject({
      code: 'STORAGE_ERROR',
      message: expect.stringMatching(/cannot create the "vector" extension.*Install pgvector.*\{ vectors: 'auto' \}/s),
    });
    // The rest of the storage keeps working: only the pgvector search needs the extension.
    expect(await storage.listProjects({ ownerId: 'owner-1' })).toEqual([]);
  });

  it('behavior: a second put of the same items writes nothing though jsonb hands their metadata back with its keys reordered', async () => {
    const items = [{ id: 'a', contentHash: 'ha', vector: [1, 0], metadata: { kind: 'web', area: { title: 'x', at: 1 } } }];
    const revision = async () => {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      try {
        return (await client.query(`SELECT revision::int AS revision FROM buildwright_vector_collections WHERE collection = 'reordered'`)).rows[0]?.revision;
      } finally {
        await client.end();
      }
    };
    await storage.vectors.put('reordered', items);
    await storage.vectors.put('reordered', items);
    expect(await revision()).toBe(1);
  });
});
