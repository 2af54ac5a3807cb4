import { expect, it } from 'vitest';

// Subpaths without an index.test.ts of their own. A change here is an API change: review it as one.
it.each([
  ['bullmq', ['bullmqQueue']],
  ['git', ['gitSync']],
  ['mcp', ['mcpServer']],
  ['memory', ['memorySandbox', 'memoryStorage']],
  ['scripted', ['scriptedLlm']],
  ['pglite', ['pgliteStorage']],
  ['postgres', ['postgresEventBus', 'postgresStorage']],
  ['redis', ['redisEventBus']],
  ['sql', ['migrateDatabase', 'migrations', 'sqlStorage', 'withTransaction']],
  ['template-folder', ['loadTemplatesFromFolder']],
])('default: public exports of @buildwright/adapters/%s', async (subpath, expected) => {
  expect(Object.keys(await import(`./${subpath}/index.ts`)).sort()).toEqual(expected);
});

it('default: the exports map names every subpath with an index.ts, and nothing else', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const { existsSync } = await import('node:fs');
  const source = new URL('./', import.meta.url);
  const subpaths = (await readdir(source, { withFileTypes: true })).filter((entry) => entry.isDirectory() && existsSync(new URL(`${entry.name}/index.ts`, source))).map((entry) => `./${entry.name}`);
  const manifest = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
  expect(
    Object.keys(manifest.exports)
      .filter((key) => key !== './package.json')
      .sort(),
  ).toEqual(subpaths.sort());
});
