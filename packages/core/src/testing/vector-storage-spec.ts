import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StorageAdapter } from '../spec/storage.js';
import type { VectorSearchMode, VectorStorage } from '../spec/vector-storage.js';
import { rankByCosine } from '../templates/cosine.js';
import { expectCode } from './expect-code.js';

/** Options of {@link runVectorStorageSpec}. */
export interface RunVectorStorageSpecOptions {
  /** Name of the `describe` block; defaults to `vector storage spec`. */
  name?: string;
  /** The `searchMode()` the storage must report. */
  mode: VectorSearchMode;
  /**
   * Opens a second storage over the same database as `storage` (as another process or another
   * builder would), closed by the suite when it is not `storage` itself: a write through either
   * must be seen by the other's next search, whatever either keeps in memory. A storage whose data
   * lives only in its own object (`memoryStorage`) has no other view: pass `(storage) => storage`.
   */
  reopen: (storage: StorageAdapter) => Promise<StorageAdapter> | StorageAdapter;
}

/** A vector of `dimensions` numbers in [-1, 1) from a seeded generator (the same seed, the same vector). */
function seededVector(seed: number, dimensions: number): number[] {
  let state = seed * 2_654_435_761 + 1;
  return Array.from({ length: dimensions }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 1_073_741_824 - 1;
  });
}

/**
 * The conformance suite of `storage.vectors` (`VectorStorage`): cache by content hash, exact
 * ranking by cosine (checked against an in-process exact search of the same vectors), replace by
 * id, prune, dimension errors, and no stale search: writes through a second storage over the same
 * database (`reopen`) are seen at once. Stored vectors may be single precision (`real`): scores are
 * compared to 5 decimals.
 *
 * @example
 * import { runVectorStorageSpec } from '@buildwright/core/testing';
 * runVectorStorageSpec(() => postgresStorage({ connectionString }), { mode: 'exact', reopen: () => postgresStorage({ connectionString }) });
 */
