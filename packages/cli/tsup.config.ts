import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.package.js';

// One executable entry; every command and adapter is a dynamic import, so esbuild splits them
// into chunks and `buildwright --help` loads none of them. The bundled transcripts are inlined
// into the demo's chunk.
export default defineConfig(packageBuild({ entry: { bin: 'src/bin.ts' }, splitting: true, platform: 'node' }));
