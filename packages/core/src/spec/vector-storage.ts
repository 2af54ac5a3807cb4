/**
 * How a `VectorStorage` searches: `exact` compares the query with every vector of the collection
 * by cosine (in process, or in SQL over `real[]`), `pgvector` orders rows by pgvector's cosine
 * distance (`<=>`) inside the database.
 */
export type VectorSearchMode = 'exact' | 'pgvector';

/** One stored vector: an item of a collection, filed under the hash of the content it embeds. */
export interface VectorItem {
  /** The item's id in its collection (a template name, a pattern name); a second `put` replaces it. */
  id: string;
  /** Hash of the embedded content (with the model): what `get` finds cached vectors by. */
  contentHash: string;
  /** The embedding; every vector of a collection has the same length. */
  vector: readonly number[];
  /** Anything JSON the caller wants back (not searched). */
  metadata?: Record<string, unknown>;
}

/** One search result: the item's id, its cosine similarity to the query (-1 to 1), its metadata when it has some. */
export interface VectorMatch {
  id: string;
  score: number;
  metadata?: Record<string, unknown>;
}

/**
 * Vectors kept by the storage, in named collections (one per embedding model and registry, e.g.
 * `templates:<model>`): a cache of embeddings by content hash and a cosine search over them.
 * Reached as `storage.vectors`; a storage without it leaves similarity indexes in memory.
 *
 * A collection's vectors all have one length, fixed by its first `put`: a vector of another length
 * (put or searched) is `VECTOR_DIMENSION_MISMATCH` and nothing is stored. Not owner-scoped: the
 * collections hold the engine's own registries (templates, patterns), never an owner's data.
 *
 * An implementation may keep vectors in its process to search faster, but a `put` or `prune`
 * through any storage over the same database must be seen by the next `search` of every other.
 *
 * Implementations: `memoryStorage` (exact), `pgliteStorage` (exact, or `{ vectors: 'pgvector' }`),
 * `postgresStorage` (pgvector when the server has the extension, else exact); the SQL ones search
 * a cache of decoded vectors checked by one revision read per search (`vectorCacheBytes`).
 * Conformance: `runVectorStorageSpec(factory)` from `@buildwright/core/testing`.
 *
 * @example
 * await storage.vectors?.put('templates:lexical', [{ id: 'kanban', contentHash: 'ab12…', vector }]);
 * const [best] = (await storage.vectors?.search('templates:lexical', queryVector, { k: 1 })) ?? [];
 */
export interface VectorStorage {
  /** How `search` runs here; asks the database the first time (`postgresStorage` looks for pgvector). */
  searchMode(): Promise<VectorSearchMode>;
  /** Stores items, replacing those of the same id in the collection. One transaction. */
  put(collection: string, items: readonly VectorItem[]): Promise<void>;
  /** Cached vectors by content hash: only the hashes stored in the collection are in the result. */
  get(collection: string, contentHashes: readonly string[]): Promise<Map<string, number[]>>;
  /**
   * The `k` items most similar to `vector` by cosine, best first (ties by id). `ids` keeps only
   * those items (e.g. templates of one kind). Empty for an unknown collection.
   */
  search(collection: string, vector: readonly number[], options: { k: number; ids?: readonly string[] }): Promise<VectorMatch[]>;
  /** Removes the items of the collection whose id is not in `keepIds` (a template removed); returns how many. */
  prune(collection: string, keepIds: readonly string[]): Promise<number>;
}
