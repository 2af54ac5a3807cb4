import type { ProjectKind } from './storage.js';

/**
 * A starting point for new projects: files the model then changes through the file protocol.
 *
 * @example
 * const minimal: Template = { name: 'minimal', kind: 'web', description: 'index.html only', files: { 'index.html': '<div id="root"></div>' } };
 */
export interface Template {
  /** Registry name, e.g. `react-vite`. */
  name: string;
  kind: ProjectKind;
  /** One line for the model: what the template has and how it is laid out. */
  description: string;
  /** Path → content. */
  files: Record<string, string>;
}
