import type { VectorMatch } from '../spec/vector-storage.js';

/**
 * Cosine similarity of two vectors of one length (-1 to 1; 0 when either is all zeros).
 *
 * @example
 * cosineSimilarity([1, 0], [1, 1]); // 0.7071…
 */
export function cosineSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
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

/** A candidate of an exact cosine search: its id, its vector, its metadata when it has some. */
export interface CosineCandidate {
  id: string;
  vector: ArrayLike<number>;
  metadata?: Record<string, unknown> | undefined;
}

/** Vectors with their norms computed once: exact cosine searches over them (see `cosineIndex`). */
export interface CosineIndex {
  /** The `k` candidates most similar to `query` by cosine, best first, ties by id; only those of `ids` when given. */
  search(query: ArrayLike<number>, k: number, ids?: Iterable<string>): VectorMatch[];
}

/**
 * Exact cosine search over fixed candidates: each vector's norm is computed here, once, so a search
 * costs one dot product per candidate, over the query's non-zero numbers only (a lexical query
 * vector is mostly zeros). Scores equal `cosineSimilarity`'s. The vectors are kept, not copied.
 *
 * @example
 * const index = cosineIndex([{ id: 'a', vector: [1, 0] }, { id: 'b', vector: [0, 1] }]);
 * index.search([1, 0.1], 1); // [{ id: 'a', score: 0.995… }]
 */
export function cosineIndex(candidates: readonly CosineCandidate[]): CosineIndex {
  const norms = candidates.map(({ vector }) => {
    let norm = 0;
    for (let index = 0; index < vector.length; index++) norm += vector[index]! * vector[index]!;
    return norm;
  });
  return {
    search(query, k, ids) {
      const kept = ids === undefined ? undefined : new Set(ids);
      const nonZero: number[] = [];
      let queryNorm = 0;
      for (let index = 0; index < query.length; index++) {
        if (query[index] === 0) continue;
        nonZero.push(index);
        queryNorm += query[index]! * query[index]!;
      }
      const matches: VectorMatch[] = [];
      for (const [position, { id, vector, metadata }] of candidates.entries()) {
        if (kept !== undefined && !kept.has(id)) continue;
        let dot = 0;
        for (const index of nonZero) dot += query[index]! * vector[index]!;
        const norm = norms[position]!;
        matches.push({ id, score: queryNorm === 0 || norm === 0 ? 0 : dot / Math.sqrt(norm * queryNorm), ...(metadata === undefined ? {} : { metadata }) });
      }
      return matches.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, k);
    },
  };
}

/**
 * Exact nearest neighbours: the `k` candidates most similar to `query` by cosine, best first, ties
 * by id. What the exact `VectorStorage` backends (memory, SQL over `real[]`) search with.
 *
 * @example
 * rankByCosine([{ id: 'a', vector: [1, 0] }, { id: 'b', vector: [0, 1] }], [1, 0.1], 1); // [{ id: 'a', score: 0.995… }]
 */
export function rankByCosine(candidates: Iterable<CosineCandidate>, query: ArrayLike<number>, k: number): VectorMatch[] {
  return cosineIndex([...candidates]).search(query, k);
}
