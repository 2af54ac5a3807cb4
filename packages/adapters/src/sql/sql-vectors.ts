import { BuildwrightError, canonicalJson, checkVectorInput, lastItemPerId, rankByCosine, vectorDimensionMismatch } from '@buildwright/core';
import type { VectorSearchMode, VectorStorage } from '@buildwright/core';
import { withTransaction, type SqlClient, type SqlDatabase } from './sql-database.js';
import { jsonParameter } from './sql-values.js';
import { cachedCollection, searchCached, vectorCache, type CachedCollection } from './sql-vector-cache.js';

/**
 * How the SQL storage searches vectors: `exact` ranks the rows by cosine in process, `pgvector`
 * orders them by pgvector's `<=>` in the database (the extension must be there), `auto` uses
 * pgvector when the server has the extension and falls back to `exact` when it does not.
 */
export type SqlVectorMode = 'exact' | 'pgvector' | 'auto';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** `[1,2,3]`: a `vector` literal. */
const vectorLiteral = (vector: readonly number[]) => `[${vector.join(',')}]`;

/** A vector as float32 little-endian bytes, in hex (the `packed` column, given as JSON text). */
const packedHex = (vector: readonly number[]) => Buffer.from(Float32Array.from(vector).buffer).toString('hex');

/**
 * The numbers of a `packed` column read as `encode(packed, 'base64')`: PGlite parses a bytea
 * column ten times slower than base64 text (2,000 rows of 1 KB: 185 ms against 15 ms).
 */
function unpack(base64: string): Float32Array {
  // A copy (`new Uint8Array`): Float32Array needs a 4-byte aligned offset, which a pooled Buffer does not promise.
  return new Float32Array(new Uint8Array(Buffer.from(base64, 'base64')).buffer);
}

/**
 * Finds how vectors are searched on `db`: creates the `vector` extension when asked for (or, with
 * `auto`, when the server offers it). A `pgvector` the server cannot give is `STORAGE_ERROR` saying
 * what to do.
 */
