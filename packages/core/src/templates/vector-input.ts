import { BuildwrightError } from '@buildwright/client';
import type { VectorItem } from '../spec/vector-storage.js';

/**
 * The `VECTOR_DIMENSION_MISMATCH` error: a vector whose length is not its collection's.
 *
 * @example
 * throw vectorDimensionMismatch({ collection: 'templates:lexical', expected: 256, got: 384 });
 */
export function vectorDimensionMismatch(input: { collection: string; expected: number; got: number }): BuildwrightError {
  return new BuildwrightError({
    code: 'VECTOR_DIMENSION_MISMATCH',
    message: `Collection "${input.collection}" holds vectors of ${input.expected} numbers, not ${input.got}. Vectors of another embedding model belong in another collection: name the collection after the model (the similarity indexes do), or prune this one to nothing first.`,
    details: { ...input },
  });
}

/**
 * Checks the arguments of a `VectorStorage` call at its boundary: a non-empty collection name,
 * finite numbers, one length for all vectors (`INVALID_INPUT` saying which), a whole `k` ≥ 1.
 * Returns the length of the vectors (undefined when there are none).
 *
 * @example
 * const dimensions = checkVectorInput('templates:lexical', items.map((item) => item.vector));
 */
export function checkVectorInput(collection: string, vectors: readonly (readonly number[])[], k?: number): number | undefined {
  if (typeof collection !== 'string' || collection.length === 0 || collection.length > 200) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', message: 'A vector collection needs a name of 1 to 200 characters, e.g. "templates:<model>".', details: { collection } });
  }
  if (k !== undefined && (!Number.isInteger(k) || k < 1)) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', message: `A vector search needs k, the number of results, as a whole number ≥ 1 (got ${k}).`, details: { k } });
  }
  const [first] = vectors;
  for (const vector of vectors) {
    if (vector.length === 0 || vector.some((value) => !Number.isFinite(value))) {
      throw new BuildwrightError({ code: 'INVALID_INPUT', message: `Vectors of collection "${collection}" must be non-empty arrays of finite numbers.`, details: { collection } });
    }
    if (vector.length !== first!.length) throw vectorDimensionMismatch({ collection, expected: first!.length, got: vector.length });
  }
  return first?.length;
}

/** The last item of each id (a `put` with one id twice keeps the later one, as two puts would). */
export function lastItemPerId(items: readonly VectorItem[]): VectorItem[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}
