import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import LongestFirstSequencer from './tests/sequencing/longest-first-sequencer.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const roots = ['packages/*/src/**/', 'examples/**/', 'tests/**/'];
const unitExclude = ['**/node_modules/**', '**/dist/**', '**/*.int.test.ts', 'packages/adapters/src/templates/*/files/**'];

/** Unit test files that replace modules (`vi.mock`): they need a module registry of their own. */
function filesReplacingModules(): string[] {
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(here(`./${directory}`), { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist' && !path.startsWith('packages/adapters/src/templates/')) walk(path);
      } else if (/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.int.test.ts') && /\bvi\.(do)?[mM]ock\(/.test(readFileSync(here(`./${path}`), 'utf8'))) found.push(path);
    }
  };
  for (const directory of ['packages', 'examples', 'tests']) walk(directory);
  return found;
}
const isolatedUnitFiles = filesReplacingModules();

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
    // The files a recorded run found slow start first (tests/sequencing/file-durations.json).
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: roots.flatMap((root) => [`${root}*.test.ts`, `${root}*.test.tsx`]),
          // Template app files (templates/*/files) hold the generated project's own tests: they run in its sandbox (the api-tests check), not here.
          exclude: [...unitExclude, ...isolatedUnitFiles],
          // Unit files share their worker's module registry: importing the sources once per worker instead of once per
          // file (~2 s each) is most of what the unit project took. Files that replace modules get their own below.
          isolate: false,
        },
      },
      ...(isolatedUnitFiles.length > 0 ? [{ extends: true as const, test: { name: 'unit-isolated', include: isolatedUnitFiles } }] : []),
      { extends: true, test: { name: 'integration', include: roots.map((root) => `${root}*.int.test.ts`) } },
    ],
  },
});
