import { createHash } from 'node:crypto';
import { BuildwrightError } from '@buildwright/client';
import type { EmbeddingAdapter } from '../spec/embedding.js';
import type { VectorStorage } from '../spec/vector-storage.js';
import { cosineIndex, type CosineIndex } from './cosine.js';

/** One entry to search: its name, the text it is found by, and whether it may be returned. */
export interface SimilarityEntry {
  name: string;
  text: string;
  /** False: still embedded and cached, but not returned (another kind). Default true. */
  eligible?: boolean;
}

/** A searched entry's name and its cosine similarity to the query (-1 to 1, 4 decimals). */
export interface SimilarityMatch {
  name: string;
  score: number;
}

/** Where a similarity index keeps its vectors instead of process memory (see `createSimilarityIndex`). */
export interface SimilarityIndexStore {
  /** The storage's vectors (`storage.vectors`). */
  vectors: VectorStorage;
  /** The collection of this index's entries, one per registry and model, e.g. `templates:<model>`. */
  collection: string;
}

/** Options of `SimilarityIndex.search`. */
export interface SimilaritySearchOptions {
  /** Most results, best first. Default 5. */
  limit?: number;
  signal?: AbortSignal;
}

/**
 * Cosine search over named texts (templates, patterns) with one embedding model. One `embed` call
 * per search: the query and the texts not cached yet. Vectors are cached by text, so an entry is
 * embedded again only when its text changes, and vectors of entries no longer searched are
 * dropped: the index follows a registry that changes under it.
 *
 * Without `store` the cache is this object's memory and the search is exact cosine in process
 * (norms computed once per set of entries: a search over the same entries embeds only the query).
 * With `store` the vectors live in the storage (`storage.vectors`), filed by the SHA-256 of model
 * and text: a new index over the same storage (a restarted server) reads them with one `get` and
 * embeds only the query, a changed text is embedded again and replaces its entry, and entries no
 * longer in the registry are pruned when the registry changes. The search ranks the entries' vectors
 * here, by exact cosine over float32 as the storage keeps them: a registry is small, and a new
 * process's first search reads nothing more (issue 14).
 *
 * @example
 * const index = createSimilarityIndex(lexicalEmbeddings(), { vectors: storage.vectors, collection: 'patterns:lexical' });
 * const [best] = await index.search([{ name: 'chart', text: 'an SVG bar chart' }], 'bar chart of sales', { limit: 1 });
 */
export function createSimilarityIndex(embeddings: EmbeddingAdapter, store?: SimilarityIndexStore) {
  return { embeddings, search: store ? storedSearch(embeddings, store) : memorySearch(embeddings) };
}

/** A similarity index over one embedding model (see `createSimilarityIndex`). */
export type SimilarityIndex = ReturnType<typeof createSimilarityIndex>;

type Search = (entries: readonly SimilarityEntry[], query: string, options?: SimilaritySearchOptions) => Promise<SimilarityMatch[]>;

function memorySearch(embeddings: EmbeddingAdapter): Search {
  let cache = new Map<string, number[]>();
  /** The entries of the last search and their index: a search over the same entries only embeds the query. */
  let last: { entries: SeenEntry[]; index: CosineIndex; order: Map<string, number>; eligible: string[] } | undefined;
  return async (entries, query, options = {}) => {
    // Taken before any await: a concurrent search over other entries may replace `last` meanwhile.
    let known = last !== undefined && sameEntries(last.entries, entries) ? last : undefined;
    let queryVector: number[];
    if (known) {
      queryVector = (await embedChecked(embeddings, [query], options.signal))[0]!;
    } else {
      const missing = [...new Set(entries.filter((entry) => !cache.has(entry.text)).map((entry) => entry.text))];
      const [embeddedQuery, ...vectors] = await embedChecked(embeddings, [query, ...missing], options.signal);
      const fresh = new Map(missing.map((text, index) => [text, vectors[index]!]));
      cache = new Map(entries.map((entry) => [entry.text, cache.get(entry.text) ?? fresh.get(entry.text)!]));
      const eligible = entries.filter((entry) => entry.eligible !== false);
      known = last = {
        entries: seen(entries),
        index: cosineIndex(eligible.map((entry) => ({ id: entry.name, vector: cache.get(entry.text)! }))),
        order: new Map(entries.map((entry, position) => [entry.name, position])),
        eligible: eligible.map((entry) => entry.name),
      };
      queryVector = embeddedQuery!;
    }
    const { index, order, eligible } = known;
    // Rounded scores, ties in the registry's order.
    return index
      .search(queryVector, eligible.length)
      .map((match) => ({ name: match.id, score: round(match.score) }))
      .sort((a, b) => b.score - a.score || order.get(a.name)! - order.get(b.name)!)
      .slice(0, options.limit ?? 5);
  };
}

/** An entry as a search saw it, to tell whether the next search is over the same entries. */
interface SeenEntry {
  name: string;
  text: string;
  eligible: boolean;
}

function seen(entries: readonly SimilarityEntry[]): SeenEntry[] {
  return entries.map((entry) => ({ name: entry.name, text: entry.text, eligible: entry.eligible !== false }));
}

function sameEntries(seenEntries: readonly SeenEntry[], entries: readonly SimilarityEntry[]): boolean {
  return (
    seenEntries.length === entries.length &&
    entries.every((entry, index) => {
      const before = seenEntries[index]!;
      return before.name === entry.name && before.text === entry.text && before.eligible === (entry.eligible !== false);
    })
  );
}

