import type { TemplateSummary } from '@buildwright/client';
import type { Template } from '../spec/template.js';
import { templateKinds } from './template-manifest.js';

/** What a list of templates shows of each: no files, no guidance (the wire type of `GET /templates`). */
export type { TemplateSummary };

/**
 * The templates of a registry as a list, in registry order.
 *
 * @example
 * templateSummaries(builder.options.templates ?? {}).map((template) => template.name); // ['react-vite', 'dapp-vite', 'hono-api']
 */
export function templateSummaries(templates: Readonly<Record<string, Template>>): TemplateSummary[] {
  return Object.entries(templates).map(([name, template]) => ({
    name,
    kinds: [...templateKinds(template)],
    description: template.description,
    tags: template.tags ?? [],
    stack: template.stack ?? [],
  }));
}
