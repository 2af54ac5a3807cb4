import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dependencyCache, dependencyKey, installedMarker } from './dependency-cache.js';

const work = mkdtempSync(join(tmpdir(), 'bw-dependency-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const set = { react: '19.3.1' };

/** A cache holding `set` (one package) and an empty project directory. */
function cacheAndProject(name: string) {
  const cache = dependencyCache(join(work, name, 'cache'));
  const entry = join(cache.directory, dependencyKey(set), 'node_modules', 'react');
  mkdirSync(entry, { recursive: true });
  writeFileSync(join(entry, 'index.js'), 'module.exports = 1;\n');
  const project = join(work, name, 'project');
  mkdirSync(project, { recursive: true });
  return { cache, project };
}

describe('dependencyCache().restore', () => {
  it.each(['link', 'copy'] as const)('default: %s places the cached node_modules and its marker', async (how) => {
    const { cache, project } = cacheAndProject(`restore-${how}`);
    expect(await cache.restore(project, set, how)).toBe(true);
    expect(readFileSync(join(project, 'node_modules', 'react', 'index.js'), 'utf8')).toBe('module.exports = 1;\n');
    expect(readFileSync(join(project, 'node_modules', installedMarker), 'utf8')).toBe(`${dependencyKey(set)}\n`);
  });

  it.each(['link', 'copy'] as const)('error: %s with an aborted signal rejects with its reason and leaves no marker (no fallback copy)', async (how) => {
    const { cache, project } = cacheAndProject(`abort-${how}`);
    const controller = new AbortController();
    controller.abort(new Error('the run ended'));
    await expect(cache.restore(project, set, how, { signal: controller.signal })).rejects.toThrow('the run ended');
    expect(existsSync(join(project, 'node_modules', installedMarker))).toBe(false);
  });
});
