import type { VectorItem, VectorStorage } from '../../spec/vector-storage.js';
import { cosineIndex, type CosineIndex } from '../../templates/cosine.js';
import { checkVectorInput, lastItemPerId, vectorDimensionMismatch } from '../../templates/vector-input.js';

interface StoredItem {
  id: string;
  contentHash: string;
  vector: number[];
  metadata: Record<string, unknown> | undefined;
}

/**
 * The vectors of `memoryStorage`: collections in a map, exact cosine over all of a collection's
 * vectors (the floor every other backend is measured against). A collection's norms are computed
 * at its first search after a write (`cosineIndex`), not at every search.
 *
 * @example
 * const vectors = memoryVectors();
 * await vectors.put('templates:lexical', [{ id: 'kanban', contentHash: 'ab12', vector: [1, 0] }]);
 */
export function memoryVectors(): VectorStorage {
  const collections = new Map<string, Map<string, StoredItem>>();
  /** collection → its search index, dropped by every write to the collection. */
  const indexes = new Map<string, CosineIndex>();
  const dimensionsOf = (items: Map<string, StoredItem> | undefined) => items?.values().next().value?.vector.length;
  return {
    searchMode: async () => 'exact',
    async put(collection, items: readonly VectorItem[]) {
      const dimensions = checkVectorInput(
        collection,
        items.map((item) => item.vector),
      );
      const stored = collections.get(collection) ?? new Map<string, StoredItem>();
      const expected = dimensionsOf(stored);
      if (dimensions !== undefined && expected !== undefined && dimensions !== expected) throw vectorDimensionMismatch({ collection, expected, got: dimensions });
      for (const item of lastItemPerId(items)) {
        stored.set(item.id, { id: item.id, contentHash: item.contentHash, vector: [...item.vector], metadata: item.metadata && structuredClone(item.metadata) });
      }
      if (stored.size > 0) collections.set(collection, stored);
      indexes.delete(collection);
    },
    async get(collection, contentHashes) {
      checkVectorInput(collection, []);
      const wanted = new Set(contentHashes);
      const found = new Map<string, number[]>();
      for (const item of collections.get(collection)?.values() ?? []) if (wanted.has(item.contentHash)) found.set(item.contentHash, [...item.vector]);
      return found;
    },
    async search(collection, vector, options) {
      checkVectorInput(collection, [vector], options.k);
      const stored = collections.get(collection);
      const expected = dimensionsOf(stored);
      if (expected !== undefined && vector.length !== expected) throw vectorDimensionMismatch({ collection, expected, got: vector.length });
      if (stored === undefined) return [];
      let index = indexes.get(collection);
      if (index === undefined) {
        index = cosineIndex([...stored.values()]);
        indexes.set(collection, index);
      }
      const matches = index.search(vector, options.k, options.ids);
      return matches.map((match) => (match.metadata ? { ...match, metadata: structuredClone(match.metadata) } : match));
    },
    async prune(collection, keepIds) {
      checkVectorInput(collection, []);
      const stored = collections.get(collection);
      if (!stored) return 0;
      const keep = new Set(keepIds);
      indexes.delete(collection);
      let removed = 0;
      for (const id of [...stored.keys()]) {
        if (!keep.has(id)) {
          stored.delete(id);
          removed++;
        }
      }
      if (stored.size === 0) collections.delete(collection);
      return removed;
    },
  };
}
