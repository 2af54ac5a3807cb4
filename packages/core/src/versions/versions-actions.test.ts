import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StorageAdapter } from '../spec/storage.js';
import { createZip } from './create-zip.js';
import { diffVersions } from './diff-versions.js';
import { exportZip } from './export-zip.js';
import { forkProject } from './fork-project.js';
import { importFiles } from './import-files.js';
import { importZip } from './import-zip.js';
import { listVersions } from './list-versions.js';
import { readZip } from './read-zip.js';
import { restoreVersion } from './restore-version.js';

let storage: StorageAdapter;
let context: { storage: StorageAdapter };
const ownerA = 'owner-a';
const ownerB = 'owner-b';

/** A project of owner A with three versions. */
async function projectWithHistory() {
  const project = await storage.createProject({ ownerId: ownerA, name: 'Todo App', kind: 'web' });
  const scope = { ownerId: ownerA, projectId: project.id, runId: null };
  await storage.createVersion({ ...scope, message: 'first', files: { 'index.html': '<h1>Todo</h1>\n', 'app.js': 'let todos = [];\n' } });
  await storage.createVersion({ ...scope, message: 'second', files: { 'index.html': '<h1>Todos</h1>\n', 'app.js': 'let todos = [];\n', 'style.css': 'h1 { color: red; }\n' } });
  await storage.createVersion({ ...scope, message: 'third', files: { 'index.html': '<h1>Todos!</h1>\n', 'style.css': 'h1 { color: blue; }\n' } });
  return project;
}

beforeEach(() => {
  storage = memoryStorage();
  context = { storage };
});

