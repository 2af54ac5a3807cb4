import type { ProjectKind } from './storage.js';

/**
 * A starting point for new projects: files the model then changes through the file protocol, and
 * what the model and the search need to know about them. Only `name`, `kind`, `description` and
 * `files` are required, so a host's template of an older release keeps working; the other fields
 * come from a `buildwright.template/v1` manifest (see `templateManifestSchema` and docs/templates.md).
 *
 * @example
 * const minimal: Template = { name: 'minimal', kind: 'web', description: 'index.html only', files: { 'index.html': '<div id="root"></div>' } };
 */
export interface Template {
  /** Registry name, e.g. `react-vite`. */
  name: string;
  /** The kind a generation of this template is (the first of `kinds`). */
  kind: ProjectKind;
  /** Every kind the template fits (default `[kind]`): a generation of one of them may pick it. */
  kinds?: ProjectKind[];
  /** One line for the model: what the template has and how it is laid out. */
  description: string;
  /** Path → content. */
  files: Record<string, string>;
  /** Main libraries and tools with their major versions, e.g. `['react@19', 'vite@7']`. */
  stack?: string[];
  /** Words a search should match: what the template is good for (`dashboard`, `nft`, `rest`). */
  tags?: string[];
  /**
   * What a model needs to succeed with the template first time (conventions, libraries available,
   * what the checks demand). Put in the model's system prompt of every step, capped in tokens
   * (`maxGuidanceTokens`).
   */
  guidance?: string;
  /**
   * Paths the model may not write, delete or rename (`tsconfig.json`, `src/generated/`, `src/*.gen.ts`):
   * an exact path, a directory ending in `/`, or a pattern with `*` (within a name) and `**`
   * (across folders). A model write to one is refused with a `PATH_PROTECTED` tool error.
   */
  protectedPaths?: string[];
  /** Names of the checks the template is meant to pass (`validate`, `build`, `browser`...). Informational. */
  checks?: string[];
  /** Command that serves a preview of the project, e.g. `npm run dev`. Informational. */
  previewCommand?: string;
  /** Text embedded for similarity search; default: name, description, tags and stack. */
  searchText?: string;
}
