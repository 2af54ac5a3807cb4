import type { TemplateChoice } from '../graph/run-runtime.js';
import type { ProjectKind } from '../spec/storage.js';
import { templateKinds } from '../templates/template-manifest.js';
import type { BuilderContext } from './run-context.js';

/**
 * The templates of a new project's kind for the requirements analyst: the builder's template search
 * ranks them by similarity to the prompt (the search `template.selected` uses). `forced`: the
 * template `generate({ template })` named, the only one offered. A failed search offers the kind's
 * templates in registration order with score 0 rather than failing the run.
 */
export function templateChoice(builder: BuilderContext, input: { kind: ProjectKind; prompt: string; forced?: string | undefined; signal: AbortSignal }): TemplateChoice {
  const templates = builder.options.templates ?? {};
  const template = (name: string) => (Object.hasOwn(templates, name) ? templates[name] : undefined);
  return {
    forced: input.forced !== undefined,
    template,
    async candidates(limit) {
      if (input.forced !== undefined) {
        const forced = template(input.forced);
        return forced ? [{ name: input.forced, score: 1, description: forced.description }] : [];
      }
      const fitting = Object.entries(templates).filter(([, candidate]) => templateKinds(candidate).includes(input.kind));
      if (fitting.length === 0) return [];
      try {
        return await builder.templateIndex.search(templates, input.prompt, { kind: input.kind, limit: Math.min(limit, fitting.length), signal: input.signal });
      } catch {
        return fitting.slice(0, limit).map(([name, candidate]) => ({ name, score: 0, description: candidate.description }));
      }
    },
  };
}
