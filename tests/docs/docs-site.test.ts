import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes } from '../../packages/client/src/error-codes.test-support.js';
import { docsBaseUrl, docsUrlFor } from '../../packages/client/src/error-docs.js';

// Builds the docs site as `npm run docs:build` does (TypeDoc's API reference into docs/api/, then
// VitePress with its dead-link check) into a temporary folder, and checks that every error's
// docsUrl lands on a built page holding its anchor: a renamed heading or page fails here.

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'buildwright-docs-site-'));

/** Runs a Node script of the repository; asynchronous, so the test worker keeps answering vitest meanwhile. */
async function runNode(args: string[]): Promise<void> {
  await promisify(execFile)(process.execPath, args, { cwd: root, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 }).catch(
    (error: { message: string; stdout?: string; stderr?: string }) => {
      throw new Error(`node ${args.join(' ')} failed: ${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
    },
  );
}

/** The built HTML file and anchor a docs address points at (`…/storage#one-process` → storage.html, one-process). */
function builtTarget(url: string): { file: string; anchor: string | undefined } {
  const [page, anchor] = url.slice(docsBaseUrl.length).split('#') as [string, string | undefined];
  return { file: join(out, `${page === '' ? 'index' : page}.html`), anchor };
}

/** What a built page fails to hold for a docs address, or nothing. */
function brokenTarget(url: string): string[] {
  if (!url.startsWith(docsBaseUrl)) return [`${url}: not under ${docsBaseUrl}`];
  const { file, anchor } = builtTarget(url);
  if (!existsSync(file)) return [`${url}: no page was built`];
  if (anchor !== undefined && !readFileSync(file, 'utf8').includes(` id="${anchor}"`)) return [`${url}: the page has no #${anchor}`];
  return [];
}

/** The pages throwers name themselves (`docsPage: 'dapp.md'`, `const docs = 'openai.md'`) in the packages' source. */
function pagesNamedInSource(): string[] {
  const pages = new Set<string>();
  for (const folder of readdirSync(join(root, 'packages'))) {
    const sources = readdirSync(join(root, 'packages', folder, 'src'), { recursive: true, encoding: 'utf8' }).filter((name) => /\.tsx?$/.test(name) && !/\.test(-support)?\./.test(name));
    for (const name of sources) {
      for (const match of readFileSync(join(root, 'packages', folder, 'src', name), 'utf8').matchAll(/(?:docsPage:|const docs =)\s*'([^']+)'/g)) pages.add(match[1]!);
    }
  }
  return [...pages].sort();
}

describe('docs site', () => {
  beforeAll(async () => {
    await runNode(['scripts/build-api-docs.mjs']);
    await runNode(['node_modules/vitepress/bin/vitepress.js', 'build', 'docs', '--outDir', out]);
  }, 600_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("default: every error code's docsUrl is a built page holding its anchor", () => {
    expect(errorCodes.length).toBeGreaterThan(40);
    expect(errorCodes.flatMap((code) => brokenTarget(docsUrlFor(code)).map((problem) => `${code}: ${problem}`))).toEqual([]);
  });

  it('default: every page a thrower names is a built page holding its anchor', () => {
    const named = pagesNamedInSource();
    expect(named).toContain('dapp.md');
    expect(named.flatMap((page) => brokenTarget(docsUrlFor('INVALID_INPUT', page)))).toEqual([]);
  });

  it('default: the home page is docs/README.md and the API reference covers every public entry point', () => {
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('Buildwright docs');
    const entries = ['client', 'core', 'core/testing', 'core/http', 'core/client', 'core/node-http', 'react', 'adapters/openai', 'adapters/memory'];
    expect(entries.filter((entry) => !existsSync(join(out, 'api', '@buildwright', entry, 'index.html')))).toEqual([]);
    expect(existsSync(join(out, 'api', '@buildwright', 'client', 'classes', 'BuildwrightError.html'))).toBe(true);
  });

  it('error: a docs address whose heading was renamed is reported', () => {
    expect(brokenTarget(`${docsBaseUrl}storage#a-heading-that-is-not-there`)).toEqual([`${docsBaseUrl}storage#a-heading-that-is-not-there: the page has no #a-heading-that-is-not-there`]);
    expect(brokenTarget(`${docsBaseUrl}no-such-page`)).toEqual([`${docsBaseUrl}no-such-page: no page was built`]);
  });
});