export async function resolveVectorMode(db: SqlClient, mode: SqlVectorMode, provider: string): Promise<VectorSearchMode> {
  if (mode === 'exact') return 'exact';
  if (mode === 'auto') {
    const offered = await db.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'vector'`);
    if (offered.rows.length === 0) return 'exact';
    try {
      await db.query('CREATE EXTENSION IF NOT EXISTS vector');
      return 'pgvector';
    } catch {
      // Offered but not creatable here (no privilege): the exact search needs nothing.
      return 'exact';
    }
  }
  try {
    await db.query('CREATE EXTENSION IF NOT EXISTS vector');
    return 'pgvector';
  } catch (error) {
    throw new BuildwrightError({
      code: 'STORAGE_ERROR',
      message: `${provider} storage was asked for pgvector search ({ vectors: 'pgvector' }) but the database cannot create the "vector" extension: ${(error as Error)?.message ?? String(error)}. Install pgvector on the server (or, for PGlite, @electric-sql/pglite-pgvector), or use { vectors: 'auto' } to fall back to exact search.`,
      cause: error,
      details: { provider },
    });
  }
}

/** The dimensions of a collection's vectors, `undefined` while it is empty. */
async function collectionDimensions(db: SqlClient, collection: string): Promise<number | undefined> {
  const row = (await db.query('SELECT dimensions FROM buildwright_vectors WHERE collection = $1 LIMIT 1', [collection])).rows[0];
  return row === undefined ? undefined : Number(row.dimensions);
}

/** A row of `put`, as it is written. */
interface VectorRow {
  id: string;
  content_hash: string;
  embedding: string;
  packed: string;
  metadata: Record<string, unknown> | null;
}

/** The rows whose id is not stored with the same content hash, vector and metadata (`jsonb` reorders keys: compared canonically). */
async function changedRows(tx: SqlClient, collection: string, rows: VectorRow[]): Promise<VectorRow[]> {
  const stored = await tx.query(`SELECT id, content_hash, encode(packed, 'hex') AS packed, metadata FROM buildwright_vectors WHERE collection = $1 AND id = ANY($2::text[])`, [
    collection,
    rows.map((row) => row.id),
  ]);
  const byId = new Map(stored.rows.map((row) => [String(row.id), row]));
  return rows.filter((row) => {
    const current = byId.get(row.id);
    return current?.content_hash !== row.content_hash || current.packed !== row.packed || canonicalJson(current.metadata ?? null) !== canonicalJson(row.metadata);
  });
}

/** The collection's revision (raised by every write), `undefined` for a collection never written. */
async function collectionRevision(db: SqlClient, collection: string): Promise<string | undefined> {
  const row = (await db.query('SELECT revision FROM buildwright_vector_collections WHERE collection = $1', [collection])).rows[0];
  return row === undefined ? undefined : String(row.revision);
}

/** Raises the collection's revision, inside the transaction that changed its rows. */
async function bumpRevision(tx: SqlClient, collection: string): Promise<void> {
  await tx.query(
    `INSERT INTO buildwright_vector_collections (collection, revision) VALUES ($1, 1)
     ON CONFLICT (collection) DO UPDATE SET revision = buildwright_vector_collections.revision + 1`,
    [collection],
  );
}

/** Every row of the collection (one statement, so one snapshot), decoded into one float32 matrix that the rows' vectors view. */
async function readCollection(db: SqlClient, collection: string, revision: string): Promise<CachedCollection> {
  const found = await db.query(`SELECT id, dimensions, encode(packed, 'base64') AS packed, metadata FROM buildwright_vectors WHERE collection = $1 ORDER BY id`, [collection]);
  if (found.rows.length === 0) return cachedCollection(revision, undefined, []);
  const dimensions = Number(found.rows[0].dimensions);
  const matrix = new Float32Array(found.rows.length * dimensions);
  const rows = found.rows.map((row: any, index: number) => {
    const vector = matrix.subarray(index * dimensions, (index + 1) * dimensions);
    vector.set(unpack(row.packed));
    return { id: row.id as string, vector, metadata: (row.metadata ?? undefined) as Record<string, unknown> | undefined };
  });
  return cachedCollection(revision, dimensions, rows);
}

/**
 * `storage.vectors` of the SQL storage: rows of `buildwright_vectors`. `call` is the storage's
 * wrapper (migrated database, errors wrapped); `mode` resolves the search mode once per database.
 *
 * Searches are served from a process-local cache of each collection's decoded vectors, checked by
 * one read of the collection's revision (`buildwright_vector_collections`, raised in the same
 * transaction as every write), so a write through any storage over the database is seen by the
 * next search. A collection larger than `cacheBytes` (decoded float32) is searched in the
 * database every time: by pgvector's `<=>` in `pgvector` mode, else by reading its rows.
 */
export function sqlVectors(call: <T>(action: string, fn: (db: SqlDatabase) => Promise<T>) => Promise<T>, mode: (db: SqlDatabase) => Promise<VectorSearchMode>, cacheBytes: number): VectorStorage {
  const cache = vectorCache(cacheBytes);
  // Async, so that bad input rejects like every other failure instead of throwing at the call.
  return {
    searchMode: () => call('vectors.searchMode', mode),
    put: async (collection, items) => {
      const dimensions = checkVectorInput(
        collection,
        items.map((item) => item.vector),
      );
      if (dimensions === undefined) return call('vectors.put', async () => undefined);
      const rows: VectorRow[] = lastItemPerId(items).map((item) => ({
        id: item.id,
        content_hash: item.contentHash,
        embedding: `{${item.vector.join(',')}}`,
        packed: packedHex(item.vector),
        metadata: item.metadata ?? null,
      }));
      return call('vectors.put', (db) =>
        withTransaction(db, async (tx) => {
          // One writer per collection at a time, so two puts of different lengths cannot both pass the check.
          await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`buildwright_vectors:${collection}`]);
          const expected = await collectionDimensions(tx, collection);
          if (expected !== undefined && expected !== dimensions) throw vectorDimensionMismatch({ collection, expected, got: dimensions });
          // Items already stored as given are not written again: an index in a new process puts back
          // the vectors it found cached, and that writes nothing (the revision, and so every cache, stays).
          const changed = await changedRows(tx, collection, rows);
          if (changed.length === 0) return;
          await tx.query(
            `INSERT INTO buildwright_vectors (collection, id, content_hash, dimensions, embedding, packed, metadata)
             SELECT $1, x.id, x.content_hash, $2, x.embedding::real[], decode(x.packed, 'hex'), x.metadata
             FROM jsonb_to_recordset($3::jsonb) AS x(id text, content_hash text, embedding text, packed text, metadata jsonb)
             ON CONFLICT (collection, id) DO UPDATE SET
               content_hash = excluded.content_hash, dimensions = excluded.dimensions, embedding = excluded.embedding, packed = excluded.packed, metadata = excluded.metadata`,
            [collection, dimensions, jsonParameter(changed)],
          );
          await bumpRevision(tx, collection);
        }),
      );
    },
    get: async (collection, contentHashes) => {
      checkVectorInput(collection, []);
      return call('vectors.get', async (db) => {
        const found = await db.query(
          `SELECT DISTINCT ON (content_hash) content_hash, encode(packed, 'base64') AS packed FROM buildwright_vectors WHERE collection = $1 AND content_hash = ANY($2::text[])`,
          [collection, [...contentHashes]],
        );
        return new Map(found.rows.map((row: any) => [row.content_hash as string, Array.from(unpack(row.packed))]));
      });
    },
    search: async (collection, vector, options) => {
      checkVectorInput(collection, [vector], options.k);
      return call('vectors.search', async (db) => {
        const revision = await collectionRevision(db, collection);
        if (revision === undefined) return [];
        let cached = cache.get(collection, revision);
        if (cached === undefined) {
          // The size first, so that a collection over the bound is never read whole.
          const size = (await db.query('SELECT count(*)::int AS count, max(dimensions) AS dimensions FROM buildwright_vectors WHERE collection = $1', [collection])).rows[0];
          const count = Number(size?.count ?? 0);
          if (count > 0 && !cache.fits(count, Number(size.dimensions))) return searchInDatabase(db, collection, vector, options, Number(size.dimensions));
          cached = cache.set(collection, await readCollection(db, collection, revision));
        }
        if (cached.dimensions === undefined) return [];
        if (cached.dimensions !== vector.length) throw vectorDimensionMismatch({ collection, expected: cached.dimensions, got: vector.length });
        return searchCached(cached, vector, options.k, options.ids);
      });
    },
    prune: async (collection, keepIds) => {
      checkVectorInput(collection, []);
      return call('vectors.prune', (db) =>
        withTransaction(db, async (tx) => {
          const removed = await tx.query('DELETE FROM buildwright_vectors WHERE collection = $1 AND NOT (id = ANY($2::text[])) RETURNING id', [collection, [...keepIds]]);
          if (removed.rows.length > 0) await bumpRevision(tx, collection);
          return removed.rows.length;
        }),
      );
    },
  };

  /** A collection too large for the cache: searched in the database (pgvector `<=>`, or every row read and ranked here). */
  async function searchInDatabase(db: SqlDatabase, collection: string, vector: readonly number[], options: { k: number; ids?: readonly string[] }, expected: number) {
    if (expected !== vector.length) throw vectorDimensionMismatch({ collection, expected, got: vector.length });
    const ids = options.ids === undefined ? null : [...options.ids];
    if ((await mode(db)) === 'pgvector') {
      // real[] → vector is pgvector's own cast; 1 - cosine distance is the cosine similarity.
      const found = await db.query(
        `SELECT id, metadata, 1 - (embedding::vector <=> $2::vector) AS score FROM buildwright_vectors
         WHERE collection = $1 AND ($4::text[] IS NULL OR id = ANY($4::text[]))
         ORDER BY embedding::vector <=> $2::vector, id LIMIT $3`,
        [collection, vectorLiteral(vector), options.k, ids],
      );
      return found.rows.map((row: any) => ({ id: row.id, score: Number.isNaN(Number(row.score)) ? 0 : Number(row.score), ...(row.metadata == null ? {} : { metadata: row.metadata }) }));
    }
    const rows = await db.query(`SELECT id, encode(packed, 'base64') AS packed, metadata FROM buildwright_vectors WHERE collection = $1 AND ($2::text[] IS NULL OR id = ANY($2::text[]))`, [
      collection,
      ids,
    ]);
    return rankByCosine(
      rows.rows.map((row: any) => ({ id: row.id as string, vector: unpack(row.packed), metadata: row.metadata ?? undefined })),
      vector,
      options.k,
    );
  }
}
