import { BuildwrightError } from '@buildwright/client';
import { describe, expect, it } from 'vitest';
import type { EmbeddingAdapter } from '../spec/embedding.js';
import { hybridEmbeddings } from './hybrid-embeddings.js';
import { lexicalEmbeddings } from './lexical-embeddings.js';

const dot = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * b[index]!, 0);
const cosine = (a: number[], b: number[]) => dot(a, b) / Math.sqrt(dot(a, a) * dot(b, b));

/** A second real embedder with other vectors: the lexical one at another length (other hash buckets). */
const other = lexicalEmbeddings({ dimensions: 64 });
const lexical = lexicalEmbeddings();
const texts = ['an NFT marketplace to mint and sell NFTs', 'minting nft collections', 'a todo list with due dates', 'sell tickets as nfts'];

describe('hybridEmbeddings', () => {
  it("behavior: the cosine of two hybrid vectors is the weighted sum of the parts' cosines (weights divided by their sum)", async () => {
    const hybrid = hybridEmbeddings([
      { embeddings: lexical, weight: 3 },
      { embeddings: other, weight: 1 },
    ]);
    expect(hybrid).toMatchObject({ specificationVersion: 'v1', dimensions: 2048 + 64, model: 'hybrid(buildwright-lexical-v1-2048*0.75+buildwright-lexical-v1-64*0.25)' });
    const [vectors, a, b] = await Promise.all([hybrid.embed(texts), lexical.embed(texts), other.embed(texts)]);
    expect(vectors.map((vector) => vector.length)).toEqual([2112, 2112, 2112, 2112]);
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) expect(dot(vectors[i]!, vectors[j]!)).toBeCloseTo(0.75 * cosine(a[i]!, a[j]!) + 0.25 * cosine(b[i]!, b[j]!), 10);
    }
    expect(dot(vectors[0]!, vectors[0]!)).toBeCloseTo(1, 10);
    expect(await hybrid.embed(texts)).toEqual(vectors);
    expect(dot(vectors[0]!, vectors[1]!)).toBeGreaterThan(dot(vectors[0]!, vectors[2]!));
  });

  it('behavior: a part that gives a zero vector (no known word) adds nothing instead of NaN', async () => {
    const [empty, text] = await hybridEmbeddings([
      { embeddings: lexical, weight: 1 },
      { embeddings: other, weight: 1 },
    ]).embed(['', 'a todo list']);
    expect(empty!.every((value) => value === 0)).toBe(true);
    expect(text!.every(Number.isFinite)).toBe(true);
  });

  it('error: fewer than two parts or a weight that is not positive is INVALID_INPUT; a part returning a wrong length is EMBEDDING_FAILED', async () => {
    const code = (make: () => unknown) => {
      try {
        make();
      } catch (error) {
        return BuildwrightError.isInstance(error) ? error.code : String(error);
      }
    };
    expect(code(() => hybridEmbeddings([{ embeddings: lexical, weight: 1 }]))).toBe('INVALID_INPUT');
    expect(
      code(() =>
        hybridEmbeddings([
          { embeddings: lexical, weight: 1 },
          { embeddings: other, weight: 0 },
        ]),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      code(() =>
        hybridEmbeddings([
          { embeddings: lexical, weight: 1 },
          { embeddings: other, weight: Number.NaN },
        ]),
      ),
    ).toBe('INVALID_INPUT');
    const short: EmbeddingAdapter = { specificationVersion: 'v1', model: 'short', dimensions: 8, embed: async (input) => input.map(() => [1, 2, 3]) };
    const failing = hybridEmbeddings([
      { embeddings: lexical, weight: 1 },
      { embeddings: short, weight: 1 },
    ]);
    await expect(failing.embed(['x'])).rejects.toMatchObject({ code: 'EMBEDDING_FAILED', details: { model: 'short', expected: 8, got: 3 } });
  });

  it('error: an aborted signal rejects with its reason', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(
      hybridEmbeddings([
        { embeddings: lexical, weight: 1 },
        { embeddings: other, weight: 1 },
      ]).embed(['x'], { signal: controller.signal }),
    ).rejects.toThrow('stop');
  });
});
