import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildwrightError } from '../errors/buildwright-error.js';
import type { BuildwrightEvent } from '../events/events.js';
import type { ProjectRecord, RunBudgets, RunRecord, StorageAdapter, StoredCheckpoint, VersionRecord } from '../spec/storage.js';

/** Options of {@link runStorageSpec}. */
export interface RunStorageSpecOptions {
  /** Name of the `describe` block; defaults to `storage spec`. */
  name?: string;
  /**
   * Counts the distinct file contents (blobs) the storage holds, for the "unchanged content is
   * stored once" cases. Defaults to the adapter's own `countBlobs()` test hook when it has one.
   */
  countBlobs?: (storage: StorageAdapter) => Promise<number>;
}

const budgets: RunBudgets = { maxFixAttempts: 3, maxTokens: 100_000, maxWallTimeMs: 600_000 };
const uniqueId = (prefix: string) => `${prefix}-${globalThis.crypto.randomUUID()}`;

async function expectError(promise: Promise<unknown>, code: BuildwrightError['code']): Promise<BuildwrightError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(BuildwrightError.isInstance(error), `expected a BuildwrightError with code ${code}, got ${String(error)}`).toBe(true);
  expect((error as BuildwrightError).code).toBe(code);
  return error as BuildwrightError;
}

/**
 * The storage conformance suite: every `StorageAdapter` must pass it. Call it from a test file
 * with a factory; the suite creates one storage, isolates its cases by fresh owner ids, and
 * closes the storage at the end.
 *
 * @example
 * // my-storage.test.ts
 * import { runStorageSpec } from '@buildwright/core/testing';
 * import { myStorage } from './my-storage.js';
 *
 * runStorageSpec(() => myStorage({ url: process.env.DATABASE_URL }));
 */
