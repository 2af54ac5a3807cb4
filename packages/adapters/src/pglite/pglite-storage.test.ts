import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runStorageSpec } from '@buildwright/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteStorage } from './pglite-storage.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const opener = fileURLToPath(new URL('./open-data-dir.test-support.ts', import.meta.url));

/** Another process opening `dataDir` (see open-data-dir.test-support.ts); `line` is its one line of output. */
function openInChild(dataDir: string, mode: 'hold' | 'once') {
  const child = spawn(process.execPath, ['--import', 'tsx', opener, dataDir, mode], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const line = new Promise<string>((resolve, reject) => {
    const poll = setInterval(() => {
      const newline = stdout.indexOf('\n');
      if (newline !== -1) clearInterval(poll), resolve(stdout.slice(0, newline));
    }, 20);
    void exited.then(() =>
      setTimeout(() => {
        clearInterval(poll);
        reject(new Error(`the child exited without a line; stderr:\n${stderr}`));
      }, 100),
    );
  });
  return { child, exited, line };
}

runStorageSpec(() => pgliteStorage(), { name: 'pgliteStorage (in memory)' });

const directories: string[] = [];
const freshDirectory = async () => {
  const directory = await mkdtemp(join(tmpdir(), 'buildwright-pglite-'));
  directories.push(directory);
  return directory;
};
afterAll(async () => {
  for (const directory of directories) await rm(directory, { recursive: true, force: true });
});

runStorageSpec(async () => pgliteStorage({ dataDir: join(await freshDirectory(), 'db') }), { name: 'pgliteStorage (on disk)' });

// A migrated, empty data directory, copied for each test below: creating one (initdb in
// WebAssembly) takes seconds of CPU, and what they test is the lock and reopening, not the
// creation of a database (the on-disk storage spec above creates one).
let template = '';
beforeAll(async () => {
  template = join(await freshDirectory(), 'db');
  const storage = pgliteStorage({ dataDir: template });
  await storage.migrate();
  await storage.close();
}, 60_000);
/** A data directory holding a copy of the migrated template. */
const migratedDirectory = async () => {
  const dataDir = join(await freshDirectory(), 'db');
  await cp(template, dataDir, { recursive: true });
  return dataDir;
};

describe('pgliteStorage', () => {
  it('default: creating the storage opens nothing', async () => {
    const dataDir = join(await freshDirectory(), 'never-opened');
    const storage = pgliteStorage({ dataDir });
    expect(storage.provider).toBe('pglite');
    await storage.close();
    expect(existsSync(dataDir)).toBe(false);
  });

  it('behavior: data on disk survives a restart', async () => {
    const dataDir = await migratedDirectory();
    const first = pgliteStorage({ dataDir });
    const project = await first.createProject({ ownerId: 'owner-1', name: 'Kept', kind: 'web' });
    await first.createVersion({ ownerId: 'owner-1', projectId: project.id, runId: null, message: 'v1', files: { 'index.html': '<h1>kept</h1>' } });
    await first.close();

    const second = pgliteStorage({ dataDir });
    expect(await second.getProject({ ownerId: 'owner-1', projectId: project.id })).toMatchObject({ name: 'Kept', currentVersion: 1 });
    expect((await second.getVersionFiles({ ownerId: 'owner-1', projectId: project.id }))?.files).toEqual({ 'index.html': '<h1>kept</h1>' });
    await second.close();
  });

  it('error: a second storage on a data directory this process holds gets STORAGE_LOCKED', async () => {
    const dataDir = await migratedDirectory();
    const first = pgliteStorage({ dataDir });
    await first.createProject({ ownerId: 'owner-1', name: 'Held', kind: 'web' });
    const second = pgliteStorage({ dataDir });
    try {
      await expect(second.listProjects({ ownerId: 'owner-1' })).rejects.toMatchObject({ code: 'STORAGE_LOCKED', details: { pid: process.pid } });
    } finally {
      await second.close();
      await first.close();
    }
  });

  it('behavior: close() releases the lock, so the directory opens again at once', async () => {
    const dataDir = await migratedDirectory();
    const first = pgliteStorage({ dataDir });
    await first.createProject({ ownerId: 'owner-1', name: 'Released', kind: 'web' });
    await first.close();
    const second = pgliteStorage({ dataDir });
    expect((await second.listProjects({ ownerId: 'owner-1' })).map((project) => project.name)).toEqual(['Released']);
    await second.close();
  });

  it('default: an in-memory database takes no lock (two at once are fine)', async () => {
    const [left, right] = [pgliteStorage(), pgliteStorage()];
    await left.createProject({ ownerId: 'owner-1', name: 'Left', kind: 'web' });
    await right.createProject({ ownerId: 'owner-1', name: 'Right', kind: 'web' });
    expect((await left.listProjects({ ownerId: 'owner-1' })).map((project) => project.name)).toEqual(['Left']);
    await Promise.all([left.close(), right.close()]);
  });

  it('error: a second process opening a held data directory gets STORAGE_LOCKED naming the holder pid, and nothing is lost', async () => {
    const dataDir = await migratedDirectory();
    const holder = pgliteStorage({ dataDir });
    await holder.createProject({ ownerId: 'owner-1', name: 'Holder', kind: 'web' });
    try {
      const second = openInChild(dataDir, 'once');
      const line = await second.line;
      expect(line).toMatch(/^REFUSED /);
      const error = JSON.parse(line.slice('REFUSED '.length)) as { code: string; message: string; details: Record<string, unknown> };
      expect(error.code).toBe('STORAGE_LOCKED');
      expect(error.details.pid).toBe(process.pid);
      expect(error.message).toContain(`process ${process.pid}`);
      expect(error.message).toMatch(/Postgres/);
      expect((await second.exited).code).toBe(3);
      expect((await holder.listProjects({ ownerId: 'owner-1' })).map((project) => project.name)).toEqual(['Holder']);
    } finally {
      await holder.close();
    }
  }, 60_000);

  it('behavior: the lock dies with its process: after a SIGKILL of the holder the directory opens', async () => {
    const dataDir = await migratedDirectory();
    const holder = openInChild(dataDir, 'hold');
    try {
      const line = await holder.line;
      expect(line).toBe(`OPENED ${holder.child.pid}`);
      const refused = pgliteStorage({ dataDir });
      await expect(refused.listProjects({ ownerId: 'owner-1' })).rejects.toMatchObject({ code: 'STORAGE_LOCKED', details: { pid: holder.child.pid } });
      await refused.close();
    } finally {
      holder.child.kill('SIGKILL');
    }
    expect((await holder.exited).signal).toBe('SIGKILL');

    const after = pgliteStorage({ dataDir });
    try {
      expect((await after.listProjects({ ownerId: 'owner-1' })).map((project) => project.name)).toEqual([`Opened by ${holder.child.pid}`]);
      await after.createProject({ ownerId: 'owner-1', name: 'After the kill', kind: 'web' });
    } finally {
      await after.close();
    }
  }, 60_000);

  it('error: a closed storage refuses calls', async () => {
    const storage = pgliteStorage();
    await storage.listProjects({ ownerId: 'owner-1' });
    await storage.close();
    await expect(storage.listProjects({ ownerId: 'owner-1' })).rejects.toMatchObject({ code: 'STORAGE_ERROR' });
  });
});
