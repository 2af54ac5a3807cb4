import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BuildwrightError } from './buildwright-error.js';
import { errorCodes } from './error-codes.test-support.js';
import { docsBaseUrl, docsUrlFor } from './error-docs.js';

const docs = new URL('../../../docs/', import.meta.url);

// The anchors are checked against the built site in tests/docs/docs-site.test.ts.
describe('error docs', () => {
  it('default: every code but INTERNAL has a page of its own family (not the table of codes), and the page exists', () => {
    expect(errorCodes.length).toBeGreaterThan(40);
    expect(errorCodes).toContain('INTERNAL');
    const broken = errorCodes.flatMap((code) => {
      const [page] = docsUrlFor(code).slice(docsBaseUrl.length).split('#') as [string];
      if (page === 'errors' && code !== 'INTERNAL') return [`${code}: on the table of codes`];
      return existsSync(new URL(`${page}.md`, docs)) ? [] : [`${code}: no docs/${page}.md`];
    });
    expect(broken).toEqual([]);
  });

  it('default: docs/errors.md names every code', () => {
    const page = readFileSync(new URL('errors.md', docs), 'utf8');
    const families = [...page.matchAll(/`([A-Z_]+)\*?`/g)].map((match) => match[1]!);
    expect(errorCodes.filter((code) => !families.some((family) => code === family || (family.endsWith('_') && code.startsWith(family))))).toEqual([]);
  });

  it('behavior: an error carries its absolute docsUrl on the docs site, a thrower can name a more precise page, and it is in the JSON', () => {
    const error = new BuildwrightError({ code: 'STORAGE_LOCKED', message: 'locked' });
    expect(error.docsUrl).toBe('https://buildwright.github.io/buildwright/storage#one-process-per-data-directory');
    expect(new BuildwrightError({ code: 'INVALID_INPUT', message: 'x', docsPage: 'dapp.md' }).docsUrl).toBe(`${docsBaseUrl}dapp`);
    expect(new BuildwrightError({ code: 'INVALID_INPUT', message: 'x', docsPage: 'dapp.md#chains' }).docsUrl).toBe(`${docsBaseUrl}dapp#chains`);
    expect(new BuildwrightError({ code: 'INTERNAL', message: 'x' }).docsUrl).toBe(`${docsBaseUrl}errors#codes`);
    expect(error.toJSON().docsUrl).toBe(error.docsUrl);
  });
});
