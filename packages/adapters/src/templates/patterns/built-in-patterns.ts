import type { Pattern } from '@buildwright/core';
import { apiPatterns } from './api-patterns.js';
import { contractPatterns } from './contract-patterns.js';
import { reactComponentPatterns } from './react-components.js';
import { reactHookPatterns } from './react-hooks.js';

/**
 * The code patterns shipped with the package, by name: React hooks and components, Hono API
 * routes, a Solidity token and a wagmi transaction. Give them to the builder and each build step
 * gets the few most similar to it in its prompt (see docs/templates.md#patterns).
 *
 * @example
 * const builder = createBuilder({ llm, sandbox, storage, patterns: builtInPatterns });
 */
export const builtInPatterns: Readonly<Record<string, Pattern>> = Object.freeze(
  Object.fromEntries([...reactHookPatterns, ...reactComponentPatterns, ...apiPatterns, ...contractPatterns].map((pattern) => [pattern.name, pattern])),
);
