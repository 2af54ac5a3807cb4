import { existsSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.package.js';

const entries: Record<string, string> = {
  index: 'src/index.ts',
  'entries/testing': 'src/entries/testing.ts',
  'entries/doubles': 'src/entries/doubles.ts',
  'entries/http': 'src/entries/http.ts',
  'entries/client': 'src/entries/client.ts',
  'entries/node-http': 'src/entries/node-http.ts',
  'entries/mcp': 'src/entries/mcp.ts',
};

export default defineConfig(packageBuild({ entry: Object.fromEntries(Object.entries(entries).filter(([, path]) => existsSync(path))) }));
