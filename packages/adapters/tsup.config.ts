import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.package.js';

// One entry per subpath: src/<name>/index.ts → dist/<name>/index.js (`@buildwright/adapters/<name>`).
const entry = Object.fromEntries(
  readdirSync('src', { withFileTypes: true })
    .filter((dirent) => dirent.isDirectory() && existsSync(`src/${dirent.name}/index.ts`))
    .map((dirent) => [`${dirent.name}/index`, `src/${dirent.name}/index.ts`]),
);

export default defineConfig(packageBuild({ entry }));
