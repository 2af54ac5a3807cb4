import { describe, expect, it } from 'vitest';
import type { VersionRecord } from '../../spec/storage.js';
import { expectError, uniqueId, type StorageSpecContext } from './context.js';

/** Storage spec, versions: see runStorageSpec. */
export function describeVersions(spec: StorageSpecContext): void {
  const { storage, newProject, newRun, countBlobs, canCountBlobs } = spec;
  describe('versions', () => {
    it('default: versions are numbered per project with their parent', async () => {
      const project = await newProject();
      const other = await newProject(project.ownerId);
      const scope = { ownerId: project.ownerId, projectId: project.id };
      const first = await storage.createVersion({ ...scope, runId: null, message: 'first', files: { 'a.txt': 'a' } });
      const second = await storage.createVersion({ ...scope, runId: null, message: 'second', files: { 'a.txt': 'b' } });
      const ofOther = await storage.createVersion({ ownerId: project.ownerId, projectId: other.id, runId: null, message: 'other', files: {} });
      expect(first).toMatchObject({ projectId: project.id, number: 1, parent: null, message: 'first', runId: null, fileCount: 1 });
      expect(second).toMatchObject({ number: 2, parent: 1, message: 'second' });
      expect(ofOther).toMatchObject({ number: 1, parent: null, fileCount: 0 });
      expect(await storage.listVersions(scope)).toEqual([first, second]);
    });

    it('behavior: createVersion makes it the current version', async () => {
      const run = await newRun();
      const scope = { ownerId: run.ownerId, projectId: run.projectId };
      await storage.createVersion({ ...scope, runId: null, message: 'one', files: { 'a.txt': '1' } });
      const second = await storage.createVersion({ ...scope, runId: run.id, message: 'two', files: { 'a.txt': '2' } });
      expect(second.runId).toBe(run.id);
      expect((await storage.getProject(scope))?.currentVersion).toBe(2);
      expect(await storage.getVersionFiles(scope)).toEqual({ version: second, files: { 'a.txt': '2' } });
    });

    it('args: getVersionFiles of a given number, undefined when absent', async () => {
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      expect(await storage.getVersionFiles(scope)).toBeUndefined();
      const first = await storage.createVersion({ ...scope, runId: null, message: 'one', files: { 'a.txt': '1' } });
      await storage.createVersion({ ...scope, runId: null, message: 'two', files: { 'b.txt': '2' } });
      expect(await storage.getVersionFiles({ ...scope, number: 1 })).toEqual({ version: first, files: { 'a.txt': '1' } });
      expect(await storage.getVersionFiles({ ...scope, number: 3 })).toBeUndefined();
    });

    it('behavior: files round-trip exactly', async () => {
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      const files = {
        'package.json': JSON.stringify({ name: 'app', dependencies: { react: '^19.0.0' } }, null, 2),
        'src/App.tsx': 'export default function App() {\n  return <h1>«Héllo» 🚀\r\n</h1>;\n}\n',
        'src/empty.css': '',
        'public/with space & symbols (1).txt': '  leading and trailing whitespace  \n\n',
        'deeply/nested/path/to/file.ts': 'export {};',
      };
      const version = await storage.createVersion({ ...scope, runId: null, message: 'files', files });
      expect(version.fileCount).toBe(5);
      expect((await storage.getVersionFiles(scope))?.files).toEqual(files);
    });

    it('behavior: unchanged content is stored once', async () => {
      if (!canCountBlobs()) throw new Error('runStorageSpec needs options.countBlobs or an adapter countBlobs() hook to check content addressing.');
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      const salt = uniqueId('content');
      const before = await countBlobs();
      await storage.createVersion({ ...scope, runId: null, message: 'one', files: { 'a.txt': `${salt} a`, 'b.txt': `${salt} b`, 'copy-of-a.txt': `${salt} a` } });
      expect((await countBlobs()) - before).toBe(2);
      await storage.createVersion({ ...scope, runId: null, message: 'two', files: { 'a.txt': `${salt} a changed`, 'b.txt': `${salt} b`, 'copy-of-a.txt': `${salt} a` } });
      expect((await countBlobs()) - before).toBe(3);
    });

    it('behavior: 100 versions of 50 files changing one file each store 149 blobs', async () => {
      if (!canCountBlobs()) throw new Error('runStorageSpec needs options.countBlobs or an adapter countBlobs() hook to check content addressing.');
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      const salt = uniqueId('content');
      const files: Record<string, string> = {};
      for (let index = 0; index < 50; index++) files[`src/file-${index}.ts`] = `// ${salt}\nexport const value${index} = ${index};\n`;
      const before = await countBlobs();
      for (let number = 1; number <= 100; number++) {
        if (number > 1) files[`src/file-${number % 50}.ts`] = `// ${salt}\nexport const value = ${number};\n`;
        await storage.createVersion({ ...scope, runId: null, message: `version ${number}`, files });
      }
      // 50 initial contents, then one new content per later version.
      expect((await countBlobs()) - before).toBe(50 + 99);
      expect((await storage.getVersionFiles(scope))?.files).toEqual(files);
      expect((await storage.getVersionFiles({ ...scope, number: 1 }))?.files['src/file-1.ts']).toBe(`// ${salt}\nexport const value1 = 1;\n`);
      expect(await storage.listVersions(scope)).toHaveLength(100);
    });

    it('args: createVersion with the expected head stores the next version on top of it', async () => {
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      const first = await storage.createVersion({ ...scope, runId: null, message: 'one', files: { 'a.txt': '1' }, expectedHead: null });
      const second = await storage.createVersion({ ...scope, runId: null, message: 'two', files: { 'a.txt': '2' }, expectedHead: 1 });
      expect(first).toMatchObject({ number: 1, parent: null });
      expect(second).toMatchObject({ number: 2, parent: 1 });
    });

    it('error: concurrent createVersion calls with the same expectedHead: exactly one succeeds, the other gets VERSION_CONFLICT', async () => {
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      await storage.createVersion({ ...scope, runId: null, message: 'base', files: { 'a.txt': 'base' }, expectedHead: null });
      const [left, right] = await Promise.allSettled([
        storage.createVersion({ ...scope, runId: null, message: 'left', files: { 'a.txt': 'left' }, expectedHead: 1 }),
        storage.createVersion({ ...scope, runId: null, message: 'right', files: { 'a.txt': 'right' }, expectedHead: 1 }),
      ]);
      const fulfilled = [left, right].filter((settled) => settled.status === 'fulfilled');
      const rejected = [left, right].filter((settled): settled is PromiseRejectedResult => settled.status === 'rejected');
      expect(fulfilled).toHaveLength(1);
      expect(rejected).toHaveLength(1);
      const error = await expectError(Promise.reject(rejected[0]!.reason), 'VERSION_CONFLICT');
      expect(error.details).toMatchObject({ projectId: project.id, expectedHead: 1, currentHead: 2 });
      const winner = (fulfilled[0] as PromiseFulfilledResult<VersionRecord>).value;
      expect(winner).toMatchObject({ number: 2, parent: 1 });
      expect(await storage.listVersions(scope)).toHaveLength(2);
      expect((await storage.getVersionFiles(scope))?.files).toEqual({ 'a.txt': winner.message });
    });

    it('error: a stale expectedHead is refused, names both versions and stores nothing', async () => {
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      await storage.createVersion({ ...scope, runId: null, message: 'one', files: { 'a.txt': '1' } });
      await storage.createVersion({ ...scope, runId: null, message: 'two', files: { 'a.txt': '2' } });
      const blobsBefore = canCountBlobs() ? await countBlobs() : 0;
      const error = await expectError(storage.createVersion({ ...scope, runId: null, message: 'stale', files: { 'a.txt': uniqueId('stale') }, expectedHead: 1 }), 'VERSION_CONFLICT');
      expect(error.message).toContain('version 2');
      expect(error.message).toContain('version 1');
      expect(error.details).toMatchObject({ projectId: project.id, expectedHead: 1, currentHead: 2 });
      expect(await storage.listVersions(scope)).toHaveLength(2);
      expect((await storage.getProject(scope))?.currentVersion).toBe(2);
      if (canCountBlobs()) expect(await countBlobs()).toBe(blobsBefore);
    });

    it('error: expectedHead null on a project that already has a version is refused', async () => {
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      await storage.createVersion({ ...scope, runId: null, message: 'one', files: { 'a.txt': '1' } });
      const error = await expectError(storage.createVersion({ ...scope, runId: null, message: 'first again', files: {}, expectedHead: null }), 'VERSION_CONFLICT');
      expect(error.details).toMatchObject({ expectedHead: null, currentHead: 1 });
      expect(await storage.listVersions(scope)).toHaveLength(1);
    });

    it('error: an expectedHead on a project without versions is refused', async () => {
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      const error = await expectError(storage.createVersion({ ...scope, runId: null, message: 'on nothing', files: {}, expectedHead: 1 }), 'VERSION_CONFLICT');
      expect(error.details).toMatchObject({ expectedHead: 1, currentHead: null });
      expect(await storage.listVersions(scope)).toEqual([]);
    });

    it('behavior: createVersion is idempotent by run: a second call for the same run returns its version and stores nothing', async () => {
      const run = await newRun();
      const scope = { ownerId: run.ownerId, projectId: run.projectId };
      const first = await storage.createVersion({ ...scope, runId: run.id, message: 'the run', files: { 'a.txt': '1' }, expectedHead: null });
      const blobsBefore = canCountBlobs() ? await countBlobs() : 0;
      // A resumed run stores its version again, with the head it started from (now moved by itself).
      const again = await storage.createVersion({ ...scope, runId: run.id, message: 'the run', files: { 'a.txt': uniqueId('ignored') }, expectedHead: null });
      expect(again).toEqual(first);
      expect(await storage.listVersions(scope)).toEqual([first]);
      expect((await storage.getProject(scope))?.currentVersion).toBe(1);
      expect((await storage.getVersionFiles(scope))?.files).toEqual({ 'a.txt': '1' });
      if (canCountBlobs()) expect(await countBlobs()).toBe(blobsBefore);
    });

    it('behavior: concurrent createVersion calls of one run store one version', async () => {
      const run = await newRun();
      const scope = { ownerId: run.ownerId, projectId: run.projectId };
      const created = await Promise.all([1, 2, 3].map((index) => storage.createVersion({ ...scope, runId: run.id, message: `try ${index}`, files: { 'a.txt': `${index}` } })));
      expect(new Set(created.map((version) => version.number))).toEqual(new Set([1]));
      expect(await storage.listVersions(scope)).toHaveLength(1);
    });

    it('behavior: versions without a run id (imports, restores) are never merged', async () => {
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      await storage.createVersion({ ...scope, runId: null, message: 'import', files: { 'a.txt': '1' } });
      await storage.createVersion({ ...scope, runId: null, message: 'import', files: { 'a.txt': '1' } });
      expect((await storage.listVersions(scope)).map((version) => version.number)).toEqual([1, 2]);
    });

    it('behavior: owner B cannot list, read or create versions of owner A project', async () => {
      const project = await newProject();
      await storage.createVersion({ ownerId: project.ownerId, projectId: project.id, runId: null, message: 'one', files: { 'secret.txt': 's' } });
      const scopeB = { ownerId: uniqueId('owner'), projectId: project.id };
      expect(await storage.listVersions(scopeB)).toEqual([]);
      expect(await storage.getVersionFiles(scopeB)).toBeUndefined();
      expect(await storage.getVersionFiles({ ...scopeB, number: 1 })).toBeUndefined();
      await expectError(storage.createVersion({ ...scopeB, runId: null, message: 'overwrite', files: {} }), 'PROJECT_NOT_FOUND');
      expect(await storage.listVersions({ ownerId: project.ownerId, projectId: project.id })).toHaveLength(1);
    });
  });
}
