import type { Template } from '@buildwright/core';
import { reactGuidance } from '../shared/react-guidance.js';
import { reactViteBased } from '../shared/react-vite-based.js';
import { files } from './files.generated.js';

/**
 * A CRUD app with local persistence: IndexedDB through idb, with a localStorage fallback.
 * Built on the react-vite template's files (React 19, Vite 7, TypeScript strict, Tailwind CSS 4).
 *
 * @example
 * import { crudAppTemplate } from '@buildwright/adapters/templates';
 *
 * const run = builder.generate({ prompt: 'A ...', kind: 'web', template: crudAppTemplate.name });
 */
export const crudAppTemplate: Template = {
  name: 'crud-app',
  ...reactViteBased(files),
  description:
    'CRUD app in React 19 with local persistence: an ItemStore (src/types.ts) kept in IndexedDB through idb (src/store/indexeddb-store.ts) or localStorage when IndexedDB will not open, used through the useItems hook (list, add, save, remove). Vite 7, TypeScript (strict), Tailwind CSS 4.',
  stack: ['react@19', 'idb@8', 'vite@7', 'typescript@5', 'tailwindcss@4', 'eslint@9', 'indexeddb'],
  tags: [
    'crud',
    'create read update delete',
    'list',
    'todo',
    'notes',
    'inventory',
    'contacts',
    'bookmarks',
    'journal',
    'diary',
    'records',
    'catalog',
    'collection',
    'tracker',
    'persistence',
    'save',
    'offline',
    'indexeddb',
    'localstorage',
    'database',
    'storage',
  ],
  guidance: [
    reactGuidance.entry,
    reactGuidance.types,
    reactGuidance.config,
    reactGuidance.browser,
    'Persistence: go through the ItemStore of src/store/open-store.ts (IndexedDB via idb, localStorage fallback); to store a new kind of record, add an object store in the upgrade of src/store/indexeddb-store.ts and bump the version. All store calls are async: await them and reload the list after a write.',
    "First load: show a loading state, then the stored records (the template seeds one), so the page is never empty; give every input a label and every row's buttons text.",
    reactGuidance.checks,
  ].join('\n'),
  searchText: [
    'CRUD app: create, read, update and delete records in a list, with local persistence that survives a reload (IndexedDB or localStorage).',
    'Managers and trackers that store data in the browser: notes, todos, inventory, contacts, bookmarks, reading lists, journals, recipes and collections.',
    'Offline data in the browser: add, edit, remove, mark as done, search and filter saved items.',
  ].join('\n'),
};
