import { expect, it } from 'vitest';

// Subpaths without an index.test.ts of their own. A change here is an API change: review it as one.
it.each([
  ['memory', ['memorySandbox', 'memoryStorage']],
  ['scripted', ['scriptedLlm']],
  ['pglite', ['pgliteStorage']],
  ['postgres', ['postgresStorage']],
  ['sql', ['migrateDatabase', 'migrations', 'sqlStorage', 'withTransaction']],
])('default: public exports of @buildwright/adapters/%s', async (subpath, expected) => {
  expect(Object.keys(await import(`./${subpath}/index.ts`)).sort()).toEqual(expected);
});
