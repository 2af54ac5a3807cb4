import { BuildwrightError, type EmbeddingAdapter } from '@buildwright/core';
import type * as OpenAiModule from 'openai';
import type OpenAI from 'openai';
import { requirePeers } from '../internal/peer-dependency.js';
import { openAiClient } from './openai-client.js';
import { openAiError } from './openai-errors.js';

export interface OpenaiEmbeddingsOptions {
  /** Model id, e.g. `text-embedding-3-small`, `nomic-embed-text` (Ollama). */
  model: string;
  /**
   * Length of the vectors. Known for OpenAI's models (3-small and ada-002 1536, 3-large 3072);
   * required for any other. With a `text-embedding-3` model, a smaller value is sent as the
   * request's `dimensions` (the model shortens its vectors).
   */
  dimensions?: number;
  /** API key; else `OPENAI_API_KEY`. Optional with a `baseURL` (local servers need none). */
  apiKey?: string;
  /** Any OpenAI-compatible endpoint serving `/embeddings`; else `OPENAI_BASE_URL`, else OpenAI. */
  baseURL?: string;
  /** Extra HTTP headers on every request. */
  headers?: Record<string, string>;
  /** Texts per request. Default 256 (OpenAI takes up to 2048). */
  batchSize?: number;
  /** Retries on 429, 5xx and lost connections (the `openai` client's own backoff). Default 2. */
  maxRetries?: number;
  /** Longest wait for one request. Default 60000. */
  timeoutMs?: number;
}

const docs = 'templates.md#embeddings';
const knownDimensions: Record<string, number> = { 'text-embedding-3-small': 1536, 'text-embedding-3-large': 3072, 'text-embedding-ada-002': 1536 };

/**
 * An `EmbeddingAdapter` for any OpenAI-compatible `/embeddings` endpoint (OpenAI, Azure-compatible
 * proxies, Ollama, vLLM, LM Studio) on the official `openai` client: batches the texts, keeps
 * their order, checks every vector's length, and reports failures as `EMBEDDING_FAILED`
 * (`details.reason` is the underlying `LLM_*` code; retryable for 429, 5xx and lost connections).
 * No I/O until the first call. See docs/templates.md.
 *
 * @example
 * const embeddings = openaiEmbeddings({ model: 'text-embedding-3-small' });
 * const builder = createBuilder({ llm, sandbox, storage, embeddings });
 */
export function openaiEmbeddings(options: OpenaiEmbeddingsOptions): EmbeddingAdapter {
  requirePeers('openaiEmbeddings', ['openai']);
  const dimensions = validate(options);
  const batchSize = options.batchSize ?? 256;
  const shortened = /^text-embedding-3/.test(options.model) && dimensions !== knownDimensions[options.model];
  let connection: Promise<{ sdk: typeof OpenAiModule; client: OpenAI; label: string }> | undefined;

  const connect = async () => {
    const { sdk, client, baseURL } = await openAiClient('openaiEmbeddings', options, { maxRetries: options.maxRetries ?? 2, timeout: options.timeoutMs ?? 60_000 }, docs);
    return { sdk, client, label: `${options.model} at ${baseURL ?? 'https://api.openai.com/v1'}` };
  };

  const embedBatch = async (texts: readonly string[], signal: AbortSignal | undefined): Promise<number[][]> => {
    connection ??= connect();
    const { sdk, client, label } = await connection.catch((error: unknown) => {
      connection = undefined;
      throw failed(error, options.model);
    });
    let response: OpenAI.Embeddings.CreateEmbeddingResponse;
    try {
      response = await client.embeddings.create(
        {
          model: options.model, // OpenAI refuses an empty string; a space embeds as "nothing said".
          input: texts.map((text) => (text === '' ? ' ' : text)),
          ...(shortened ? { dimensions } : {}),
        },
        signal ? { signal } : {},
      );
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw failed(openAiError(error, sdk, label), options.model);
    }
    const vectors: number[][] = new Array(texts.length);
    for (const item of response.data ?? []) if (item.index >= 0 && item.index < texts.length) vectors[item.index] = Array.from(item.embedding);
    const wrong = texts.findIndex((_, index) => vectors[index]?.length !== dimensions);
    if (wrong !== -1) {
      throw new BuildwrightError({
        code: 'EMBEDDING_FAILED',
        docsPage: docs,
        message: `${label} returned ${vectors[wrong] ? `a vector of ${vectors[wrong].length} numbers` : 'no vector'} for text ${wrong + 1} of ${texts.length}, expected ${dimensions}. Set openaiEmbeddings({ dimensions }) to the model's length.`,
        details: { model: options.model, expected: dimensions, got: vectors[wrong]?.length ?? null },
      });
    }
    return vectors;
  };

  return {
    specificationVersion: 'v1',
    model: `openai:${options.model}:${dimensions}`,
    dimensions,
    async embed(texts, embedOptions) {
      embedOptions?.signal?.throwIfAborted();
      const vectors: number[][] = [];
      for (let start = 0; start < texts.length; start += batchSize) vectors.push(...(await embedBatch(texts.slice(start, start + batchSize), embedOptions?.signal)));
      return vectors;
    },
  };
}

function failed(error: unknown, model: string): BuildwrightError {
  const cause = BuildwrightError.isInstance(error) ? error : new BuildwrightError({ code: 'LLM_UNAVAILABLE', message: String((error as Error)?.message ?? error), retryable: true, cause: error });
  return new BuildwrightError({
    code: 'EMBEDDING_FAILED',
    docsPage: docs,
    message: `Embedding with ${model} failed: ${cause.message}`,
    retryable: cause.retryable,
    details: { model, reason: cause.code },
    cause,
  });
}

function validate(options: OpenaiEmbeddingsOptions): number {
  const fail = (message: string): never => {
    throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: docs, message: `openaiEmbeddings: ${message}` });
  };
  if (typeof options?.model !== 'string' || options.model.trim() === '') fail('`model` is required, e.g. openaiEmbeddings({ model: "text-embedding-3-small" }).');
  const dimensions = options.dimensions ?? knownDimensions[options.model];
  if (dimensions === undefined) fail(`the length of ${options.model}'s vectors is not known: pass \`dimensions\` (e.g. 768 for nomic-embed-text).`);
  if (!Number.isInteger(dimensions) || dimensions! < 1) fail(`\`dimensions\` must be a positive integer, got ${String(dimensions)}.`);
  for (const key of ['batchSize', 'maxRetries', 'timeoutMs'] as const) {
    const value = options[key];
    if (value !== undefined && (!Number.isInteger(value) || value < (key === 'maxRetries' ? 0 : 1)))
      fail(`\`${key}\` must be an integer ${key === 'maxRetries' ? '>= 0' : '> 0'}, got ${String(value)}.`);
  }
  return dimensions!;
}
