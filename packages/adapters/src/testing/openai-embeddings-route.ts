import { lexicalEmbeddings } from '@buildwright/core';

/** Turns one input text into its vector: the test server's stand-in for an embedding model. */
export type TestEmbedder = (text: string, dimensions: number) => number[] | Promise<number[]>;

/** Length of the vectors when a request names no `dimensions`. */
export const testEmbeddingDimensions = 256;

/** An answer of the embeddings route: the status and the JSON body OpenAI would send. */
export interface EmbeddingsAnswer {
  status: number;
  body: unknown;
}

/**
 * Answers `POST /v1/embeddings` as OpenAI does: `input` a string or an array of strings (at most
 * 2048, none empty), `dimensions` optional, `encoding_format` `float` (default) or `base64`
 * (little-endian float32, what the `openai` client asks for by default); the list of embeddings in
 * input order with `usage`. The vectors come from `embed`, by default the SDK's lexical embedder,
 * so texts that share words are close as they would be with a real model.
 */
export async function answerEmbeddings(body: Record<string, unknown>, embed: TestEmbedder | undefined): Promise<EmbeddingsAnswer> {
  const invalid = (message: string, param: string): EmbeddingsAnswer => ({ status: 400, body: { error: { message, type: 'invalid_request_error', param, code: null } } });
  const input = typeof body['input'] === 'string' ? [body['input']] : body['input'];
  if (input === undefined) return invalid("'input' is a required property", 'input');
  if (!Array.isArray(input) || input.length === 0 || input.length > 2048 || input.some((text) => typeof text !== 'string' || text === '')) {
    return invalid("'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.", 'input');
  }
  if (typeof body['model'] !== 'string' || body['model'] === '') return invalid("'model' is a required property", 'model');
  const dimensions = body['dimensions'] ?? testEmbeddingDimensions;
  if (typeof dimensions !== 'number' || !Number.isInteger(dimensions) || dimensions < 16 || dimensions > 65_536)
    return invalid(`Invalid value for 'dimensions' = ${String(dimensions)}.`, 'dimensions');
  const format = body['encoding_format'] ?? 'float';
  if (format !== 'float' && format !== 'base64') return invalid(`Invalid value for 'encoding_format' = ${String(format)}. Supported values are: 'float' and 'base64'.`, 'encoding_format');
  const embedder = embed ?? lexicalEmbedder(dimensions);
  const vectors = await Promise.all((input as string[]).map((text) => embedder(text, dimensions)));
  const tokens = (input as string[]).reduce((sum, text) => sum + Math.ceil(text.length / 4), 0);
  return {
    status: 200,
    body: {
      object: 'list',
      data: vectors.map((vector, index) => ({ object: 'embedding', index, embedding: format === 'base64' ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector })),
      model: body['model'],
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    },
  };
}

function lexicalEmbedder(dimensions: number): TestEmbedder {
  const embeddings = lexicalEmbeddings({ dimensions });
  return async (text) => (await embeddings.embed([text]))[0]!;
}
