import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildwrightError } from '@buildwright/core';
import { createCheckContext } from '@buildwright/core/testing';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { localSandbox } from '../local/index.js';
import { dependencyKey, dependencySet, installedMarker } from './dependency-cache.js';
import { installCheck } from './install-check.js';

const work = mkdtempSync(join(tmpdir(), 'bw-install-check-'));
afterAll(() => rm(work, { recursive: true, force: true }));
afterEach(() => void vi.unstubAllEnvs());

const cached = { dependencies: { react: '19.3.1' } };

/**
 * A `cp` first on PATH that says it started, then waits 3 s before copying: the time to cancel a
 * restore under way. Its TERM ends the wait at once (sh runs a trap only between commands, so
 * the wait is `sleep &` + `wait`).
 */
function slowCopy(name: string) {
  const directory = join(work, name, 'bin');
  mkdirSync(directory, { recursive: true });
  const started = join(directory, 'started');
  const realCopy = execFileSync('sh', ['-c', 'command -v cp'], { encoding: 'utf8' }).trim();
  const script = join(directory, 'cp');
  writeFileSync(script, `#!/bin/sh\ntrap 'kill $! 2>/dev/null; exit 143' TERM\n: > '${started}'\nsleep 3 &\nwait $!\nexec '${realCopy}' "$@"\n`);
  chmodSync(script, 0o755);
  vi.stubEnv('PATH', `${directory}:${process.env.PATH}`);
  return {
    async started() {
      for (const begun = Date.now(); !existsSync(started); ) {
        if (Date.now() - begun > 30_000) throw new Error('the install check started no copy within 30 s');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
  };
}

/** A cache holding `cached`'s dependencies, and a project (local sandbox, no isolation: restores copy) with `manifest`. */
async function projectWithCache(name: string, manifest: object) {
  const cacheDirectory = join(work, name, 'cache');
  const set = dependencySet(cached);
  const entry = join(cacheDirectory, dependencyKey(set));
  mkdirSync(join(entry, 'node_modules', 'react'), { recursive: true });
  writeFileSync(join(entry, 'node_modules', 'react', 'index.js'), 'module.exports = 1;\n');
  writeFileSync(join(entry, 'deps.json'), JSON.stringify(set));
  const sandbox = await localSandbox({ root: join(work, name, 'sandboxes'), isolation: 'none' }).open({ projectId: 'project' });
  const double = await createCheckContext({ sandbox, files: { 'package.json': `${JSON.stringify(manifest)}\n` } });
  return { ...double, sandbox, cacheDirectory };
}

describe('installCheck run', () => {
  it.each([
    ['restores the exact set', cached],
    ['restores the closest set before npm install', { dependencies: { ...cached.dependencies, clsx: '2.1.1' } }],
  ])('behavior: a cancel while it %s kills the copy and rejects with the reason: no npm install, no marker', async (name, manifest) => {
    const { context, events, abort, sandbox, cacheDirectory } = await projectWithCache(name.replaceAll(' ', '-'), manifest);
    const copy = slowCopy(name.replaceAll(' ', '-'));
    const checked = installCheck({ cacheDirectory }).run(context);
    checked.catch(() => {});
    await copy.started();
    const reason = new BuildwrightError({ code: 'RUN_CANCELLED', message: 'The run was cancelled: user pressed stop.' });
    abort(reason);
    await expect(checked).rejects.toBe(reason);
    expect(events.filter((event) => event.type === 'command.started')).toEqual([]);
    expect(await sandbox.readFile(`node_modules/${installedMarker}`)).toBeUndefined();
    expect(await sandbox.readFile('node_modules/react/index.js')).toBeUndefined();
    await sandbox.kill();
  });
});
