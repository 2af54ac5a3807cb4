import { BuildwrightError } from '@buildwright/client';
import type { EmbeddingAdapter } from '../spec/embedding.js';

/** One part of `hybridEmbeddings`: an embedder and its share of the score. */
export interface HybridEmbeddingsPart {
  embeddings: EmbeddingAdapter;
  /** Its weight; the weights are divided by their sum. Positive. */
  weight: number;
}

/**
 * Score fusion as one `EmbeddingAdapter`: each part's vector is L2-normalised, scaled by the
 * square root of its share of the weights and the parts are concatenated, so the cosine of two
 * hybrid vectors is exactly the weighted sum of the parts' cosines (Σ wᵢ·cosᵢ, the weights summing
 * to 1). Any vector store or index that compares by cosine therefore fuses the scores with no
 * change. Typical use: a lexical embedder (exact words, names, tags) with a small model (synonyms).
 * The parts embed the same texts side by side; `model` names every part and weight, so changing
 * one re-embeds. `dimensions` is the sum of the parts'.
 *
 * @example
 * const embeddings = hybridEmbeddings([
 *   { embeddings: lexicalEmbeddings(), weight: 0.5 },
 *   { embeddings: sentenceEncoderEmbeddings(), weight: 0.5 },
 * ]);
 */
export function hybridEmbeddings(parts: readonly HybridEmbeddingsPart[]): EmbeddingAdapter {
  if (!Array.isArray(parts) || parts.length < 2) invalid(`give at least two parts (got ${Array.isArray(parts) ? parts.length : typeof parts}).`);
  for (const [index, part] of parts.entries()) {
    if (typeof part?.embeddings?.embed !== 'function') invalid(`part ${index + 1} has no \`embeddings\` adapter.`);
    if (!(Number.isFinite(part.weight) && part.weight > 0)) invalid(`part ${index + 1} (${part.embeddings.model}) needs a positive weight (got ${String(part.weight)}).`);
  }
  const total = parts.reduce((sum, part) => sum + part.weight, 0);
  const scales = parts.map((part) => Math.sqrt(part.weight / total));
  const dimensions = parts.reduce((sum, part) => sum + part.embeddings.dimensions, 0);
  return {
    specificationVersion: 'v1',
    model: `hybrid(${parts.map((part) => `${part.embeddings.model}*${+(part.weight / total).toFixed(4)}`).join('+')})`,
    dimensions,
    async embed(texts, options) {
      options?.signal?.throwIfAborted();
      const outputs = await Promise.all(parts.map((part) => part.embeddings.embed(texts, options)));
      return texts.map((_, row) => {
        const vector: number[] = [];
        outputs.forEach((output, part) => {
          const piece = output[row];
          const expected = parts[part]!.embeddings.dimensions;
          if (piece?.length !== expected) {
            throw new BuildwrightError({
              code: 'EMBEDDING_FAILED',
              docsPage: 'templates.md#hybrid-embeddings',
              message: `hybridEmbeddings: ${parts[part]!.embeddings.model} returned ${piece ? `a vector of ${piece.length} numbers` : 'no vector'} for text ${row + 1} of ${texts.length}, expected ${expected}.`,
              details: { model: parts[part]!.embeddings.model, expected, got: piece?.length ?? null },
            });
          }
          let squares = 0;
          for (const value of piece) squares += value * value;
          const factor = squares === 0 ? 0 : scales[part]! / Math.sqrt(squares);
          for (const value of piece) vector.push(value * factor);
        });
        return vector;
      });
    },
  };
}

function invalid(message: string): never {
  throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'templates.md#hybrid-embeddings', message: `hybridEmbeddings: ${message}` });
}
