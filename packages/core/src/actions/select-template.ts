import { BuildwrightError } from '@buildwright/client';
import type { BuilderContext } from '../run/run-context.js';
import type { ProjectKind } from '../spec/storage.js';
import type { Template } from '../spec/template.js';
import { templateKinds } from '../templates/template-manifest.js';
import type { TemplateSelection } from '../templates/template-selection.js';

/**
 * The template named by `generate({ template })`; INVALID_INPUT naming the known ones when there
 * is none by that name. Checked before the run starts, so a typo fails the call itself.
 */
export function namedTemplate(builder: BuilderContext, name: string): Template {
  const templates = builder.options.templates ?? {};
  // Only the registry's own names: "__proto__" or "constructor" are not templates.
  const template = Object.hasOwn(templates, name) ? templates[name] : undefined;
  if (!template)
    throw new BuildwrightError({ code: 'INVALID_INPUT', message: `Unknown template "${name}". Known templates: ${Object.keys(templates).join(', ') || 'none (pass templates to createBuilder)'}.` });
  return template;
}

/**
 * Least score, and least lead over the kind's default (its first registered template), for another
 * template to be picked instead of the default. Below them a match is noise (hashed lexical vectors
 * share a bucket or two) or a tie, and a generic prompt ("a counter page") keeps the general template.
 */
export const templateSelectionThreshold = { minScore: 0.05, minLead: 0.02 } as const;

/**
 * The template a generation starts from: the named one; else the only one that fits the kind;
 * else the one of the kind most similar to the prompt when it is clearly closer than the kind's
 * default (the first registered: `templateSelectionThreshold`), else that default; with the
 * selection to announce (`template.selected`). A failed search does not fail the run: it takes the
 * default and the selection's reason says why.
 *
 * @example
 * const { template, selection } = await selectTemplate(builder, { kind: 'web', prompt: 'a sales dashboard' });
 */
export async function selectTemplate(
  builder: BuilderContext,
  input: { kind: ProjectKind; prompt: string; template?: string | undefined },
): Promise<{ template: Template | undefined; selection?: TemplateSelection }> {
  if (input.template !== undefined) return { template: namedTemplate(builder, input.template) };
  const templates = builder.options.templates ?? {};
  const fitting = Object.entries(templates).filter(([, template]) => templateKinds(template).includes(input.kind));
  if (fitting.length <= 1) return { template: fitting[0]?.[1] };
  try {
    const ranked = await builder.templateIndex.search(templates, input.prompt, { kind: input.kind, limit: Math.min(fitting.length, 50) });
    const [best, next] = ranked;
    const [defaultName, defaultTemplate] = fitting[0]!;
    const defaultScore = ranked.find((match) => match.name === defaultName)?.score ?? 0;
    const { minScore, minLead } = templateSelectionThreshold;
    if (best!.name !== defaultName && (best!.score < minScore || best!.score - defaultScore < minLead)) {
      return {
        template: defaultTemplate,
        selection: {
          name: defaultName,
          score: defaultScore,
          reason: `the default ${input.kind} template: the most similar of the ${fitting.length}, ${best!.name} at ${best!.score}, is not clearly closer (needs ${minScore} and ${minLead} above the default) (${builder.templateIndex.embeddings.model})`,
        },
      };
    }
    const margin = next ? `; next: ${next.name} at ${next.score}` : '';
    return {
      template: templates[best!.name]!,
      selection: { name: best!.name, score: best!.score, reason: `most similar to the prompt of the ${fitting.length} ${input.kind} templates (${builder.templateIndex.embeddings.model}${margin})` },
    };
  } catch (error) {
    const [name, template] = fitting[0]!;
    const why = error instanceof Error ? error.message : String(error);
    return { template, selection: { name, score: 0, reason: `the template search failed (${why}); took the first ${input.kind} template` } };
  }
}
