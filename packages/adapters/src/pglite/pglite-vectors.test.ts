import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { runVectorStorageSpec } from '@buildwright/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, migrations, sqlStorage, type SqlDatabase } from '../sql/index.js';
import { pgliteStorage } from './pglite-storage.js';

// pgliteStorage owns its PGlite (one opener per database), so these run the SQL storage it builds
// over a PGlite opened here: the spec's second storage over the same database shares it.
const exactDb = (await PGlite.create()) as unknown as SqlDatabase;
// The vector extension of PGlite (@electric-sql/pglite-pgvector): the pgvector search path of the SQL storage.
const pgvectorDb = (await PGlite.create({ extensions: { vector } })) as unknown as SqlDatabase;
afterAll(async () => {
  await (exactDb as unknown as PGlite).close();
  await (pgvectorDb as unknown as PGlite).close();
});

for (const [label, vectorCacheBytes] of [
  ['cached', undefined],
  ['no cache: every search in the database', 0],
] as const) {
  const open = (db: SqlDatabase, vectors: 'exact' | 'pgvector') => () => sqlStorage({ provider: 'pglite', db, vectors, ...(vectorCacheBytes === undefined ? {} : { vectorCacheBytes }) });
  runVectorStorageSpec(open(exactDb, 'exact'), { name: `pglite vectors (exact, ${label})`, mode: 'exact', reopen: open(exactDb, 'exact') });
  runVectorStorageSpec(open(pgvectorDb, 'pgvector'), { name: `pglite vectors (pgvector, ${label})`, mode: 'pgvector', reopen: open(pgvectorDb, 'pgvector') });
}

describe('sqlStorage vectors over PGlite', () => {
  it('behavior: a database that stored vectors before 0013-vector-revisions gets a revision per collection, and its search sees later writes', async () => {
    const db = (await PGlite.create()) as unknown as SqlDatabase;
    try {
      await migrateDatabase(
        db,
        migrations.filter((migration) => migration.id < '0013'),
      );
      await db.query(`INSERT INTO buildwright_vectors (collection, id, content_hash, dimensions, embedding, packed) VALUES ('old', 'a', 'h', 2, '{1,0}', decode('0000803f00000000', 'hex'))`);
      const storage = sqlStorage({ provider: 'pglite', db });
      await storage.migrate();
      expect((await db.query(`SELECT collection, revision::int AS revision FROM buildwright_vector_collections`)).rows).toEqual([{ collection: 'old', revision: 1 }]);
      expect((await storage.vectors.search('old', [1, 0], { k: 1 })).map((match) => match.id)).toEqual(['a']);
      await sqlStorage({ provider: 'pglite', db }).vectors.put('old', [{ id: 'b', contentHash: 'hb', vector: [1, 0.001] }]);
      expect((await storage.vectors.search('old', [0, 1], { k: 1 })).map((match) => match.id)).toEqual(['b']);
    } finally {
      await (db as unknown as PGlite).close();
    }
  });

  it('behavior: a put of items stored as given writes nothing (the revision stays), whatever the order of their metadata keys; a changed vector, hash or metadata is written', async () => {
    const db = (await PGlite.create()) as unknown as SqlDatabase;
    try {
      const storage = sqlStorage({ provider: 'pglite', db });
      await storage.migrate();
      const revision = async () => (await db.query(`SELECT revision::int AS revision FROM buildwright_vector_collections WHERE collection = 'c'`)).rows[0]?.revision;
      // Keys out of jsonb's order (shorter first, then by bytes): the stored metadata comes back reordered and is still the same.
      const items = [
        { id: 'a', contentHash: 'ha', vector: [1, 0], metadata: { kind: 'web', area: { title: 'x', at: 1 } } },
        { id: 'b', contentHash: 'hb', vector: [0, 1] },
      ];
      await storage.vectors.put('c', items);
      expect(await revision()).toBe(1);
      // A new process's index puts back what it found cached.
      await sqlStorage({ provider: 'pglite', db }).vectors.put('c', items);
      expect(await revision()).toBe(1);
      await storage.vectors.put('c', [{ ...items[1]!, vector: [0.5, 0.5] }]);
      expect(await revision()).toBe(2);
      await storage.vectors.put('c', [{ ...items[0]!, metadata: { kind: 'api' } }]);
      await storage.vectors.put('c', [{ ...items[0]!, metadata: { kind: 'api' }, contentHash: 'ha2' }]);
      expect(await revision()).toBe(4);
      expect((await storage.vectors.search('c', [0.5, 0.5], { k: 1 })).map((match) => match.id)).toEqual(['b']);
      expect([...(await storage.vectors.get('c', ['ha', 'ha2'])).keys()]).toEqual(['ha2']);
    } finally {
      await (db as unknown as PGlite).close();
    }
  });

  it('error: a vectorCacheBytes below 0 or not a number is INVALID_INPUT saying 0 turns the cache off', () => {
    for (const vectorCacheBytes of [-1, Number.NaN]) {
      const refused = expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringMatching(/vectorCacheBytes must be .*0 turns the vector cache off/) });
      expect(() => sqlStorage({ provider: 'pglite', db: exactDb, vectorCacheBytes })).toThrow(refused);
      expect(() => pgliteStorage({ vectorCacheBytes })).toThrow(refused);
    }
  });
});
