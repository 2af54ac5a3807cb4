import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Tests run against the sources, so no build is needed before `vitest`.
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
    include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx', 'examples/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
