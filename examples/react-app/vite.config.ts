import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const source = (path: string) => fileURLToPath(new URL(`../../packages/${path}`, import.meta.url));

// The page uses the workspace packages' sources, so no package build is needed first.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: {
    alias: [
      { find: /^@buildwright\/react$/, replacement: source('react/src/index.ts') },
      { find: /^@buildwright\/core\/client$/, replacement: source('core/src/entries/client.ts') },
    ],
    dedupe: ['react', 'react-dom'],
  },
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
