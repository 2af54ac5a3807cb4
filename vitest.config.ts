import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const roots = ['packages/*/src/**/', 'examples/**/', 'tests/**/'];

// Tests run against the sources, so no build is needed before `vitest`.
// Two projects: `unit` (x.test.ts) and `integration` (x.int.test.ts: services, sandboxes, browsers,
// chains); `--project unit` runs the quick ones alone.
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@buildwright\/client$/, replacement: here('./packages/client/src/index.ts') },
      { find: /^@buildwright\/core$/, replacement: here('./packages/core/src/index.ts') },
      { find: /^@buildwright\/core\/(.*)$/, replacement: here('./packages/core/src/entries/$1.ts') },
      { find: /^@buildwright\/adapters\/(.*)$/, replacement: here('./packages/adapters/src/$1/index.ts') },
      { find: /^@buildwright\/react$/, replacement: here('./packages/react/src/index.ts') },
    ],
  },
  test: {
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker less than the cores: one on a two-core CI machine. The slow
    // tests mostly wait on the processes they start (sandboxes, tsc, Vite, Chromium, chains): alone,
    // web-run.int.test.ts keeps 0.6 of a core busy (measured with /usr/bin/time), so two files side
    // by side finish the suite sooner there.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: roots.flatMap((root) => [`${root}*.test.ts`, `${root}*.test.tsx`]),
          // Template app files (templates/*/files) hold the generated project's own tests: they run in its sandbox (the api-tests check), not here.
          exclude: ['**/node_modules/**', '**/dist/**', '**/*.int.test.ts', 'packages/adapters/src/templates/*/files/**'],
        },
      },
      { extends: true, test: { name: 'integration', include: roots.map((root) => `${root}*.int.test.ts`) } },
    ],
  },
});
