import type { ProjectKind } from './storage.js';

/** What a pattern is: a UI component, a hook, an API route shape, a contract, a config. */
export type PatternCategory = 'component' | 'hook' | 'api' | 'contract' | 'config';

/**
 * A code pattern the model may adapt: a small, working snippet (a sortable table, a
 * `useLocalStorage` hook, a paginated list route, an ownable ERC-20) with the words it is found by.
 * The few most similar to a build step go into that step's prompt, capped in tokens
 * (`createBuilder({ patterns })`, docs/templates.md#patterns). Same shape as a template's search
 * fields (`description`, `tags`, `stack`, `searchText`), with code instead of project files.
 *
 * @example
 * const useDebounce: Pattern = { name: 'use-debounce', kinds: ['web', 'dapp'], category: 'hook', description: 'A value that settles after a delay', code: 'export function useDebounce...' };
 */
export interface Pattern {
  /** Registry name, e.g. `sortable-table`. */
  name: string;
  /** Kinds of project it fits. */
  kinds: ProjectKind[];
  category: PatternCategory;
  /** One line: what it does and when to use it. */
  description: string;
  /** The snippet, complete enough to copy: imports included. */
  code: string;
  /** The file the snippet usually lives in, e.g. `src/hooks/useLocalStorage.ts`. */
  path?: string;
  /** Libraries it needs beyond the template's, e.g. `['idb@8']`. */
  stack?: string[];
  /** Words a search should match. */
  tags?: string[];
  /** Text embedded for similarity search; default: name, description and tags. */
  searchText?: string;
}
