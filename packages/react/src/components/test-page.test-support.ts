import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type RequestListener } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

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

/** The Chromium of the page tests (`BUILDWRIGHT_CHROMIUM`, else /usr/bin/chromium), headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.BUILDWRIGHT_CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
}

/**
 * Serves a bundled test page on 127.0.0.1: `/api/...` to `api` (a handler mounted at `/api`), every
 * other path from `outDir`. `chunks` lists the scripts the page loaded, in order.
 */
export async function servePage(outDir: string, api: RequestListener): Promise<{ origin: string; chunks: string[]; close: () => Promise<void> }> {
  const chunks: string[] = [];
  const server = createServer((request, response) => {
    if (request.url!.startsWith('/api/')) return api(request, response);
    const name = request.url!.split('?')[0] === '/' ? 'index.html' : request.url!.slice(1).split('?')[0]!;
    if (name.endsWith('.js')) chunks.push(name);
    readFile(join(outDir, name)).then(
      (content) => response.writeHead(200, { 'content-type': name.endsWith('.html') ? 'text/html' : 'text/javascript' }).end(content),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    chunks,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A bundled page served with its API and a Chromium to open it in; `close` ends all three. */
export interface PageTest {
  browser: Browser;
  origin: string;
  /** Scripts the page loaded, in order. */
  chunks: string[];
  close: () => Promise<void>;
}

/**
 * Bundles `entry` ({@link bundleTestPage}), serves it with `api` at `/api` ({@link servePage}) and
 * launches Chromium ({@link launchChromium}).
 */
export async function startPageTest(entry: URL, title: string, api: RequestListener): Promise<PageTest> {
  const outDir = await bundleTestPage(entry, title);
  const served = await servePage(outDir, api);
  const browser = await launchChromium();
  return {
    browser,
    origin: served.origin,
    chunks: served.chunks,
    close: async () => {
      await browser.close();
      await served.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
