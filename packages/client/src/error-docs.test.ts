import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BuildwrightError, type BuildwrightErrorCode } from './buildwright-error.js';
import { docsBaseUrl, docsUrlFor } from './error-docs.js';

const docs = new URL('../../../docs/', import.meta.url);
const codes = [...readFileSync(new URL('./buildwright-error.ts', import.meta.url), 'utf8').matchAll(/^\s+\| '([A-Z_]+)'$/gm)].map((match) => match[1] as BuildwrightErrorCode);

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorsOf(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^#+\s+(.+)$/gm)].map((match) => match[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-')));
}

describe('error docs', () => {
  it('default: every code has a page of its own family (not the fallback) that exists, at an anchor that exists', () => {
    expect(codes.length).toBeGreaterThan(40);
    const broken = codes.flatMap((code) => {
      const [page, anchor] = docsUrlFor(code).slice(docsBaseUrl.length).split('#') as [string, string | undefined];
      if (page === 'errors.md' || !existsSync(new URL(page, docs))) return [`${code}: ${page}`];
      if (anchor && !anchorsOf(readFileSync(new URL(page, docs), 'utf8')).has(anchor)) return [`${code}: ${page}#${anchor}`];
      return [];
    });
    expect(broken).toEqual([]);
  });

  it('default: docs/errors.md names every code', () => {
    const page = readFileSync(new URL('errors.md', docs), 'utf8');
    const families = [...page.matchAll(/`([A-Z_]+)\*?`/g)].map((match) => match[1]!);
    expect(codes.filter((code) => !families.some((family) => code === family || (family.endsWith('_') && code.startsWith(family))))).toEqual([]);
  });

  it('behavior: an error carries its absolute docsUrl, a thrower can name a more precise page, and it is in the JSON', () => {
    const error = new BuildwrightError({ code: 'STORAGE_LOCKED', message: 'locked' });
    expect(error.docsUrl).toBe(`${docsBaseUrl}storage.md#one-process-per-data-directory`);
    expect(new BuildwrightError({ code: 'INVALID_INPUT', message: 'x', docsPage: 'dapp.md' }).docsUrl).toBe(`${docsBaseUrl}dapp.md`);
    expect(error.toJSON().docsUrl).toMatch(/^https:\/\//);
  });
});
