import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.package.js';

// Runs in browsers as well as Node: no Node-only syntax or modules.
export default defineConfig(packageBuild({ entry: { index: 'src/index.ts' }, target: 'es2022', platform: 'neutral' }));
