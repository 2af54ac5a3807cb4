/**
 * Turns texts into vectors whose cosine similarity says how close their meanings are: template
 * and pattern search. Vendor-free: `lexicalEmbeddings()` in core is the offline default; a
 * production adapter calls an embedding model.
 *
 * @example
 * const [query] = await embeddings.embed(['a kanban board'], { signal });
 */
export interface EmbeddingAdapter {
  readonly specificationVersion: 'v1';
  /** Model name, part of every cache key: vectors of two models are never compared. */
  readonly model: string;
  /** Length of every vector `embed` returns. */
  readonly dimensions: number;
  /**
   * One vector per text, in order, each of length `dimensions`. Rejects with `EMBEDDING_FAILED`
   * (retryable when trying again may help) and with the signal's reason when it is aborted.
   */
  embed(texts: readonly string[], options?: { signal?: AbortSignal }): Promise<number[][]>;
}