describe('versions actions', () => {
  it('default: listVersions lists oldest first', async () => {
    const project = await projectWithHistory();
    const versions = await listVersions(context, { ownerId: ownerA, projectId: project.id });
    expect(versions.map((version) => [version.number, version.message])).toEqual([
      [1, 'first'],
      [2, 'second'],
      [3, 'third'],
    ]);
  });

  it('behavior: diffVersions gives per-file diffs, the current version by default', async () => {
    const project = await projectWithHistory();
    const diffs = await diffVersions(context, { ownerId: ownerA, projectId: project.id, from: 1 });
    expect(diffs.map(({ path, status }) => [path, status])).toEqual([
      ['app.js', 'removed'],
      ['index.html', 'modified'],
      ['style.css', 'added'],
    ]);
    expect(diffs[1]?.patch).toContain('-<h1>Todo</h1>\n+<h1>Todos!</h1>');
  });

  it('behavior: restore then diff is empty, and history grows', async () => {
    const project = await projectWithHistory();
    const restored = await restoreVersion(context, { ownerId: ownerA, projectId: project.id, number: 1 });
    expect(restored).toMatchObject({ number: 4, parent: 3, message: 'Restore version 1', runId: null });
    expect(await diffVersions(context, { ownerId: ownerA, projectId: project.id, from: 1, to: 4 })).toEqual([]);
    expect((await storage.getProject({ ownerId: ownerA, projectId: project.id }))?.currentVersion).toBe(4);
    expect(await listVersions(context, { ownerId: ownerA, projectId: project.id })).toHaveLength(4);
  });

  it('behavior: forkProject starts a new project from a version', async () => {
    const project = await projectWithHistory();
    const { project: fork, version } = await forkProject(context, { ownerId: ownerA, projectId: project.id, number: 2 });
    expect(fork).toMatchObject({ ownerId: ownerA, name: 'Todo App (fork)', kind: 'web', currentVersion: 1 });
    expect(fork.id).not.toBe(project.id);
    expect(version).toMatchObject({ projectId: fork.id, number: 1, parent: null, message: 'Fork of Todo App version 2' });
    const original = await storage.getVersionFiles({ ownerId: ownerA, projectId: project.id, number: 2 });
    expect((await storage.getVersionFiles({ ownerId: ownerA, projectId: fork.id }))?.files).toEqual(original?.files);
    expect(await listVersions(context, { ownerId: ownerA, projectId: project.id })).toHaveLength(3);
  });

  it('behavior: exportZip then importZip round-trips the files', async () => {
    const project = await projectWithHistory();
    const exported = await exportZip(context, { ownerId: ownerA, projectId: project.id, number: 2 });
    expect(exported.fileName).toBe('todo-app-v2.zip');
    expect(exported.version.number).toBe(2);
    const { project: imported, version } = await importZip(context, { ownerId: ownerB, name: 'Copy', kind: 'web', bytes: exported.bytes });
    expect(imported).toMatchObject({ ownerId: ownerB, name: 'Copy', currentVersion: 1 });
    expect(version).toMatchObject({ number: 1, message: 'Import from ZIP', fileCount: 3 });
    const original = await storage.getVersionFiles({ ownerId: ownerA, projectId: project.id, number: 2 });
    expect((await storage.getVersionFiles({ ownerId: ownerB, projectId: imported.id }))?.files).toEqual(original?.files);
    expect(await readZip(exported.bytes)).toEqual(original?.files);
  });

  it('args: importFiles normalizes paths and takes a message', async () => {
    const { project, version } = await importFiles(context, { ownerId: ownerA, name: 'Api', kind: 'api', files: { './src\\server.ts': 'export {};' }, message: 'Seed' });
    expect(project).toMatchObject({ kind: 'api', currentVersion: 1 });
    expect(version.message).toBe('Seed');
    expect((await storage.getVersionFiles({ ownerId: ownerA, projectId: project.id }))?.files).toEqual({ 'src/server.ts': 'export {};' });
  });

  it('error: importZip refusals write nothing', async () => {
    const bad = [
      zipSync({ 'ok.txt': new Uint8Array(0), '../evil': new Uint8Array(0) }),
      zipSync({ '/etc/passwd': new Uint8Array(0) }),
      createZip({ 'a.txt': 'a'.repeat(2000) }),
      createZip({ 'a.txt': 'a', 'b.txt': 'b', 'c.txt': 'c' }),
    ];
    for (const bytes of bad) {
      await expect(importZip(context, { ownerId: ownerA, name: 'Bad', kind: 'web', bytes, limits: { maxTotalBytes: 1000, maxFiles: 2 } })).rejects.toMatchObject({ code: 'IMPORT_REJECTED' });
    }
    expect(await storage.listProjects({ ownerId: ownerA })).toEqual([]);
  });

  it('error: importFiles refusals write nothing', async () => {
    const cases = [{ '../evil.sh': 'x' }, { '/abs.txt': 'x' }, { 'a/../../b': 'x' }, Object.fromEntries(Array.from({ length: 5001 }, (_, index) => [`f${index}`, '']))];
    for (const files of cases) {
      await expect(importFiles(context, { ownerId: ownerA, name: 'Bad', kind: 'web', files })).rejects.toMatchObject({ code: 'IMPORT_REJECTED' });
    }
    await expect(importFiles(context, { ownerId: ownerA, name: 'Big', kind: 'web', files: { 'big.txt': 'é'.repeat(600) }, limits: { maxTotalBytes: 1000 } })).rejects.toMatchObject({
      code: 'IMPORT_REJECTED',
      details: { reason: 'size' },
    });
    expect(await storage.listProjects({ ownerId: ownerA })).toEqual([]);
  });

  it('error: owner B cannot list, diff, restore, fork or export owner A project', async () => {
    const project = await projectWithHistory();
    const scopeB = { ownerId: ownerB, projectId: project.id };
    const notFound = { code: 'PROJECT_NOT_FOUND' };
    await expect(listVersions(context, scopeB)).rejects.toMatchObject(notFound);
    await expect(diffVersions(context, { ...scopeB, from: 1, to: 2 })).rejects.toMatchObject(notFound);
    await expect(restoreVersion(context, { ...scopeB, number: 1 })).rejects.toMatchObject(notFound);
    await expect(forkProject(context, { ...scopeB, number: 1 })).rejects.toMatchObject(notFound);
    await expect(exportZip(context, scopeB)).rejects.toMatchObject(notFound);
    expect(await storage.listProjects({ ownerId: ownerB })).toEqual([]);
    expect(await storage.listVersions({ ownerId: ownerA, projectId: project.id })).toHaveLength(3);
  });

  it('error: a version that does not exist', async () => {
    const project = await projectWithHistory();
    await expect(restoreVersion(context, { ownerId: ownerA, projectId: project.id, number: 9 })).rejects.toMatchObject({ code: 'VERSION_NOT_FOUND', message: expect.stringContaining('latest is 3') });
    await expect(diffVersions(context, { ownerId: ownerA, projectId: project.id, from: 0 })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const empty = await storage.createProject({ ownerId: ownerA, name: 'Empty', kind: 'web' });
    await expect(exportZip(context, { ownerId: ownerA, projectId: empty.id })).rejects.toMatchObject({ code: 'VERSION_NOT_FOUND' });
  });
});
