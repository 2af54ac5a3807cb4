import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  tsconfig: './tsconfig.json',
  external: ['react', 'react/jsx-runtime', /^@buildwright\//],
  // Components use hooks: mark the module for React Server Components bundlers.
  banner: { js: "'use client';" },
});
