import { defineConfig } from 'tsup';

// One executable entry; every command and adapter is a dynamic import, so esbuild splits them
// into chunks and `buildwright --help` loads none of them. The bundled transcripts are inlined
// into the demo's chunk.
export default defineConfig({
  entry: { bin: 'src/bin.ts' },
  format: ['esm'],
  dts: false,
  clean: true,
  splitting: true,
  target: 'node20',
  platform: 'node',
  tsconfig: './tsconfig.json',
  external: [/^@buildwright\//],
});