export function runStorageSpec(factory: () => Promise<StorageAdapter> | StorageAdapter, options: RunStorageSpecOptions = {}): void {
  let storage!: StorageAdapter;

  const newProject = (ownerId = uniqueId('owner'), name = 'Todo app'): Promise<ProjectRecord> => storage.createProject({ ownerId, name, kind: 'web' });
  const newRun = async (project?: ProjectRecord): Promise<RunRecord> => {
    const owner = project ?? (await newProject());
    return storage.createRun({ ownerId: owner.ownerId, projectId: owner.id, mode: 'generate', prompt: 'Build a todo app', budgets });
  };
  const stepEvent = (run: RunRecord, seq: number): BuildwrightEvent => ({
    type: 'step.started',
    runId: run.id,
    projectId: run.projectId,
    seq,
    at: new Date(Date.UTC(2025, 0, 1, 0, 0, seq)).toISOString(),
    stepId: `step-${seq}`,
    title: `Step ${seq}`,
  });
  const countBlobs = async (): Promise<number> => {
    const hook = options.countBlobs ?? ((adapter: StorageAdapter) => (adapter as StorageAdapter & { countBlobs(): Promise<number> }).countBlobs());
    return hook(storage);
  };
  const canCountBlobs = () => options.countBlobs !== undefined || typeof (storage as { countBlobs?: unknown }).countBlobs === 'function';

  describe(options.name ?? 'storage spec', () => {
    beforeAll(async () => {
      storage = await factory();
      await storage.migrate();
    });
    afterAll(async () => {
      await storage?.close();
    });

    describe('adapter', () => {
      it('default: declares specification v1 and a provider name', () => {
        expect(storage.specificationVersion).toBe('v1');
        expect(typeof storage.provider).toBe('string');
        expect(storage.provider.length).toBeGreaterThan(0);
      });

      it('behavior: migrate can be called again', async () => {
        await storage.migrate();
        const project = await newProject();
        expect(await storage.getProject({ ownerId: project.ownerId, projectId: project.id })).toEqual(project);
      });
    });

    describe('projects', () => {
      it('default: createProject returns a project without a current version', async () => {
        const ownerId = uniqueId('owner');
        const project = await storage.createProject({ ownerId, name: 'Todo app', kind: 'dapp' });
        expect(project).toMatchObject({ ownerId, name: 'Todo app', kind: 'dapp', currentVersion: null });
        expect(typeof project.id).toBe('string');
        expect(Number.isNaN(Date.parse(project.createdAt))).toBe(false);
        expect(Number.isNaN(Date.parse(project.updatedAt))).toBe(false);
      });

      it('args: createProject keeps a given id', async () => {
        const id = uniqueId('project');
        const project = await storage.createProject({ ownerId: uniqueId('owner'), name: 'API', kind: 'api', id });
        expect(project.id).toBe(id);
      });

      it('error: createProject with an id already taken', async () => {
        const project = await newProject();
        await expectError(storage.createProject({ ownerId: project.ownerId, name: 'Again', kind: 'web', id: project.id }), 'INVALID_INPUT');
      });

      it('behavior: getProject and listProjects return the owner projects', async () => {
        const ownerId = uniqueId('owner');
        const first = await newProject(ownerId, 'First');
        const second = await newProject(ownerId, 'Second');
        expect(await storage.getProject({ ownerId, projectId: first.id })).toEqual(first);
        const listed = await storage.listProjects({ ownerId });
        expect(listed.map((project) => project.id).sort()).toEqual([first.id, second.id].sort());
      });

      it('behavior: getProject of an unknown id is undefined', async () => {
        expect(await storage.getProject({ ownerId: uniqueId('owner'), projectId: uniqueId('missing') })).toBeUndefined();
      });

      it('behavior: owner B cannot get or list owner A projects', async () => {
        const project = await newProject();
        const ownerB = uniqueId('owner');
        await newProject(ownerB, 'B project');
        expect(await storage.getProject({ ownerId: ownerB, projectId: project.id })).toBeUndefined();
        expect((await storage.listProjects({ ownerId: ownerB })).map((listed) => listed.id)).not.toContain(project.id);
      });

      it('behavior: changing a returned record does not change the stored one', async () => {
        const project = await newProject();
        project.name = 'changed by the caller';
        const again = await storage.getProject({ ownerId: project.ownerId, projectId: project.id });
        expect(again?.name).toBe('Todo app');
      });
    });

    describe('runs', () => {
      it('default: createRun starts running with no cost and no error', async () => {
        const project = await newProject();
        const run = await storage.createRun({ ownerId: project.ownerId, projectId: project.id, mode: 'edit', prompt: 'Add a footer', budgets });
        expect(run).toMatchObject({ projectId: project.id, ownerId: project.ownerId, mode: 'edit', prompt: 'Add a footer', status: 'running', budgets, costUsd: 0, error: null });
        expect(await storage.getRun({ ownerId: project.ownerId, runId: run.id })).toEqual(run);
      });

      it('args: createRun keeps a given id', async () => {
        const project = await newProject();
        const id = uniqueId('run');
        const run = await storage.createRun({ ownerId: project.ownerId, projectId: project.id, mode: 'generate', prompt: 'x', budgets, id });
        expect(run.id).toBe(id);
      });

      it('error: createRun on a project of another owner', async () => {
        const project = await newProject();
        await expectError(storage.createRun({ ownerId: uniqueId('owner'), projectId: project.id, mode: 'generate', prompt: 'x', budgets }), 'PROJECT_NOT_FOUND');
      });

      it('behavior: updateRun changes status, error and cost', async () => {
        const run = await newRun();
        await storage.updateRun({ runId: run.id, status: 'failed', error: { code: 'CHECK_FAILED', message: 'types failed' }, costUsd: 0.0125 });
        const updated = await storage.getRun({ ownerId: run.ownerId, runId: run.id });
        expect(updated).toMatchObject({ status: 'failed', error: { code: 'CHECK_FAILED', message: 'types failed' }, costUsd: 0.0125, prompt: run.prompt });
        await storage.updateRun({ runId: run.id, costUsd: 0.5 });
        expect(await storage.getRun({ ownerId: run.ownerId, runId: run.id })).toMatchObject({ status: 'failed', costUsd: 0.5 });
      });

      it('error: updateRun of an unknown run', async () => {
        await expectError(storage.updateRun({ runId: uniqueId('missing'), status: 'completed' }), 'RUN_NOT_FOUND');
      });

      it('behavior: listRuns lists the runs of a project', async () => {
        const project = await newProject();
        const first = await newRun(project);
        const second = await newRun(project);
        await newRun();
        const listed = await storage.listRuns({ ownerId: project.ownerId, projectId: project.id });
        expect(listed.map((run) => run.id).sort()).toEqual([first.id, second.id].sort());
      });

      it('behavior: owner B cannot get or list owner A runs', async () => {
        const run = await newRun();
        const ownerB = uniqueId('owner');
        expect(await storage.getRun({ ownerId: ownerB, runId: run.id })).toBeUndefined();
        expect(await storage.listRuns({ ownerId: ownerB, projectId: run.projectId })).toEqual([]);
      });
    });

    describe('events', () => {
      it('default: readEvents replays every event ordered by seq', async () => {
        const run = await newRun();
        for (const seq of [1, 2, 3]) await storage.appendEvent(stepEvent(run, seq));
        const events = await storage.readEvents({ ownerId: run.ownerId, runId: run.id });
        expect(events).toEqual([stepEvent(run, 1), stepEvent(run, 2), stepEvent(run, 3)]);
      });

      it('behavior: events appended out of order are read in seq order', async () => {
        const run = await newRun();
        for (const seq of [2, 3, 1]) await storage.appendEvent(stepEvent(run, seq));
        const events = await storage.readEvents({ ownerId: run.ownerId, runId: run.id });
        expect(events.map((event) => event.seq)).toEqual([1, 2, 3]);
      });

      it('args: afterSeq returns only later events, limit caps the count', async () => {
        const run = await newRun();
        for (let seq = 1; seq <= 6; seq++) await storage.appendEvent(stepEvent(run, seq));
        expect((await storage.readEvents({ ownerId: run.ownerId, runId: run.id, afterSeq: 3 })).map((event) => event.seq)).toEqual([4, 5, 6]);
        expect((await storage.readEvents({ ownerId: run.ownerId, runId: run.id, afterSeq: 1, limit: 2 })).map((event) => event.seq)).toEqual([2, 3]);
        expect(await storage.readEvents({ ownerId: run.ownerId, runId: run.id, afterSeq: 6 })).toEqual([]);
      });

      it('behavior: nested payloads round-trip', async () => {
        const run = await newRun();
        const failed: BuildwrightEvent = {
          type: 'check.failed',
          runId: run.id,
          projectId: run.projectId,
          seq: 1,
          at: '2025-01-01T00:00:00.000Z',
          check: 'types',
          report: 'src/App.tsx(3,1): error TS2304: Cannot find name "x". — «ünïcödé» 🚀',
          issues: [{ file: 'src/App.tsx', line: 3, column: 1, message: 'Cannot find name "x".' }, { message: 'no location' }],
          durationMs: 1234.5,
        };
        const plan: BuildwrightEvent = {
          type: 'plan.created',
          runId: run.id,
          projectId: run.projectId,
          seq: 2,
          at: '2025-01-01T00:00:01.000Z',
          plan: { title: 'Todo', summary: 'A list', steps: [{ id: 's1', title: 'UI', files: ['src/App.tsx', 'src/main.tsx'] }] },
        };
        await storage.appendEvent(failed);
        await storage.appendEvent(plan);
        expect(await storage.readEvents({ ownerId: run.ownerId, runId: run.id })).toEqual([failed, plan]);
      });

      it('error: a duplicate (runId, seq) is refused and the first event kept', async () => {
        const run = await newRun();
        const first = stepEvent(run, 1);
        await storage.appendEvent(first);
        await expectError(storage.appendEvent({ ...stepEvent(run, 1), stepId: 'other' } as BuildwrightEvent), 'STORAGE_ERROR');
        expect(await storage.readEvents({ ownerId: run.ownerId, runId: run.id })).toEqual([first]);
      });

      it('error: appendEvent to an unknown run', async () => {
        await expectError(storage.appendEvent({ ...stepEvent(await newRun(), 1), runId: uniqueId('missing') }), 'RUN_NOT_FOUND');
      });

      it('behavior: the same seq in two runs is fine', async () => {
        const project = await newProject();
        const first = await newRun(project);
        const second = await newRun(project);
        await storage.appendEvent(stepEvent(first, 1));
        await storage.appendEvent(stepEvent(second, 1));
        expect(await storage.readEvents({ ownerId: project.ownerId, runId: second.id })).toHaveLength(1);
      });

      it('behavior: owner B cannot read owner A events', async () => {
        const run = await newRun();
        await storage.appendEvent(stepEvent(run, 1));
        expect(await storage.readEvents({ ownerId: uniqueId('owner'), runId: run.id })).toEqual([]);
      });
    });

    describe('messages', () => {
      it('default: appendMessage then listMessages in order', async () => {
        const run = await newRun();
        const project = (await storage.getProject({ ownerId: run.ownerId, projectId: run.projectId }))!;
        const question = await storage.appendMessage({ projectId: project.id, runId: null, role: 'user', content: 'Build a todo app' });
        const answer = await storage.appendMessage({ projectId: project.id, runId: run.id, role: 'assistant', content: 'Done: a todo app.' });
        expect(question).toMatchObject({ projectId: project.id, runId: null, role: 'user', content: 'Build a todo app' });
        expect(typeof question.id).toBe('string');
        expect(await storage.listMessages({ ownerId: project.ownerId, projectId: project.id })).toEqual([question, answer]);
      });

      it('error: appendMessage to an unknown project', async () => {
        await expectError(storage.appendMessage({ projectId: uniqueId('missing'), runId: null, role: 'user', content: 'x' }), 'PROJECT_NOT_FOUND');
      });

      it('behavior: owner B cannot list owner A messages', async () => {
        const project = await newProject();
        await storage.appendMessage({ projectId: project.id, runId: null, role: 'user', content: 'secret' });
        expect(await storage.listMessages({ ownerId: uniqueId('owner'), projectId: project.id })).toEqual([]);
      });
    });

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

    describe('contracts', () => {
      it('default: saveContract then listContracts', async () => {
        const run = await newRun();
        const contract = await storage.saveContract({
          projectId: run.projectId,
          runId: run.id,
          name: 'Counter',
          address: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
          chainId: 31337,
          network: 'local',
          abi: [{ type: 'function', name: 'increment', inputs: [], outputs: [], stateMutability: 'nonpayable' }],
          source: 'contract Counter { uint256 public count; function increment() public { count++; } }',
          txHash: '0xabc',
          explorerUrl: null,
          status: 'deployed',
        });
        expect(typeof contract.id).toBe('string');
        expect(await storage.listContracts({ ownerId: run.ownerId, projectId: run.projectId })).toEqual([contract]);
      });

      it('behavior: owner B cannot list owner A contracts', async () => {
        const project = await newProject();
        await storage.saveContract({ projectId: project.id, runId: null, name: 'Token', address: '0x1', chainId: 1, network: 'n', abi: [], source: '', txHash: '0x2', explorerUrl: 'https://example.com/tx/0x2', status: 'failed' });
        expect(await storage.listContracts({ ownerId: uniqueId('owner'), projectId: project.id })).toEqual([]);
      });
    });

    describe('usage', () => {
      it('default: recordUsage then listUsage', async () => {
        const run = await newRun();
        const plan = { runId: run.id, node: 'plan', model: 'gpt-test', inputTokens: 1200, outputTokens: 300, cachedInputTokens: 0, costUsd: 0.0021, estimated: false };
        const build = { ...plan, node: 'build', inputTokens: 5000, cachedInputTokens: 1000, costUsd: 0.01, estimated: true };
        await storage.recordUsage(plan);
        await storage.recordUsage(build);
        expect(await storage.listUsage({ ownerId: run.ownerId, runId: run.id })).toEqual([plan, build]);
      });

      it('behavior: owner B cannot list owner A usage', async () => {
        const run = await newRun();
        await storage.recordUsage({ runId: run.id, node: 'plan', model: 'm', inputTokens: 1, outputTokens: 1, cachedInputTokens: 0, costUsd: 0, estimated: true });
        expect(await storage.listUsage({ ownerId: uniqueId('owner'), runId: run.id })).toEqual([]);
      });
    });

    describe('blobs', () => {
      const sha256 = async (content: string) =>
        [...new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(content)))].map((byte) => byte.toString(16).padStart(2, '0')).join('');

      it('default: putBlobs returns each content\'s SHA-256 key in order, getBlobs returns the contents', async () => {
        const salt = uniqueId('blob');
        const contents = [`${salt} a`, '', `${salt} «ü» 🚀\r\n\u0000 end`, `${salt} a`];
        const keys = await storage.putBlobs({ contents });
        expect(keys).toEqual(await Promise.all(contents.map(sha256)));
        expect(await storage.getBlobs({ keys })).toEqual({ [keys[0]!]: contents[0], [keys[1]!]: '', [keys[2]!]: contents[2] });
      });

      it('behavior: a key not stored is absent; no keys, no contents', async () => {
        const stored = await storage.putBlobs({ contents: [uniqueId('blob')] });
        const unknown = await sha256(uniqueId('never stored'));
        expect(await storage.getBlobs({ keys: [unknown, ...stored] })).toEqual({ [stored[0]!]: expect.any(String) });
        expect(await storage.getBlobs({ keys: [] })).toEqual({});
        expect(await storage.putBlobs({ contents: [] })).toEqual([]);
      });

      it('behavior: one store with versions: a content stored by either is stored once and read by both', async () => {
        if (!canCountBlobs()) throw new Error('runStorageSpec needs options.countBlobs or an adapter countBlobs() hook to check content addressing.');
        const project = await newProject();
        const scope = { ownerId: project.ownerId, projectId: project.id };
        const salt = uniqueId('shared');
        const before = await countBlobs();
        await storage.createVersion({ ...scope, runId: null, message: 'one', files: { 'a.txt': `${salt} a` } });
        const [keyOfA, keyOfB] = await storage.putBlobs({ contents: [`${salt} a`, `${salt} b`] });
        await storage.putBlobs({ contents: [`${salt} a`, `${salt} b`] });
        expect((await countBlobs()) - before).toBe(2);
        expect(await storage.getBlobs({ keys: [keyOfA!] })).toEqual({ [keyOfA!]: `${salt} a` });
        await storage.createVersion({ ...scope, runId: null, message: 'two', files: { 'b.txt': `${salt} b` } });
        expect((await countBlobs()) - before).toBe(2);
        expect((await storage.getVersionFiles(scope))?.files).toEqual({ 'b.txt': `${salt} b` });
        expect(keyOfB).toBe(await sha256(`${salt} b`));
      });

      it('behavior: 2,000 contents and a 1 MB content in one call', async () => {
        const salt = uniqueId('many');
        const contents = Array.from({ length: 2_000 }, (_, index) => `${salt} ${index}`);
        contents.push(`${salt}\n${'x'.repeat(1024 * 1024)}`);
        const keys = await storage.putBlobs({ contents });
        expect(new Set(keys).size).toBe(contents.length);
        const found = await storage.getBlobs({ keys });
        expect(Object.keys(found)).toHaveLength(contents.length);
        expect(keys.every((key, index) => found[key] === contents[index])).toBe(true);
      });
    });

    describe('checkpoints', () => {
      const checkpoint = (threadId: string, checkpointId: string, parentCheckpointId: string | null): StoredCheckpoint => ({
        threadId,
        checkpointId,
        parentCheckpointId,
        checkpoint: JSON.stringify({ v: 4, id: checkpointId, channel_values: { files: { 'a.txt': 'ü' } } }),
        metadata: JSON.stringify({ source: 'loop', step: 1 }),
      });

      it('default: getCheckpoint returns the latest, or the one asked for', async () => {
        const threadId = uniqueId('thread');
        const first = checkpoint(threadId, 'cp-1', null);
        const second = checkpoint(threadId, 'cp-2', 'cp-1');
        await storage.putCheckpoint(first);
        await storage.putCheckpoint(second);
        expect(await storage.getCheckpoint({ threadId })).toEqual(second);
        expect(await storage.getCheckpoint({ threadId, checkpointId: 'cp-1' })).toEqual(first);
        expect(await storage.getCheckpoint({ threadId, checkpointId: 'cp-9' })).toBeUndefined();
        expect(await storage.getCheckpoint({ threadId: uniqueId('thread') })).toBeUndefined();
      });

      it('args: listCheckpoints newest first, with limit and before', async () => {
        const threadId = uniqueId('thread');
        // Ids deliberately not in lexical order: "newest" is the order they were written.
        const ids = ['cp-c', 'cp-a', 'cp-d', 'cp-b'];
        for (const [index, id] of ids.entries()) await storage.putCheckpoint(checkpoint(threadId, id, ids[index - 1] ?? null));
        await storage.putCheckpoint(checkpoint(uniqueId('thread'), 'cp-z', null));
        expect((await storage.listCheckpoints({ threadId })).map((stored) => stored.checkpointId)).toEqual(['cp-b', 'cp-d', 'cp-a', 'cp-c']);
        expect((await storage.listCheckpoints({ threadId, limit: 2 })).map((stored) => stored.checkpointId)).toEqual(['cp-b', 'cp-d']);
        expect((await storage.listCheckpoints({ threadId, before: 'cp-d' })).map((stored) => stored.checkpointId)).toEqual(['cp-a', 'cp-c']);
        expect((await storage.listCheckpoints({ threadId, before: 'cp-d', limit: 1 })).map((stored) => stored.checkpointId)).toEqual(['cp-a']);
      });

      it('behavior: putCheckpoint with the same id replaces it', async () => {
        const threadId = uniqueId('thread');
        await storage.putCheckpoint(checkpoint(threadId, 'cp-1', null));
        const replaced = { ...checkpoint(threadId, 'cp-1', null), metadata: '{"step":2}' };
        await storage.putCheckpoint(replaced);
        expect(await storage.listCheckpoints({ threadId })).toEqual([replaced]);
      });

      it('default: putCheckpointWrites then getCheckpointWrites', async () => {
        const threadId = uniqueId('thread');
        const write = (taskId: string, index: number, value: string) => ({ threadId, checkpointId: 'cp-1', taskId, index, channel: 'files', value });
        await storage.putCheckpointWrites({ writes: [write('task-1', 0, '"a"'), write('task-1', 1, '"b"'), write('task-2', 0, '"c"')] });
        await storage.putCheckpointWrites({ writes: [{ ...write('task-9', 0, '"other checkpoint"'), checkpointId: 'cp-2' }] });
        const stored = await storage.getCheckpointWrites({ threadId, checkpointId: 'cp-1' });
        expect(stored).toEqual([write('task-1', 0, '"a"'), write('task-1', 1, '"b"'), write('task-2', 0, '"c"')]);
        await storage.putCheckpointWrites({ writes: [write('task-1', 1, '"b2"')] });
        expect((await storage.getCheckpointWrites({ threadId, checkpointId: 'cp-1' })).map((stored) => stored.value)).toEqual(['"a"', '"b2"', '"c"']);
        expect(await storage.getCheckpointWrites({ threadId, checkpointId: 'cp-9' })).toEqual([]);
      });
    });
  });
}
