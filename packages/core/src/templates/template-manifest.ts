import { z } from 'zod';
import { BuildwrightError } from '@buildwright/client';
import type { ProjectKind } from '../spec/storage.js';
import type { Template } from '../spec/template.js';

/** The manifest format this release reads. */
export const templateManifestFormat = 'buildwright.template/v1';

/** Longest guidance a manifest may hold, in characters (the prompt takes at most `maxGuidanceTokens` of it). */
export const maxGuidanceCharacters = 8_000;

const kind = z.enum(['web', 'dapp', 'api']);
const word = z.string().trim().min(1).max(100);

/**
 * Zod schema of a template manifest (`template.json` of a folder template), version
 * `buildwright.template/v1`. Unknown fields are refused, so a misspelled one is not silently ignored.
 *
 * @example
 * const manifest = templateManifestSchema.parse(JSON.parse(await readFile('template.json', 'utf8')));
 */
export const templateManifestSchema = z
  .object({
    format: z.literal(templateManifestFormat),
    name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be 1-64 lowercase letters, digits and dashes, starting with a letter or digit'),
    kinds: z.array(kind).min(1, 'must name at least one kind (web, dapp or api)').max(3),
    description: z.string().trim().min(1).max(4_000),
    stack: z.array(word).max(40).default([]),
    tags: z.array(word).max(60).default([]),
    guidance: z.string().max(maxGuidanceCharacters).default(''),
    protectedPaths: z.array(z.string().trim().min(1).max(300)).max(100).default([]),
    checks: z.array(word).max(20).default([]),
    preview: z
      .object({ command: z.string().trim().min(1).max(300) })
      .strict()
      .optional(),
    searchText: z.string().max(8_000).optional(),
  })
  .strict();

/** A parsed `buildwright.template/v1` manifest. */
export type TemplateManifest = z.infer<typeof templateManifestSchema>;

/**
 * Parses a manifest, or throws `TEMPLATE_INVALID` naming `source` and the first bad field.
 *
 * @example
 * const manifest = parseTemplateManifest(JSON.parse(text), 'templates/kanban/template.json');
 */
export function parseTemplateManifest(value: unknown, source: string): TemplateManifest {
  const parsed = templateManifestSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.') || '(manifest)';
  const hint = field === 'format' ? ` (expected "${templateManifestFormat}")` : '';
  throw new BuildwrightError({
    code: 'TEMPLATE_INVALID',
    message: `Invalid template manifest ${source}: field "${field}" ${issue.message}${hint}. Fix the manifest; docs/templates.md lists its fields.`,
    details: { source, field },
    cause: parsed.error,
  });
}

/**
 * The template a manifest and its files describe.
 *
 * @example
 * const template = templateFromManifest(manifest, { 'index.html': '<div id="root"></div>' });
 */
export function templateFromManifest(manifest: TemplateManifest, files: Record<string, string>): Template {
  return {
    name: manifest.name,
    kind: manifest.kinds[0]!,
    kinds: manifest.kinds,
    description: manifest.description,
    files,
    stack: manifest.stack,
    tags: manifest.tags,
    ...(manifest.guidance ? { guidance: manifest.guidance } : {}),
    protectedPaths: manifest.protectedPaths,
    checks: manifest.checks,
    ...(manifest.preview ? { previewCommand: manifest.preview.command } : {}),
    ...(manifest.searchText === undefined ? {} : { searchText: manifest.searchText }),
  };
}

/** The kinds a template fits. */
export function templateKinds(template: Template): readonly ProjectKind[] {
  return template.kinds?.length ? template.kinds : [template.kind];
}
