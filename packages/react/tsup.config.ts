import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.package.js';

export default defineConfig(
  packageBuild({
    entry: { index: 'src/index.ts' },
    target: 'es2022',
    external: ['react', 'react/jsx-runtime', /^@buildwright\//],
    // Components use hooks: mark the module for React Server Components bundlers.
    banner: { js: "'use client';" },
  }),
);
