import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decideIsolation } from '../local/bubblewrap.js';
import { localSandbox } from '../local/local-sandbox.js';
import { dependencyCache, dependencyKey } from './dependency-cache.js';

// The dependency cache shares package files with projects by hard link; the sandbox's commands
// see node_modules read-only. These cases replace node_modules while commands run or start: what
// the cache links in must stay read-only to them, and the replacement must not fail.
const bubblewrap = await decideIsolation('bubblewrap');
const requireIsolation = process.env.BUILDWRIGHT_REQUIRE_ISOLATION === '1';

const root = mkdtempSync(join(tmpdir(), 'bw-restore-isolation-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const set = { react: '19.3.1' };
const original = 'module.exports = "react";\n';
const cache = dependencyCache(join(root, 'cache'));
const cachedFile = join(cache.directory, dependencyKey(set), 'node_modules', 'react', 'index.js');
mkdirSync(join(cachedFile, '..'), { recursive: true });
writeFileSync(cachedFile, original);
// Enough files that replacing node_modules takes a while.
for (let index = 0; index < 400; index += 1) {
  const directory = join(cache.directory, dependencyKey(set), 'node_modules', `package-${index}`);
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, 'index.js'), `module.exports = ${index};\n`);
}

const open = (projectId: string) => localSandbox({ root: join(root, 'sandboxes'), npmCacheDir: join(root, 'npm-cache') }).open({ projectId });

describe.skipIf(bubblewrap.kind !== 'bubblewrap' && !requireIsolation)(`dependency restore under running commands${bubblewrap.note ? ` (skipped because ${bubblewrap.note})` : ''}`, () => {
  it('error: a command started before node_modules existed cannot write the files the cache links in while it runs', async () => {
    const sandbox = await open('restore-under-command');
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const command = sandbox.run({
      command: 'echo started; for i in $(seq 1 1000); do [ -e node_modules/react/index.js ] && break; sleep 0.01; done; echo payload >> node_modules/react/index.js && echo WROTE; echo done',
      timeoutMs: 60_000,
      onOutput: ({ text }) => text.includes('started') && started(),
    });
    await running;
    expect(await cache.restore(sandbox.root, set, 'link')).toBe(true);
    const result = await command;

    expect(result.stdout).toContain('done');
    expect(result.stdout).not.toContain('WROTE');
    expect(result.stderr).toMatch(/Read-only file system/);
    expect(readFileSync(cachedFile, 'utf8')).toBe(original);
    expect(await sandbox.readFile('node_modules/react/index.js')).toBe(original);
  });

  it('behavior: commands starting while node_modules is replaced neither fail the restore nor see a writable package', async () => {
    const sandbox = await open('restore-under-launches');
    await sandbox.writeFile('node_modules/old/index.js', 'old();\n');
    let restoring = true;
    const outputs: string[] = [];
    const launches = (async () => {
      while (restoring) {
        const result = await sandbox.run({ command: 'echo payload >> node_modules/react/index.js 2>/dev/null && echo WROTE; echo ran', timeoutMs: 60_000 });
        outputs.push(result.stdout);
      }
    })();
    // Several restores in a row, each replacing what the last placed.
    for (let round = 0; round < 5; round += 1) {
      await sandbox.writeFile('node_modules/.vite/deps/stale.js', 'stale();\n');
      expect(await cache.restore(sandbox.root, set, 'link')).toBe(true);
    }
    restoring = false;
    await launches;

    expect(outputs.length).toBeGreaterThan(0);
    expect(outputs.join('')).not.toContain('WROTE');
    expect(readFileSync(cachedFile, 'utf8')).toBe(original);
    expect(await sandbox.readFile('node_modules/old/index.js')).toBeUndefined();
    expect(await sandbox.readFile('node_modules/package-399/index.js')).toBe('module.exports = 399;\n');
  });
});
