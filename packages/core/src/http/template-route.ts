import { z } from 'zod';
import type { Builder } from '../builder/create-builder.js';
import { maxTemplateQueryLength } from '../actions/search-templates.js';
import { templateSummaries } from '../templates/template-summaries.js';
import { parse } from './body.js';
import { json } from './errors.js';
import type { Route } from './router.js';

const templateQuery = z.object({
  query: z.string().trim().min(1, 'expected text to search for').max(maxTemplateQueryLength, `expected at most ${maxTemplateQueryLength} characters`).optional(),
  limit: z
    .string()
    .regex(/^\d{1,2}$/, 'expected a whole number of results (1 to 50)')
    .transform(Number)
    .refine((limit) => limit >= 1 && limit <= 50, 'expected a whole number of results (1 to 50)')
    .optional(),
  kind: z.enum(['web', 'dapp', 'api']).optional(),
});

/**
 * `GET /templates`: the builder's templates (`{ templates: [{ name, kinds, description, tags, stack }] }`),
 * or with `?query=` those most similar to it, best first (`{ templates: [{ name, score, description }] }`);
 * `limit` (1–50, default 5) and `kind` narrow both. INVALID_INPUT (400) for a bad parameter,
 * EMBEDDING_FAILED (503) when the embedding model fails. Templates are the host's, not the owner's:
 * every owner sees the same list.
 *
 * @example
 * await fetch('/api/templates?query=nft+marketplace&limit=3');
 */
export function templateRoute(builder: Builder): Route {
  return {
    method: 'GET',
    pattern: '/templates',
    async handle({ query, request }) {
      const raw = Object.fromEntries(query);
      // `?query=` with nothing in it lists, as `GET /projects?query=` does.
      if (raw.query?.trim() === '') delete raw.query;
      const input = parse(templateQuery, raw, 'query');
      if (input.query === undefined) {
        const listed = templateSummaries(builder.options.templates ?? {}).filter((template) => !input.kind || template.kinds.includes(input.kind));
        return json({ templates: input.limit === undefined ? listed : listed.slice(0, input.limit) });
      }
      const matches = await builder.searchTemplates(input.query, { ...(input.limit ? { limit: input.limit } : {}), ...(input.kind ? { kind: input.kind } : {}), signal: request.signal });
      return json({ templates: matches });
    },
  };
}
