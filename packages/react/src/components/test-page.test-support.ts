import { mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/**
 * Bundles a test page for Chromium into a new temporary directory: `page.js` from `entry` (esbuild,
 * code-split as an app's bundler would, the client from source) and an `index.html` that loads it.
 * Returns the directory; the caller serves it and removes it.
 */
export async function bundleTestPage(entry: URL, title: string): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'bw-react-page-'));
  // esbuild is a dev dependency of @buildwright/react (the bundle benchmark uses it too).
  const esbuild = createRequire(join(packageDir, 'package.json'))('esbuild') as typeof import('esbuild');
  await esbuild.build({
    entryPoints: { page: fileURLToPath(entry) },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: outDir,
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"development"' },
    alias: { '@buildwright/client': join(repositoryRoot, 'packages/client/src/index.ts') },
    logLevel: 'error',
  });
  await writeFile(
    join(outDir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><div id="root"></div><script type="module" src="/page.js"></script></body></html>`,
  );
  return outDir;
}
