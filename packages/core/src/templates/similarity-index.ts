import { BuildwrightError } from '@buildwright/client';
import type { EmbeddingAdapter } from '../spec/embedding.js';

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

/**
 * Exact cosine search over named texts (templates, patterns) with one embedding model. Vectors are
 * cached by text (the index has one model), so an entry is embedded again only when its text
 * changes, and vectors of texts no longer searched are dropped: the index follows a registry that
 * changes under it. One `embed` call per search (the query and the texts not cached yet).
 *
 * @example
 * const index = createSimilarityIndex(lexicalEmbeddings());
 * const [best] = await index.search([{ name: 'chart', text: 'an SVG bar chart' }], 'bar chart of sales', { limit: 1 });
 */
export function createSimilarityIndex(embeddings: EmbeddingAdapter) {
  let cache = new Map<string, number[]>();
  return {
    embeddings,
    async search(entries: readonly SimilarityEntry[], query: string, options: { limit?: number; signal?: AbortSignal } = {}): Promise<SimilarityMatch[]> {
      const missing = [...new Set(entries.filter((entry) => !cache.has(entry.text)).map((entry) => entry.text))];
      const [queryVector, ...vectors] = await embedChecked(embeddings, [query, ...missing], options.signal);
      const fresh = new Map(missing.map((text, index) => [text, vectors[index]!]));
      cache = new Map(entries.map((entry) => [entry.text, cache.get(entry.text) ?? fresh.get(entry.text)!]));
      return entries
        .filter((entry) => entry.eligible !== false)
        .map((entry) => ({ name: entry.name, score: round(cosine(queryVector!, cache.get(entry.text)!)) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, options.limit ?? 5);
    },
  };
}

/** A similarity index over one embedding model (see `createSimilarityIndex`). */
export type SimilarityIndex = ReturnType<typeof createSimilarityIndex>;

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

function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let index = 0; index < a.length; index++) {
    dot += a[index]! * b[index]!;
    normA += a[index]! * a[index]!;
    normB += b[index]! * b[index]!;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

function round(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}