function storedSearch(embeddings: EmbeddingAdapter, { vectors, collection }: SimilarityIndexStore): Search {
  /** name → content hash of the last search's entries (the storage holds their vectors, under that hash). */
  let synced = new Map<string, string>();
  /** content hash → vector, of the last search's entries. */
  let held = new Map<string, Float32Array>();
  /** text → content hash, for the texts of the last search: a warm search hashes nothing. */
  let hashes = new Map<string, string>();
  /** The entries of the last search and their index: a search over the same entries only embeds the query. */
  let last: { entries: SeenEntry[]; index: CosineIndex; order: Map<string, number>; eligible: string[] } | undefined;

  /**
   * Reads from the storage the vectors of `entries` it holds (one `get`), embeds the others with the
   * query (one call) and stores them; returns the query's vector and the entries' index. Only an
   * embedding writes: the first search of a process over an unchanged registry reads once and writes nothing.
   */
  const sync = async (entries: readonly SimilarityEntry[], query: string, signal: AbortSignal | undefined) => {
    const hashed = entries.map((entry) => ({ ...entry, contentHash: hashes.get(entry.text) ?? contentHash(embeddings, entry.text) }));
    hashes = new Map(hashed.map((entry) => [entry.text, entry.contentHash]));
    const known = held;
    const unknown = [...new Set(hashed.filter((entry) => !known.has(entry.contentHash)).map((entry) => entry.contentHash))];
    const found = unknown.length === 0 ? new Map<string, number[]>() : await vectors.get(collection, unknown);
    const missing = [...new Set(hashed.filter((entry) => !known.has(entry.contentHash) && !found.has(entry.contentHash)).map((entry) => entry.text))];
    const [queryVector, ...fresh] = await embedChecked(embeddings, [query, ...missing], signal);
    const embedded = new Map(missing.map((text, index) => [text, fresh[index]!]));
    const added = hashed.filter((entry) => embedded.has(entry.text));
    if (added.length > 0) {
      await vectors.put(
        collection,
        added.map((entry) => ({ id: entry.name, contentHash: entry.contentHash, vector: embedded.get(entry.text)! })),
      );
    }
    const names = new Set(hashed.map((entry) => entry.name));
    // A registry that changed (an entry embedded, or one gone since the last search): drop what it no longer has.
    if (added.length > 0 || [...synced.keys()].some((name) => !names.has(name))) await vectors.prune(collection, [...names]);
    synced = new Map(hashed.map((entry) => [entry.name, entry.contentHash]));
    // float32, as the storage keeps them: a search ranks alike whether its vectors were embedded now or read back.
    held = new Map(hashed.map((entry) => [entry.contentHash, known.get(entry.contentHash) ?? Float32Array.from(found.get(entry.contentHash) ?? embedded.get(entry.text)!)]));
    const eligible = hashed.filter((entry) => entry.eligible !== false);
    last = {
      entries: seen(entries),
      index: cosineIndex(eligible.map((entry) => ({ id: entry.name, vector: held.get(entry.contentHash)! }))),
      order: new Map(hashed.map((entry, index) => [entry.name, index])),
      eligible: eligible.map((entry) => entry.name),
    };
    return { queryVector: queryVector!, state: last };
  };

  return async (entries, query, options = {}) => {
    // Taken before any await: a concurrent search over other entries may replace `last` meanwhile.
    const known = last !== undefined && sameEntries(last.entries, entries) ? last : undefined;
    const { queryVector, state } = known ? { queryVector: (await embedChecked(embeddings, [query], options.signal))[0]!, state: known } : await sync(entries, query, options.signal);
    const { index, eligible, order } = state;
    if (eligible.length === 0) return [];
    // Ranked here: the entries' vectors are all in hand (a registry is small), so the storage is not read again.
    return index
      .search(queryVector, options.limit ?? 5)
      .map((match) => ({ name: match.id, score: round(match.score) }))
      .sort((a, b) => b.score - a.score || order.get(a.name)! - order.get(b.name)!);
  };
}

/** The key a text's vector is cached under: SHA-256 of the model, its dimensions and the text. */
function contentHash(embeddings: EmbeddingAdapter, text: string): string {
  return createHash('sha256').update(`${embeddings.model}\n${embeddings.dimensions}\n${text}`, 'utf8').digest('hex');
}

async function embedChecked(embeddings: EmbeddingAdapter, texts: readonly string[], signal: AbortSignal | undefined): Promise<number[][]> {
  let vectors: number[][];
  try {
    vectors = await embeddings.embed(texts, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted || BuildwrightError.isInstance(error)) throw error;
    throw new BuildwrightError({
      code: 'EMBEDDING_FAILED',
      message: `The embedding model ${embeddings.model} failed: ${(error as Error)?.message ?? String(error)}.`,
      cause: error,
      retryable: true,
    });
  }
  if (vectors.length !== texts.length || vectors.some((vector) => vector.length !== embeddings.dimensions || vector.some((value) => !Number.isFinite(value)))) {
    throw new BuildwrightError({
      code: 'EMBEDDING_FAILED',
      message: `The embedding model ${embeddings.model} returned ${vectors.length} vectors for ${texts.length} texts, not all of ${embeddings.dimensions} finite numbers. Check the adapter's dimensions.`,
    });
  }
  return vectors;
}

function round(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}
