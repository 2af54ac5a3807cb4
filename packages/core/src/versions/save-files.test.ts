import { describe, expect, it } from 'vitest';
import { expectCode } from '../testing/expect-code.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { saveFiles } from './save-files.js';

const ownerId = 'owner-a';

async function projectAtVersion1() {
  const storage = memoryStorage();
  const project = await storage.createProject({ ownerId, name: 'Todo', kind: 'web' });
  await storage.createVersion({ ownerId, projectId: project.id, runId: null, message: 'v1', files: { 'src/App.tsx': 'v1 app', 'src/old.css': 'old', 'README.md': 'readme' } });
  return { storage, projectId: project.id };
}

describe('saveFiles', () => {
  it('default: changes and deletions on the base version make version N+1; untouched files stay', async () => {
    const { storage, projectId } = await projectAtVersion1();
    const saved = await saveFiles(
      { storage },
      { ownerId, projectId, baseVersion: 1, files: { 'src/App.tsx': 'edited app', 'src/new.ts': 'new' }, deleted: ['src/old.css'], message: 'Fix the header' },
    );
    expect(saved).toMatchObject({ created: true, written: ['src/App.tsx', 'src/new.ts'], deleted: ['src/old.css'] });
    expect(saved.version).toMatchObject({ number: 2, parent: 1, message: 'Fix the header', runId: null, fileCount: 3 });
    expect((await storage.getVersionFiles({ ownerId, projectId }))?.files).toEqual({ 'src/App.tsx': 'edited app', 'src/new.ts': 'new', 'README.md': 'readme' });
  });

  it('args: paths are normalized by the project path rule and the message defaults to "Edit by hand"', async () => {
    const { storage, projectId } = await projectAtVersion1();
    const saved = await saveFiles({ storage }, { ownerId, projectId, baseVersion: 1, files: { './src\\App.tsx': 'edited' }, deleted: ['src/./old.css'] });
    expect(saved).toMatchObject({ written: ['src/App.tsx'], deleted: ['src/old.css'], version: { message: 'Edit by hand' } });
  });

  it('behavior: edits that change nothing store nothing and return the base version', async () => {
    const { storage, projectId } = await projectAtVersion1();
    const saved = await saveFiles({ storage }, { ownerId, projectId, baseVersion: 1, files: { 'src/App.tsx': 'v1 app' } });
    expect(saved).toMatchObject({ created: false, written: [], deleted: [], version: { number: 1 } });
    expect(await storage.listVersions({ ownerId, projectId })).toHaveLength(1);
  });

  it('behavior: the first version of an empty project is saved with baseVersion null', async () => {
    const storage = memoryStorage();
    const project = await storage.createProject({ ownerId, name: 'Empty', kind: 'web' });
    await expectCode(saveFiles({ storage }, { ownerId, projectId: project.id, baseVersion: null, files: {} }), 'INVALID_INPUT');
    const saved = await saveFiles({ storage }, { ownerId, projectId: project.id, baseVersion: null, files: { 'index.html': '<h1>Hi</h1>' } });
    expect(saved.version).toMatchObject({ number: 1, parent: null });
    await expectCode(saveFiles({ storage }, { ownerId, projectId: project.id, baseVersion: 0, files: {} }), 'INVALID_INPUT');
  });

  it('error: a base version that is no longer current is VERSION_CONFLICT naming the current head and the edited paths; nothing is stored', async () => {
    const { storage, projectId } = await projectAtVersion1();
    await storage.createVersion({ ownerId, projectId, runId: null, message: 'a run stored v2', files: { 'src/App.tsx': 'run app' } });
    const error = await expectCode(saveFiles({ storage }, { ownerId, projectId, baseVersion: 1, files: { 'src/App.tsx': 'my edit' }, deleted: ['README.md'] }), 'VERSION_CONFLICT');
    expect(error.details).toMatchObject({ projectId, expectedHead: 1, currentHead: 2, paths: ['README.md', 'src/App.tsx'] });
    expect(error.message).toContain('Nothing was stored and your edits are kept');
    expect(error.message).toContain('baseVersion: 2');
    expect(await storage.listVersions({ ownerId, projectId })).toHaveLength(2);
    // Rebased on version 2, the same edits are stored.
    const saved = await saveFiles({ storage }, { ownerId, projectId, baseVersion: 2, files: { 'src/App.tsx': 'my edit' } });
    expect(saved.version).toMatchObject({ number: 3, parent: 2 });
  });

  it('behavior: of two saves on the same base, exactly one is stored and the other conflicts', async () => {
    const { storage, projectId } = await projectAtVersion1();
    const results = await Promise.allSettled([
      saveFiles({ storage }, { ownerId, projectId, baseVersion: 1, files: { 'src/App.tsx': 'first' } }),
      saveFiles({ storage }, { ownerId, projectId, baseVersion: 1, files: { 'src/App.tsx': 'second' } }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason.code).toBe('VERSION_CONFLICT');
    expect(await storage.listVersions({ ownerId, projectId })).toHaveLength(2);
  });

  it('error: paths outside the project, protected paths and path clashes are refused before anything is stored', async () => {
    const { storage, projectId } = await projectAtVersion1();
    const save = (files: Record<string, string>, deleted: string[] = []) => saveFiles({ storage }, { ownerId, projectId, baseVersion: 1, files, deleted });
    await expectCode(save({ '../escape.txt': 'x' }), 'PATH_OUTSIDE_PROJECT');
    await expectCode(save({ '/etc/passwd': 'x' }), 'PATH_OUTSIDE_PROJECT');
    await expectCode(save({ '.git/config': 'x' }), 'PATH_PROTECTED');
    await expectCode(save({ 'node_modules/react/index.js': 'x' }), 'PATH_PROTECTED');
    await expectCode(save({ 'web/.npmrc': 'registry=http://evil' }), 'PATH_PROTECTED');
    await expectCode(save({ 'SRC/App.tsx': 'x' }), 'PATH_INVALID');
    await expectCode(save({ 'src/App.tsx/inner.ts': 'x' }), 'PATH_INVALID');
    await expectCode(save({ 'src/\u202egnp.ts': 'x' }), 'PATH_INVALID');
    await expectCode(save({ 'src/App.tsx': 'x' }, ['src/App.tsx']), 'INVALID_INPUT');
    await expectCode(save({ 'a.txt': 'x', './a.txt': 'y' }), 'INVALID_INPUT');
    await expectCode(save({}, ['missing.txt']), 'INVALID_INPUT');
    await expectCode(save({ 'a.txt': 42 as unknown as string }), 'INVALID_INPUT');
    expect(await storage.listVersions({ ownerId, projectId })).toHaveLength(1);
  });

  it('error: a tree past the file limits is PROJECT_LIMIT_EXCEEDED', async () => {
    const { storage, projectId } = await projectAtVersion1();
    await expectCode(saveFiles({ storage }, { ownerId, projectId, baseVersion: 1, files: { 'big.txt': 'x'.repeat(11) }, limits: { maxFileBytes: 10 } }), 'PROJECT_LIMIT_EXCEEDED');
    await expectCode(saveFiles({ storage }, { ownerId, projectId, baseVersion: 1, files: { 'a.txt': 'a' }, limits: { maxFiles: 3 } }), 'PROJECT_LIMIT_EXCEEDED');
    // Deleting a file makes room for a new one.
    const saved = await saveFiles({ storage }, { ownerId, projectId, baseVersion: 1, files: { 'a.txt': 'a' }, deleted: ['README.md'], limits: { maxFiles: 3 } });
    expect(saved.version.fileCount).toBe(3);
  });

  it('error: another owner project is PROJECT_NOT_FOUND', async () => {
    const { storage, projectId } = await projectAtVersion1();
    await expectCode(saveFiles({ storage }, { ownerId: 'owner-b', projectId, baseVersion: 1, files: { 'a.txt': 'a' } }), 'PROJECT_NOT_FOUND');
  });
});
