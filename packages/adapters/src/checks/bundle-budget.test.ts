import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { largestModules, measureChunks, moduleName } from './bundle-budget.js';
import { performanceCheck } from './performance-check.js';
import { templateProjects } from './template-projects.test-support.js';

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const vlq = (value: number) => {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    out += base64[digit];
  } while (rest > 0);
  return out;
};

/**
 * A chunk made the way a bundler concatenates modules: real source files one after the other,
 * with a version 3 source map whose every generated line maps to its line in its source.
 */
function concatenated(sources: Record<string, string>): { code: string; map: { version: 3; sources: string[]; mappings: string } } {
  const lines: string[] = [];
  const mappings: string[] = [];
  let previousSource = 0;
  let previousLine = 0;
  Object.values(sources).forEach((text, source) => {
    text.split('\n').forEach((line, index) => {
      lines.push(line);
      mappings.push(`${vlq(0)}${vlq(source - previousSource)}${vlq(index - previousLine)}${vlq(0)}`);
      previousSource = source;
      previousLine = index;
    });
  });
  return { code: lines.join('\n'), map: { version: 3, sources: Object.keys(sources), mappings: mappings.join(';') } };
}

const readSource = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
// Real text of real modules: the browser check (large) as a "dependency", this folder's small report helper as the app.
const large = readSource('browser-check.ts');
const small = readSource('check-report.ts');
const chunk = concatenated({ '../../node_modules/.pnpm/big-lib@1.0.0/node_modules/big-lib/index.js': large, '../../src/App.tsx': small });
const bytes = new TextEncoder().encode(chunk.code);

const projects = templateProjects();
afterAll(() => projects.cleanup());

describe('bundle budget', () => {
  it('default: a chunk is sized by a real gzip of its bytes, and its modules by their share of its bytes, largest first', () => {
    const [measured] = measureChunks([{ path: 'dist/assets/index.js', bytes, map: chunk.map }]);
    expect(measured!.bytes).toBe(bytes.byteLength);
    // Gzip of source text compresses well, and is the bytes a browser downloads.
    expect(measured!.gzipBytes).toBeLessThan(bytes.byteLength / 2);
    expect(measured!.gzipBytes).toBeGreaterThan(1000);
    const gzip = gzipSync(bytes, { level: 9 });
    expect(measured!.gzipBytes).toBe(gzip.byteLength);
    expect(gunzipSync(gzip).equals(Buffer.from(bytes))).toBe(true);
    expect(measured!.modules.map((entry) => entry.module)).toEqual(['big-lib', 'src/App.tsx']);
    const [lib, app] = measured!.modules;
    // Every byte but the newlines between lines belongs to a module.
    expect(lib!.bytes + app!.bytes).toBe(bytes.byteLength - (chunk.code.split('\n').length - 1));
    expect(lib!.bytes).toBe(Buffer.byteLength(large) - (large.split('\n').length - 1));
    expect(lib!.share).toBeGreaterThan(0.7);
    expect(largestModules(measured!)).toMatch(/^big-lib \d+% \(\d+\.\d kB\), src\/App\.tsx \d+% \(\d+\.\d kB\)$/);
  });

  it('behavior: without a source map the chunk is still sized, and the report says how to get module names', () => {
    const [measured] = measureChunks([{ path: 'dist/assets/index.css', bytes: new TextEncoder().encode('body{margin:0}\n'.repeat(500)) }]);
    expect(measured!.modules).toEqual([]);
    expect(measured!.gzipBytes).toBeLessThan(200);
    expect(largestModules(measured!)).toContain('--sourcemap hidden');
  });

  it('args: module names group a dependency by its package, scoped ones too, and keep project files by path', () => {
    expect(moduleName('../../node_modules/.pnpm/lodash@4.17.21/node_modules/lodash/lodash.js')).toBe('lodash');
    expect(moduleName('../node_modules/@tanstack/query-core/build/modern/index.js')).toBe('@tanstack/query-core');
    expect(moduleName('../../src/components/Chart.tsx')).toBe('src/components/Chart.tsx');
  });

  it('behavior: the check fails on a chunk over budget naming its largest module, and passes with a notice when under it', async () => {
    const { context, events } = await projects.open({
      'dist/index.html': '<!doctype html><div id="root"></div>',
      'dist/assets/index.js': chunk.code,
      'dist/assets/index.js.map': JSON.stringify(chunk.map),
      'dist/assets/index.css': 'body{margin:0}',
    });
    const gzipKb = measureChunks([{ path: 'x', bytes }])[0]!.gzipBytes / 1000;

    const over = await performanceCheck({ budgetKb: gzipKb / 2 }).run(context);
    expect(over.status).toBe('failed');
    if (over.status !== 'failed') return;
    expect(over.issues).toHaveLength(1);
    expect(over.issues[0]!.message).toMatch(/^dist\/assets\/index\.js is \d+\.\d kB gzip \(\d+\.\d kB raw\), over the [\d.]+ kB budget; largest modules: big-lib \d+%/);
    expect(over.report).toContain('lodash/debounce');

    const under = await performanceCheck({ budgetKb: gzipKb * 2 }).run(context);
    expect(under).toEqual({ status: 'passed' });
    expect(events.filter((event) => event.type === 'notice.posted').at(-1)).toMatchObject({
      level: 'info',
      message: expect.stringMatching(/^Performance check: largest chunk dist\/assets\/index\.js [\d.]+ kB gzip \(budget [\d.]+ kB, 2 chunks\)$/),
    });
  });

  it('error: options out of range are refused when the check is created, saying what to give', () => {
    expect(() => performanceCheck({ budgetKb: 0 })).toThrow(/budgetKb must be a positive number of kB or false/);
    expect(() => performanceCheck({ lighthouse: { minScores: { performance: 2 } } })).toThrow(/minScores\.performance must be a score from 0 to 1/);
    expect(() => performanceCheck({ lighthouse: { minScores: { performance: false, 'best-practices': false } } })).toThrow(/turns off every category/);
    expect(() => performanceCheck({ directory: '../outside' })).toThrow(/plain relative path/);
  });
});
