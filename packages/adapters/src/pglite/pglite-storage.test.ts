import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStorageSpec } from '@buildwright/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { pgliteStorage } from './pglite-storage.js';

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

describe('pgliteStorage', () => {
  it('default: creating the storage opens nothing', async () => {
    const dataDir = join(await freshDirectory(), 'never-opened');
    const storage = pgliteStorage({ dataDir });
    expect(storage.provider).toBe('pglite');
    await storage.close();
    expect(existsSync(dataDir)).toBe(false);
  });

  it('behavior: data on disk survives a restart', async () => {
    const dataDir = join(await freshDirectory(), 'db');
    const first = pgliteStorage({ dataDir });
    const project = await first.createProject({ ownerId: 'owner-1', name: 'Kept', kind: 'web' });
    await first.createVersion({ ownerId: 'owner-1', projectId: project.id, runId: null, message: 'v1', files: { 'index.html': '<h1>kept</h1>' } });
    await first.close();

    const second = pgliteStorage({ dataDir });
    expect(await second.getProject({ ownerId: 'owner-1', projectId: project.id })).toMatchObject({ name: 'Kept', currentVersion: 1 });
    expect((await second.getVersionFiles({ ownerId: 'owner-1', projectId: project.id }))?.files).toEqual({ 'index.html': '<h1>kept</h1>' });
    await second.close();
  });

  it('error: a closed storage refuses calls', async () => {
    const storage = pgliteStorage();
    await storage.listProjects({ ownerId: 'owner-1' });
    await storage.close();
    await expect(storage.listProjects({ ownerId: 'owner-1' })).rejects.toMatchObject({ code: 'STORAGE_ERROR' });
  });
});
