import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSandboxSpec } from '@buildwright/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { localSandbox } from './local-sandbox.js';
import type { LocalSandbox } from './local-sandbox.js';
import { decideIsolation } from './bubblewrap.js';

const root = mkdtempSync(join(tmpdir(), 'bw-local-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const bubblewrap = await decideIsolation('bubblewrap');
/** Set by .ci/run where bubblewrap can run: the isolation tests then fail instead of skipping. */
const requireIsolation = process.env.BUILDWRIGHT_REQUIRE_ISOLATION === '1';

runSandboxSpec(() => localSandbox({ root, isolation: 'none' }), { name: 'local, isolation none', shell: true, servers: true, symlinks: true, remove: true });

if (bubblewrap.kind === 'bubblewrap') {
  runSandboxSpec(() => localSandbox({ root, isolation: 'bubblewrap' }), { name: 'local, bubblewrap', shell: true, servers: true, symlinks: true, remove: true });
} else if (requireIsolation) {
  it('error: bubblewrap must run here (BUILDWRIGHT_REQUIRE_ISOLATION=1)', () => expect.fail(bubblewrap.note));
} else {
  it.skip(`sandbox spec: local, bubblewrap: skipped because ${bubblewrap.note}`, () => {});
}

describe('localSandbox', () => {
  it.skipIf(bubblewrap.kind !== 'bubblewrap' && !requireIsolation)('default: bubblewrap isolation is reported and the project lives under the root', async () => {
    const sandbox = (await localSandbox({ root }).open({ projectId: 'reported' })) as LocalSandbox;
    expect(sandbox.isolation).toBe('bubblewrap');
    expect(sandbox.root).toBe(join(root, 'reported'));
    await sandbox.kill();
  });

  it('args: isolation none reports none without a note', async () => {
    const sandbox = await localSandbox({ root, isolation: 'none' }).open({ projectId: 'plain' });
    expect(sandbox.isolation).toBe('none');
    expect(sandbox.isolationNote).toBeUndefined();
  });

  it('args: env replaces the default environment; host secrets are not passed by default', async () => {
    process.env.BUILDWRIGHT_TEST_SECRET = 'secret';
    try {
      const sandbox = await localSandbox({ root, isolation: 'none' }).open({ projectId: 'env' });
      expect((await sandbox.run({ command: 'printf "[$BUILDWRIGHT_TEST_SECRET][$CI]"' })).stdout).toBe('[][1]');
      const custom = await localSandbox({ root, isolation: 'none', env: { PATH: process.env.PATH ?? '', ONLY: 'me' } }).open({ projectId: 'env' });
      expect((await custom.run({ command: 'printf "[$ONLY][$CI]"' })).stdout).toBe('[me][]');
    } finally {
      delete process.env.BUILDWRIGHT_TEST_SECRET;
    }
  });

  it('error: a project id that is not a plain name is refused with INVALID_INPUT', async () => {
    await expect(localSandbox({ root }).open({ projectId: '../escape' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('error: isolation bubblewrap with a missing bwrap fails with SANDBOX_UNAVAILABLE naming the path', async () => {
    await expect(localSandbox({ root, isolation: 'bubblewrap', bwrapPath: '/nonexistent/bwrap' }).open({ projectId: 'nobwrap' })).rejects.toMatchObject({
      code: 'SANDBOX_UNAVAILABLE',
      message: expect.stringContaining('/nonexistent/bwrap'),
    });
  });

  it('error: by default a missing bwrap is an error that says how to install it or ask for none, never a silent fallback', async () => {
    await expect(localSandbox({ root, bwrapPath: '/nonexistent/bwrap' }).open({ projectId: 'fallback' })).rejects.toMatchObject({
      code: 'SANDBOX_UNAVAILABLE',
      message: expect.stringMatching(/apt-get install bubblewrap[\s\S]*isolation: 'none'/),
    });
  });

  it('behavior: a runaway command with a child that spawns a grandchild is killed at its timeout, whole tree', async () => {
    const sandbox = await localSandbox({ root, isolation: 'none' }).open({ projectId: 'runaway' });
    const result = await sandbox.run({
      command: 'sh -c \'sh -c "sleep 77.5" & echo $! > grandchild.pid; wait\' & echo $! > child.pid; wait',
      timeoutMs: 500,
    });
    expect(result.timedOut).toBe(true);
    const child = Number(await sandbox.readFile('child.pid'));
    const grandchild = Number(await sandbox.readFile('grandchild.pid'));
    expect(child).toBeGreaterThan(0);
    expect(grandchild).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(isAlive(child)).toBe(false);
    expect(isAlive(grandchild)).toBe(false);
  });
});

describe.skipIf(bubblewrap.kind !== 'bubblewrap' && !requireIsolation)(`localSandbox under bubblewrap${bubblewrap.kind === 'bubblewrap' ? '' : ` (skipped because ${bubblewrap.note})`}`, () => {
  it('behavior: writing outside the project directory fails', async () => {
    const sandbox = await localSandbox({ root, isolation: 'bubblewrap' }).open({ projectId: 'jail-write' });
    const outside = join(root, 'outside-marker.txt');
    const result = await sandbox.run({ command: `echo pwned > ${outside}; echo pwned > /root/bw-pwned.txt; echo pwned > /usr/bw-pwned.txt` });
    expect(result.stderr).toMatch(/Read-only file system/);
    expect(result.exitCode).not.toBe(0);
    expect((await sandbox.run({ command: `test -e ${outside}` })).exitCode).toBe(1);
    expect((await sandbox.run({ command: 'echo ok > inside.txt && cat inside.txt' })).stdout).toBe('ok\n');
  });

  it('behavior: /tmp is private to the command', async () => {
    const sandbox = await localSandbox({ root, isolation: 'bubblewrap' }).open({ projectId: 'jail-tmp' });
    await sandbox.run({ command: 'echo private > /tmp/bw-private-marker.txt' });
    expect((await sandbox.run({ command: 'cat /tmp/bw-private-marker.txt' })).exitCode).not.toBe(0);
  });

  it('behavior: commands reach no host service, with or without network: true (which reaches only the registry)', async () => {
    const sandbox = await localSandbox({ root, isolation: 'bubblewrap' }).open({ projectId: 'jail-net' });
    // A server on the host: reachable only when the command shares the host network.
    const { createServer } = await import('node:net');
    const server = createServer((socket) => socket.end('hello'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const port = (server.address() as { port: number }).port;
    const probe = `node -e "require('net').connect(${port},'127.0.0.1').on('data',d=>{console.log(String(d));process.exit(0)}).on('error',e=>{console.error(e.code);process.exit(3)})"`;
    try {
      const offline = await sandbox.run({ command: probe, timeoutMs: 10_000 });
      expect(offline.exitCode).toBe(3);
      expect(offline.stderr).toContain('ECONNREFUSED');
      const registry = await sandbox.run({
        command: `node -e "fetch('https://registry.npmjs.org/').then(()=>process.exit(0),e=>{console.error(e.cause?.code??e.message);process.exit(4)})"`,
        timeoutMs: 10_000,
      });
      expect(registry.exitCode).toBe(4);
      const install = await sandbox.run({ command: probe, network: true, timeoutMs: 10_000 });
      expect(install.exitCode).toBe(3);
      expect(install.stderr).toContain('ECONNREFUSED');
    } finally {
      server.close();
    }
  });

  it('behavior: commands have no capabilities even when this process is root', async () => {
    const sandbox = await localSandbox({ root, isolation: 'bubblewrap' }).open({ projectId: 'jail-caps' });
    expect((await sandbox.run({ command: 'grep CapEff /proc/self/status' })).stdout).toMatch(/CapEff:\s+0+\n/);
  });
});

/** Running (a zombie waiting for a reaper that never comes in a container counts as dead). */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

describe('localSandbox remove', () => {
  it('behavior: removes the project directory, with node_modules linked from a shared cache, and leaves the cache file', async () => {
    const adapter = localSandbox({ root, isolation: 'none' });
    const sandbox = (await adapter.open({ projectId: 'removed-with-links' })) as LocalSandbox;
    await sandbox.writeFile('src/app.ts', 'secret code');
    const cached = join(root, 'shared-cache-file.js');
    await writeFile(cached, 'cached');
    await mkdir(join(sandbox.root, 'node_modules', 'dep'), { recursive: true });
    await link(cached, join(sandbox.root, 'node_modules', 'dep', 'index.js'));
    await sandbox.kill();
    await adapter.remove!({ projectId: 'removed-with-links' });
    expect(existsSync(sandbox.root)).toBe(false);
    expect(await readFile(cached, 'utf8')).toBe('cached');
  });

  it('error: an id that cannot name a sandbox directory is INVALID_INPUT, and nothing outside the root is removed', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'bw-outside-'));
    await mkdir(join(outside, 'keep'));
    const adapter = localSandbox({ root: join(outside, 'sandboxes'), isolation: 'none' });
    for (const projectId of ['..', '../keep', '.hidden', 'a/b', '']) {
      await expect(adapter.remove!({ projectId })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    }
    expect(existsSync(join(outside, 'keep'))).toBe(true);
    await rm(outside, { recursive: true, force: true });
  });
});
