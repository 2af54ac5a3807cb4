import { createHash } from 'node:crypto';
import { BuildwrightError } from '@buildwright/client';
import type { EmbeddingAdapter } from '../spec/embedding.js';
import type { ProjectKind } from '../spec/storage.js';
import type { Template } from '../spec/template.js';
import { templateKinds } from './template-manifest.js';

/** One search result: the template's name, its cosine similarity to the query (-1 to 1), its description. */
export interface TemplateMatch {
  name: string;
  score: number;
  description: string;
}

/** Options of `TemplateIndex.search`. */
export interface TemplateSearchOptions {
  /** Most results, best first. Default 5. */
  limit?: number;
  /** Only templates that fit this kind. */
  kind?: ProjectKind;
  signal?: AbortSignal;
}

/** Exact cosine search over templates' search texts; see `createTemplateIndex`. */
export interface TemplateIndex {
  readonly embeddings: EmbeddingAdapter;
  search(templates: Readonly<Record<string, Template>>, query: string, options?: TemplateSearchOptions): Promise<TemplateMatch[]>;
}

/**
 * The text a template is found by: its `searchText`, else its name, description, tags and stack.
 *
 * @example
 * templateSearchText({ name: 'kanban', kind: 'web', description: 'A kanban board', files: {}, tags: ['tasks'] });
 */
export function templateSearchText(template: Template): string {
  return template.searchText ?? [template.name.replaceAll('-', ' '), template.description, ...(template.tags ?? []), ...(template.stack ?? [])].join('\n');
}

/**
 * A search index of templates by similarity. Each search embeds the query, compares it by exact
 * cosine with every template's search-text vector, and returns the best first (ties keep the
 * registry's order). Vectors are cached by a hash of the embedding model and the search text, so
 * a template is embedded again only when its text changes (or a new one appears), and vectors of
 * texts no longer in the registry are dropped: the index follows a registry that changes under it.
 *
 * @example
 * const index = createTemplateIndex(lexicalEmbeddings());
 * const [best] = await index.search(templates, 'an nft minting page', { kind: 'dapp', limit: 1 });
 */
export function createTemplateIndex(embeddings: EmbeddingAdapter): TemplateIndex {
  let cache = new Map<string, number[]>();
  const embed = async (texts: readonly string[], signal: AbortSignal | undefined) => {
    let vectors: number[][];
    try {
      vectors = await embeddings.embed(texts, signal ? { signal } : {});
    } catch (error) {
      if (signal?.aborted || BuildwrightError.isInstance(error)) throw error;
      throw new BuildwrightError({
        code: 'EMBEDDING_FAILED',
        message: `The embedding model ${embeddings.model} failed: ${(error as Error)?.message ?? String(error)}.`,
        cause: error,
        retryable: true,
      });
    }
    if (vectors.length !== texts.length || vectors.some((vector) => vector.length !== embeddings.dimensions || vector.some((value) => !Number.isFinite(value)))) {
      throw new BuildwrightError({
        code: 'EMBEDDING_FAILED',
        message: `The embedding model ${embeddings.model} returned ${vectors.length} vectors for ${texts.length} texts, not all of ${embeddings.dimensions} finite numbers. Check the adapter's dimensions.`,
      });
    }
    return vectors;
  };
  return {
    embeddings,
    async search(templates, query, options = {}) {
      const limit = options.limit ?? 5;
      const keyed = Object.entries(templates).map(([name, template]) => {
        const text = templateSearchText(template);
        return { name, template, text, key: createHash('sha256').update(embeddings.model).update('\0').update(text).digest('hex') };
      });
      const missing = [...new Map(keyed.filter((entry) => !cache.has(entry.key)).map((entry) => [entry.key, entry.text])).entries()];
      const [queryVector, ...vectors] = await embed([query, ...missing.map(([, text]) => text)], options.signal);
      // The index is exactly the registry searched: new and changed texts embedded, vectors of removed ones dropped.
      const fresh = new Map(missing.map(([key], index) => [key, vectors[index]!]));
      cache = new Map(keyed.map((entry) => [entry.key, cache.get(entry.key) ?? fresh.get(entry.key)!]));
      return keyed
        .filter((entry) => !options.kind || templateKinds(entry.template).includes(options.kind))
        .map((entry) => ({ name: entry.name, score: round(cosine(queryVector!, cache.get(entry.key)!)), description: entry.template.description }))
        .sort((a, b) => b.score - a.score)
        .slice(0, limit);
    },
  };
}

function cosine(a: readonly number[], b: readonly number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let index = 0; index < a.length; index++) {
    dot += a[index]! * b[index]!;
    normA += a[index]! * a[index]!;
    normB += b[index]! * b[index]!;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

function round(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}
