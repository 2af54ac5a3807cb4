import type { TemplateMatch } from '@buildwright/client';
import type { EmbeddingAdapter } from '../spec/embedding.js';
import type { ProjectKind } from '../spec/storage.js';
import type { Template } from '../spec/template.js';
import { createSimilarityIndex, type SimilarityIndexStore } from './similarity-index.js';
import { templateKinds } from './template-manifest.js';

/** One search result: the template's name, its cosine similarity to the query (-1 to 1), its description (the wire type of `GET /templates?query=`). */
export type { TemplateMatch };

/** Options of `TemplateIndex.search`. */
export interface TemplateSearchOptions {
  /** Most results, best first. Default 5. */
  limit?: number;
  /** Only templates that fit this kind. */
  kind?: ProjectKind;
  signal?: AbortSignal;
}

/** Cosine search over templates' search texts; see `createTemplateIndex`. */
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
 * registry's order). Vectors are cached by search text (one model per index), so
 * a template is embedded again only when its text changes (or a new one appears), and vectors of
 * texts no longer in the registry are dropped: the index follows a registry that changes under it.
 *
 * With `store` (`{ vectors: storage.vectors, collection }`) the vectors are kept in the storage,
 * by content hash: a new index over the same storage embeds only the query (see
 * `createSimilarityIndex`). The builder does this when its storage has `vectors`.
 *
 * @example
 * const index = createTemplateIndex(lexicalEmbeddings(), { vectors: storage.vectors, collection: 'templates:lexical' });
 * const [best] = await index.search(templates, 'an nft minting page', { kind: 'dapp', limit: 1 });
 */
export function createTemplateIndex(embeddings: EmbeddingAdapter, store?: SimilarityIndexStore): TemplateIndex {
  const index = createSimilarityIndex(embeddings, store);
  return {
    embeddings,
    async search(templates, query, options = {}) {
      const entries = Object.entries(templates).map(([name, template]) => ({ name, text: templateSearchText(template), eligible: !options.kind || templateKinds(template).includes(options.kind) }));
      const matches = await index.search(entries, query, { ...(options.limit === undefined ? {} : { limit: options.limit }), ...(options.signal ? { signal: options.signal } : {}) });
      return matches.map((match) => ({ ...match, description: templates[match.name]!.description }));
    },
  };
}
