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

/**
 * Exact nearest neighbours: the `k` candidates most similar to `query` by cosine, best first, ties
 * by id. What the exact `VectorStorage` backends (memory, SQL over `real[]`) search with.
 *
 * @example
 * rankByCosine([{ id: 'a', vector: [1, 0] }, { id: 'b', vector: [0, 1] }], [1, 0.1], 1); // [{ id: 'a', score: 0.995… }]
 */
export function rankByCosine(candidates: Iterable<{ id: string; vector: ArrayLike<number>; metadata?: Record<string, unknown> | undefined }>, query: ArrayLike<number>, k: number): VectorMatch[] {
  const matches: VectorMatch[] = [];
  for (const { id, vector, metadata } of candidates) matches.push({ id, score: cosineSimilarity(query, vector), ...(metadata === undefined ? {} : { metadata }) });
  return matches.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, k);
}