export function runVectorStorageSpec(factory: () => Promise<StorageAdapter> | StorageAdapter, options: RunVectorStorageSpecOptions): void {
  let storage!: StorageAdapter;
  let vectors!: VectorStorage;
  const collection = () => `spec:${randomUUID()}`;

  describe(options.name ?? 'vector storage spec', () => {
    beforeAll(async () => {
      storage = await factory();
      await storage.migrate();
      if (!storage.vectors) throw new Error(`The ${storage.provider} storage has no \`vectors\`: it cannot run the vector storage spec.`);
      vectors = storage.vectors;
    });
    afterAll(async () => {
      await storage?.close();
    });

    it(`default: reports search mode ${options.mode}`, async () => {
      expect(await vectors.searchMode()).toBe(options.mode);
    });

    it('default: get finds stored vectors by content hash, and only those', async () => {
      const name = collection();
      await vectors.put(name, [
        { id: 'a', contentHash: 'hash-a', vector: [0.5, -0.25, 1] },
        { id: 'b', contentHash: 'hash-b', vector: [1, 0, 0] },
      ]);
      const found = await vectors.get(name, ['hash-a', 'hash-missing']);
      expect([...found.keys()]).toEqual(['hash-a']);
      expect(found.get('hash-a')).toEqual([0.5, -0.25, 1]);
      expect((await vectors.get(collection(), ['hash-a'])).size).toBe(0);
    });

    it('behavior: search ranks by cosine like an exact in-process search, best first, with metadata', async () => {
      const name = collection();
      const items = Array.from({ length: 200 }, (_, index) => ({ id: `item-${index}`, contentHash: `hash-${index}`, vector: seededVector(index + 1, 32) }));
      await vectors.put(name, items);
      await vectors.put(name, [{ id: 'tagged', contentHash: 'hash-tagged', vector: seededVector(999, 32), metadata: { kind: 'web' } }]);
      const query = seededVector(999, 32).map((value, index) => value + (index % 3 === 0 ? 0.05 : 0));
      const found = await vectors.search(name, query, { k: 10 });
      const floor = rankByCosine([...items, { id: 'tagged', vector: seededVector(999, 32) }], query, 10);
      expect(found.map((match) => match.id)).toEqual(floor.map((match) => match.id));
      for (const [index, match] of found.entries()) expect(match.score).toBeCloseTo(floor[index]!.score, 5);
      expect(found[0]).toMatchObject({ id: 'tagged', metadata: { kind: 'web' } });
    });

    it('behavior: ids keeps the search to those items; an unknown collection finds nothing', async () => {
      const name = collection();
      await vectors.put(name, [
        { id: 'near', contentHash: 'h1', vector: [1, 0] },
        { id: 'far', contentHash: 'h2', vector: [0, 1] },
        { id: 'opposite', contentHash: 'h3', vector: [-1, 0] },
      ]);
      expect((await vectors.search(name, [1, 0.1], { k: 5 })).map((match) => match.id)).toEqual(['near', 'far', 'opposite']);
      const kept = await vectors.search(name, [1, 0.1], { k: 5, ids: ['far', 'opposite'] });
      expect(kept.map((match) => match.id)).toEqual(['far', 'opposite']);
      expect(kept[1]!.score).toBeCloseTo(-0.99504, 4);
      expect(await vectors.search(collection(), [1, 0], { k: 3 })).toEqual([]);
    });

    it('behavior: a put of an existing id replaces its vector and hash; prune removes the ids not kept, collection by collection', async () => {
      const name = collection();
      const other = collection();
      await vectors.put(name, [
        { id: 'kept', contentHash: 'old', vector: [1, 0] },
        { id: 'gone', contentHash: 'g', vector: [0, 1] },
      ]);
      await vectors.put(other, [{ id: 'gone', contentHash: 'g', vector: [0, 1] }]);
      await vectors.put(name, [{ id: 'kept', contentHash: 'new', vector: [0, 1] }]);
      expect((await vectors.get(name, ['old', 'new'])).has('old')).toBe(false);
      expect(await vectors.prune(name, ['kept'])).toBe(1);
      expect((await vectors.search(name, [0, 1], { k: 5 })).map((match) => [match.id, Math.round(match.score * 1000) / 1000])).toEqual([['kept', 1]]);
      expect((await vectors.search(other, [0, 1], { k: 5 })).map((match) => match.id)).toEqual(['gone']);
      expect(await vectors.prune(collection(), [])).toBe(0);
    });

    it('behavior: a put or prune through another storage over the same database is seen by the next search of both (no stale cache)', async () => {
      const other = await options.reopen(storage);
      try {
        await other.migrate();
        const second = other.vectors!;
        const name = collection();
        const ranked = async (from: VectorStorage) => (await from.search(name, [1, 0], { k: 5 })).map((match) => [match.id, Math.round(match.score * 1000) / 1000]);
        // Both searched before and between the writes: whatever they keep from one search must not answer the next.
        expect(await ranked(second)).toEqual([]);
        await vectors.put(name, [
          { id: 'a', contentHash: 'a', vector: [1, 0] },
          { id: 'b', contentHash: 'b', vector: [0, 1] },
        ]);
        expect(await ranked(second)).toEqual([
          ['a', 1],
          ['b', 0],
        ]);
        expect(await ranked(vectors)).toEqual(await ranked(second));
        await second.put(name, [
          { id: 'a', contentHash: 'a2', vector: [-1, 0], metadata: { moved: true } },
          { id: 'c', contentHash: 'c', vector: [3, 4] },
        ]);
        expect(await ranked(vectors)).toEqual([
          ['c', 0.6],
          ['b', 0],
          ['a', -1],
        ]);
        expect((await vectors.search(name, [-1, 0], { k: 1 }))[0]).toMatchObject({ id: 'a', metadata: { moved: true } });
        expect(await vectors.prune(name, ['b'])).toBe(2);
        expect(await ranked(second)).toEqual([['b', 0]]);
        expect(await second.prune(name, [])).toBe(1);
        expect(await ranked(vectors)).toEqual([]);
        // Emptied, the collection takes vectors of another length, and both see them.
        await second.put(name, [{ id: 'd', contentHash: 'd', vector: [1, 0, 0] }]);
        expect((await vectors.search(name, [1, 0, 0], { k: 5 })).map((match) => match.id)).toEqual(['d']);
      } finally {
        if (other !== storage) await other.close();
      }
    });

    it('error: a vector of another length than its collection is VECTOR_DIMENSION_MISMATCH, and nothing is stored', async () => {
      const name = collection();
      await vectors.put(name, [{ id: 'a', contentHash: 'a', vector: [1, 0, 0] }]);
      const error = await expectCode(vectors.put(name, [{ id: 'b', contentHash: 'b', vector: [1, 0] }]), 'VECTOR_DIMENSION_MISMATCH');
      expect(error.message).toMatch(/holds vectors of 3 numbers, not 2\. .*another collection/);
      await expectCode(vectors.search(name, [1, 0], { k: 1 }), 'VECTOR_DIMENSION_MISMATCH');
      await expectCode(
        vectors.put(collection(), [
          { id: 'x', contentHash: 'x', vector: [1] },
          { id: 'y', contentHash: 'y', vector: [1, 2] },
        ]),
        'VECTOR_DIMENSION_MISMATCH',
      );
      expect((await vectors.get(name, ['b'])).size).toBe(0);
    });

    it('error: k below 1, an empty collection name or a non-finite number is INVALID_INPUT', async () => {
      await expectCode(vectors.search(collection(), [1], { k: 0 }), 'INVALID_INPUT');
      await expectCode(vectors.put('', [{ id: 'a', contentHash: 'a', vector: [1] }]), 'INVALID_INPUT');
      await expectCode(vectors.put(collection(), [{ id: 'a', contentHash: 'a', vector: [Number.NaN] }]), 'INVALID_INPUT');
    });
  });
}
