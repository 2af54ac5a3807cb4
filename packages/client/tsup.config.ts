import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  // Runs in browsers as well as Node: no Node-only syntax or modules.
  target: 'es2022',
  platform: 'neutral',
  tsconfig: './tsconfig.json',
});
