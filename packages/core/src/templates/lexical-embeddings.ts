import type { EmbeddingAdapter } from '../spec/embedding.js';
import { lexicalTerms } from './lexical-terms.js';

/** Options of `lexicalEmbeddings`. */
export interface LexicalEmbeddingsOptions {
  /** Length of the vectors (hash buckets). Default 2048. */
  dimensions?: number;
}

/** BM25's term-frequency saturation: the fifth "chart" says less than the first. */
const k1 = 1.2;

/**
 * The offline default `EmbeddingAdapter`: hashed, BM25-weighted bags of words. Each text's terms
 * (`lexicalTerms`: lower-cased, stop words out, stemmed) and adjacent term pairs are hashed into
 * `dimensions` buckets with a sign (so collisions cancel rather than add up), weighted by BM25's
 * saturating term frequency, and the vector is L2-normalised, so cosine similarity is the weighted
 * share of words two texts have in common. No model, no download, no dependency; it knows no
 * synonyms ("blockchain" does not match "web3" unless a text says both), which is why templates
 * carry tags and a search text. Deterministic: the same text always gives the same vector.
 *
 * @example
 * const embeddings = lexicalEmbeddings();
 * const [a, b] = await embeddings.embed(['an nft marketplace', 'mint and sell nfts']);
 */
export function lexicalEmbeddings(options: LexicalEmbeddingsOptions = {}): EmbeddingAdapter {
  const dimensions = options.dimensions ?? 2048;
  if (!Number.isInteger(dimensions) || dimensions < 16 || dimensions > 65_536) throw new RangeError(`lexicalEmbeddings: dimensions must be an integer from 16 to 65536 (got ${dimensions}).`);
  return {
    specificationVersion: 'v1',
    model: `buildwright-lexical-v1-${dimensions}`,
    dimensions,
    async embed(texts, embedOptions) {
      embedOptions?.signal?.throwIfAborted();
      return texts.map((text) => embedText(text, dimensions));
    },
  };
}

function embedText(text: string, dimensions: number): number[] {
  const terms = lexicalTerms(text);
  const counts = new Map<string, number>();
  const add = (feature: string, weight: number) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
  terms.forEach((term, index) => {
    add(term, 1);
    if (index > 0) add(`${terms[index - 1]} ${term}`, 0.5);
  });
  const vector = new Array<number>(dimensions).fill(0);
  for (const [feature, frequency] of counts) {
    const hash = fnv1a(feature);
    const sign = hash & 1 ? 1 : -1;
    vector[(hash >>> 1) % dimensions]! += sign * ((frequency * (k1 + 1)) / (frequency + k1));
  }
  let squares = 0;
  for (const value of vector) squares += value * value;
  const norm = Math.sqrt(squares);
  return norm === 0 ? vector : vector.map((value) => value / norm);
}

/** 32-bit FNV-1a of a string's UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
