import { describe, expect, it } from 'vitest';
import { cosineIndex, cosineSimilarity, rankByCosine } from './cosine.js';

/** Seeded vectors with about half their numbers zero (the positive ones), like a lexical embedding's. */
function sparseVectors(count: number, dimensions: number, seed: number): number[][] {
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 1_073_741_824 - 1;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: dimensions }, () => {
      const value = next();
      return Math.min(value, 0);
    }),
  );
}

describe('cosineIndex', () => {
  it('default: scores equal cosineSimilarity exactly, best first, over sparse and dense queries', () => {
    const candidates = sparseVectors(300, 64, 7).map((vector, index) => ({ id: `c${index}`, vector }));
    const index = cosineIndex(candidates);
    for (const query of [...sparseVectors(3, 64, 11), Array.from({ length: 64 }, (_, at) => Math.sin(at + 1))]) {
      const expected = candidates
        .map((candidate) => ({ id: candidate.id, score: cosineSimilarity(query, candidate.vector) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, 10);
      expect(index.search(query, 10)).toEqual(expected);
    }
  });

  it('behavior: ids keeps the search to those candidates; ties go by id; zero vectors score 0; metadata comes back', () => {
    const index = cosineIndex([
      { id: 'b', vector: [2, 0] },
      { id: 'a', vector: [1, 0], metadata: { kind: 'web' } },
      { id: 'zero', vector: [0, 0] },
      { id: 'c', vector: [0, 1] },
    ]);
    expect(index.search([1, 0], 4)).toEqual([
      { id: 'a', score: 1, metadata: { kind: 'web' } },
      { id: 'b', score: 1 },
      { id: 'c', score: 0 },
      { id: 'zero', score: 0 },
    ]);
    expect(index.search([1, 0], 5, ['c', 'zero', 'unknown']).map((match) => match.id)).toEqual(['c', 'zero']);
    expect(index.search([0, 0], 1)).toEqual([{ id: 'a', score: 0, metadata: { kind: 'web' } }]);
    expect(rankByCosine([{ id: 'x', vector: [0, 3] }], [0, 1], 1)).toEqual([{ id: 'x', score: 1 }]);
  });
});
