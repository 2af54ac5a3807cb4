import { z } from 'zod';
import type { BuilderContext } from '../run/run-context.js';
import type { ProjectKind } from '../spec/storage.js';
import type { TemplateMatch } from '../templates/template-index.js';
import { parseInput } from './generate.js';

/** Options of `builder.searchTemplates`. */
export interface SearchTemplatesOptions {
  /** Most results, best first: 1 to 50. Default 5. */
  limit?: number;
  /** Only templates that fit this kind. */
  kind?: ProjectKind;
  signal?: AbortSignal;
}

/** Longest query searched, in characters. */
export const maxTemplateQueryLength = 2_000;

const searchSchema = z.object({
  query: z.string().trim().min(1, 'the query is empty; say what the app is').max(maxTemplateQueryLength, `the query is longer than ${maxTemplateQueryLength} characters; shorten it`),
  limit: z.number().int().min(1).max(50).default(5),
  kind: z.enum(['web', 'dapp', 'api']).optional(),
});

/**
 * The builder's templates most similar to `query`, best first, with their cosine similarity
 * (`createBuilder({ embeddings })`, default the offline `lexicalEmbeddings()`). INVALID_INPUT for
 * an empty or over-long query or a limit outside 1–50; EMBEDDING_FAILED when the embedding model fails.
 *
 * @example
 * const [best] = await builder.searchTemplates('an nft minting page', { limit: 3 });
 * console.log(best?.name, best?.score); // dapp-vite 0.31
 */
export async function searchTemplates(builder: BuilderContext, query: string, options: SearchTemplatesOptions = {}): Promise<TemplateMatch[]> {
  const input = parseInput(searchSchema, { query, limit: options.limit, kind: options.kind });
  return builder.templateIndex.search(builder.options.templates ?? {}, input.query, {
    limit: input.limit,
    ...(input.kind ? { kind: input.kind } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}
