import { cosineIndex, type CosineIndex, type VectorMatch } from '@buildwright/core';

/** One collection's vectors, decoded once: what a warm search ranks without reading a row. */
export interface CachedCollection {
  /** The collection's revision when these rows were read (`buildwright_vector_collections`). */
  revision: string;
  /** Length of every vector; `undefined` for an empty collection. */
  dimensions: number | undefined;
  /** Number of rows. */
  size: number;
  /** The rows' vectors (views into one float32 matrix) with their norms. */
  index: CosineIndex;
}

/** A cache entry over decoded rows. */
export const cachedCollection = (revision: string, dimensions: number | undefined, rows: { id: string; vector: Float32Array; metadata: Record<string, unknown> | undefined }[]): CachedCollection => ({
  revision,
  dimensions,
  size: rows.length,
  index: cosineIndex(rows),
});

/** What a collection of `count` vectors of `dimensions` numbers holds in the cache, in bytes (float32, plus ≈ 100 bytes a row for its id and objects). */
export const cachedBytes = (count: number, dimensions: number) => count * (dimensions * 4 + 100);

/** The default bound of a storage's vector cache: 64 MiB (about 15,900 vectors of 1,024 numbers). */
export const defaultVectorCacheBytes = 64 * 1024 * 1024;

/**
 * The process-local cache of decoded vector collections of one SQL storage, bounded by `maxBytes`
 * (least recently searched collections leave first). An entry is used only while the collection's
 * revision in the database is the one it was read at: the caller reads the revision first, then,
 * on a miss, the rows, so rows newer than their revision cost one more read, never a stale result.
 *
 * @example
 * const cache = vectorCache(defaultVectorCacheBytes);
 * const entry = cache.get('templates:lexical', revision) ?? cache.set('templates:lexical', cachedCollection(revision, 2, [{ id: 'a', vector: Float32Array.of(1, 0), metadata: undefined }]));
 * searchCached(entry, [1, 0], 1, undefined); // [{ id: 'a', score: 1 }]
 */
export function vectorCache(maxBytes: number) {
  const collections = new Map<string, { entry: CachedCollection; bytes: number }>();
  let total = 0;
  const drop = (collection: string) => {
    const held = collections.get(collection);
    if (held === undefined) return;
    collections.delete(collection);
    total -= held.bytes;
  };
  return {
    /** Whether a collection of this size may be cached at all (else it is searched in the database). */
    fits: (count: number, dimensions: number) => cachedBytes(count, dimensions) <= maxBytes,
    /** The entry read at `revision`, or `undefined` (an older entry is dropped). */
    get(collection: string, revision: string): CachedCollection | undefined {
      const held = collections.get(collection);
      if (held === undefined) return undefined;
      if (held.entry.revision !== revision) {
        drop(collection);
        return undefined;
      }
      // Most recently searched last: eviction takes from the front.
      collections.delete(collection);
      collections.set(collection, held);
      return held.entry;
    },
    /** Keeps `entry`, evicting the least recently searched collections until the bound holds; returns it. */
    set(collection: string, entry: CachedCollection): CachedCollection {
      drop(collection);
      const bytes = cachedBytes(entry.size, entry.dimensions ?? 0);
      if (bytes > maxBytes) return entry;
      for (const name of collections.keys()) {
        if (total + bytes <= maxBytes) break;
        drop(name);
      }
      collections.set(collection, { entry, bytes });
      total += bytes;
      return entry;
    },
  };
}

/** The `k` cached rows most similar to `query` (exact cosine, ties by id), only those of `ids` when given; metadata copied. */
export function searchCached(entry: CachedCollection, query: readonly number[], k: number, ids: readonly string[] | undefined): VectorMatch[] {
  return entry.index.search(query, k, ids).map((match) => (match.metadata === undefined ? match : { ...match, metadata: structuredClone(match.metadata) }));
}
