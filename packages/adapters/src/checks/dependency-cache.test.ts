import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { dependencyCache, dependencyKey, installedMarker } from './dependency-cache.js';

const work = mkdtempSync(join(tmpdir(), 'bw-dependency-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

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

describe('dependencyCache().restoreClosest', () => {
  it('default: copies the largest cached set the given set contains, without a marker', async () => {
    const { cache, project } = cacheAndProject('closest');
    writeFileSync(join(cache.directory, dependencyKey(set), 'deps.json'), JSON.stringify(set));
    expect(await cache.restoreClosest(project, { ...set, clsx: '2.1.1' })).toBe(true);
    expect(readFileSync(join(project, 'node_modules', 'react', 'index.js'), 'utf8')).toBe('module.exports = 1;\n');
    expect(existsSync(join(project, 'node_modules', installedMarker))).toBe(false);
  });

  it('error: an aborted signal rejects with its reason and copies nothing', async () => {
    const { cache, project } = cacheAndProject('closest-abort');
    writeFileSync(join(cache.directory, dependencyKey(set), 'deps.json'), JSON.stringify(set));
    const controller = new AbortController();
    controller.abort(new Error('the run ended'));
    await expect(cache.restoreClosest(project, { ...set, clsx: '2.1.1' }, { signal: controller.signal })).rejects.toThrow('the run ended');
    expect(existsSync(join(project, 'node_modules', 'react'))).toBe(false);
  });
});

describe('dependencyCache().store', () => {
  /** A project whose node_modules holds one package, and an empty cache. */
  function installedProject(name: string) {
    const cache = dependencyCache(join(work, name, 'cache'));
    const project = join(work, name, 'project');
    mkdirSync(join(project, 'node_modules', 'react'), { recursive: true });
    writeFileSync(join(project, 'node_modules', 'react', 'index.js'), 'module.exports = 1;\n');
    writeFileSync(join(project, 'node_modules', installedMarker), 'a key\n');
    return { cache, project };
  }

  it('default: copies the packages into the cache under the set, without the markers', async () => {
    const { cache, project } = installedProject('store');
    await cache.store(project, set);
    const entry = join(cache.directory, dependencyKey(set));
    expect(readdirSync(join(entry, 'node_modules'))).toEqual(['react']);
    expect(JSON.parse(readFileSync(join(entry, 'deps.json'), 'utf8'))).toEqual(set);
  });

  it('error: an aborted signal rejects with its reason and publishes nothing', async () => {
    const { cache, project } = installedProject('store-abort');
    const controller = new AbortController();
    controller.abort(new Error('the run ended'));
    await expect(cache.store(project, set, { signal: controller.signal })).rejects.toThrow('the run ended');
    // Neither the entry nor a temporary copy is left in the cache.
    expect(readdirSync(cache.directory)).toEqual([]);
  });
});

describe('dependencyCache copies cut short', () => {
  it('error: an abort while the copy runs removes what it copied so far (node_modules stays, empty) and rejects with the reason', async () => {
    const { cache, project } = cacheAndProject('cut-short');
    // A `cp` first on PATH that copies part of the tree (its target with one file), says so, then waits to be killed.
    const bin = join(work, 'cut-short', 'bin');
    mkdirSync(bin, { recursive: true });
    const started = join(bin, 'started');
    writeFileSync(
      join(bin, 'cp'),
      `#!/bin/sh\nfor last; do :; done\nmkdir -p "$last/react" && echo partial > "$last/react/index.js"\n: > '${started}'\ntrap 'kill $! 2>/dev/null; exit 143' TERM\nsleep 30 &\nwait $!\n`,
    );
    chmodSync(join(bin, 'cp'), 0o755);
    vi.stubEnv('PATH', `${bin}:${process.env.PATH}`);
    const controller = new AbortController();
    const restoring = cache.restore(project, set, 'copy', { signal: controller.signal });
    restoring.catch(() => {});
    for (const begun = Date.now(); !existsSync(started); ) {
      if (Date.now() - begun > 20_000) throw new Error('no copy started within 20 s');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(existsSync(join(project, 'node_modules', 'react', 'index.js'))).toBe(true);
    controller.abort(new Error('the run ended'));
    await expect(restoring).rejects.toThrow('the run ended');
    expect(readdirSync(join(project, 'node_modules'))).toEqual([]);
  });
});
