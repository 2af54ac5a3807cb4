import { describe, expect, it } from 'vitest';
import { budgets, expectError, uniqueId, type StorageSpecContext } from './context.js';

/** Storage spec, renaming, deleting and paging projects: see runStorageSpec. */
export function describeProjectEdits(spec: StorageSpecContext): void {
  const { storage, newProject, newRun, stepEvent } = spec;
  describe('project pages', () => {
    it('default: searchProjects pages newest first and hands out a cursor until the last page', async () => {
      const ownerId = uniqueId('owner');
      const made = [];
      for (let index = 1; index <= 5; index++) made.push(await newProject(ownerId, `App ${index}`));
      await newProject(uniqueId('owner'), 'App of another owner');
      const first = await storage.searchProjects({ ownerId, limit: 2 });
      expect(first.projects.map((project) => project.name)).toEqual(['App 5', 'App 4']);
      expect(typeof first.nextCursor).toBe('string');
      const second = await storage.searchProjects({ ownerId, limit: 2, cursor: first.nextCursor! });
      expect(second.projects.map((project) => project.name)).toEqual(['App 3', 'App 2']);
      const last = await storage.searchProjects({ ownerId, limit: 2, cursor: second.nextCursor! });
      expect(last).toEqual({ projects: [made[0]], nextCursor: null });
      expect((await storage.searchProjects({ ownerId })).projects).toHaveLength(5);
    });

    it('behavior: a page does not shift when a listed project gets a version', async () => {
      const ownerId = uniqueId('owner');
      const older = await newProject(ownerId, 'Older');
      await newProject(ownerId, 'Newer');
      const first = await storage.searchProjects({ ownerId, limit: 1 });
      await storage.createVersion({ ownerId, projectId: older.id, runId: null, message: 'v1', files: { 'a.txt': 'a' } });
      const second = await storage.searchProjects({ ownerId, limit: 1, cursor: first.nextCursor! });
      expect(second.projects.map((project) => project.name)).toEqual(['Older']);
      expect(second.projects[0]?.currentVersion).toBe(1);
    });

    it('args: query matches the name or a run prompt, case-insensitively, with % and _ as plain characters', async () => {
      const ownerId = uniqueId('owner');
      const todo = await newProject(ownerId, 'My TODO list');
      const shop = await newProject(ownerId, 'Shop');
      await storage.createRun({ ownerId, projectId: shop.id, mode: 'generate', prompt: 'A shop that sells Todo-stickers', budgets });
      const percent = await newProject(ownerId, '100% off_sale');
      await newProject(ownerId, 'Weather');
      const names = async (query: string) => (await storage.searchProjects({ ownerId, query })).projects.map((project) => project.id);
      expect(await names('todo')).toEqual([shop.id, todo.id]);
      expect(await names('  STICKERS ')).toEqual([shop.id]);
      expect(await names('0% off_')).toEqual([percent.id]);
      expect(await names('%')).toEqual([percent.id]);
      expect(await names('nothing like it')).toEqual([]);
      expect((await storage.searchProjects({ ownerId, query: '' })).projects).toHaveLength(4);
      expect((await storage.searchProjects({ ownerId: uniqueId('owner'), query: 'todo' })).projects).toEqual([]);
    });

    it('error: a limit outside 1 to 100 or a cursor not handed out is INVALID_INPUT', async () => {
      const ownerId = uniqueId('owner');
      await expectError(storage.searchProjects({ ownerId, limit: 0 }), 'INVALID_INPUT');
      await expectError(storage.searchProjects({ ownerId, limit: 101 }), 'INVALID_INPUT');
      await expectError(storage.searchProjects({ ownerId, limit: 1.5 }), 'INVALID_INPUT');
      await expectError(storage.searchProjects({ ownerId, cursor: "1' OR 1=1 --" }), 'INVALID_INPUT');
      await expectError(storage.searchProjects({ ownerId, cursor: '-3' }), 'INVALID_INPUT');
    });
  });

  describe('renaming and deleting projects', () => {
    it('default: renameProject changes the name and moves updatedAt', async () => {
      const project = await newProject();
      await new Promise((resolve) => setTimeout(resolve, 5));
      const renamed = await storage.renameProject({ ownerId: project.ownerId, projectId: project.id, name: 'Renamed «app» 🚀' });
      expect(renamed).toMatchObject({ id: project.id, name: 'Renamed «app» 🚀', createdAt: project.createdAt, currentVersion: null });
      expect(Date.parse(renamed.updatedAt)).toBeGreaterThan(Date.parse(project.updatedAt));
      expect(await storage.getProject({ ownerId: project.ownerId, projectId: project.id })).toEqual(renamed);
    });

    it('error: renameProject and deleteProject of another owner project are PROJECT_NOT_FOUND and change nothing', async () => {
      const project = await newProject();
      const ownerB = uniqueId('owner');
      await expectError(storage.renameProject({ ownerId: ownerB, projectId: project.id, name: 'taken' }), 'PROJECT_NOT_FOUND');
      await expectError(storage.deleteProject({ ownerId: ownerB, projectId: project.id }), 'PROJECT_NOT_FOUND');
      await expectError(storage.deleteProject({ ownerId: project.ownerId, projectId: uniqueId('missing') }), 'PROJECT_NOT_FOUND');
      expect(await storage.getProject({ ownerId: project.ownerId, projectId: project.id })).toEqual(project);
    });

    it('default: deleteProject removes the project with its runs, events, messages, versions, contracts, usage, checkpoints, deployments, Git link and MCP decisions', async () => {
      const run = await newRun();
      const { ownerId, projectId } = { ownerId: run.ownerId, projectId: run.projectId };
      const other = await newProject(ownerId, 'Kept');
      await storage.appendEvent(stepEvent(run, 1));
      await storage.appendMessage({ projectId, runId: run.id, role: 'user', content: 'hello' });
      await storage.createVersion({ ownerId, projectId, runId: run.id, message: 'v1', files: { 'shared.txt': 'same content', 'own.txt': 'own' } });
      await storage.createVersion({ ownerId, projectId: other.id, runId: null, message: 'v1', files: { 'shared.txt': 'same content' } });
      await storage.saveContract({
        projectId,
        runId: run.id,
        name: 'Counter',
        address: '0x1',
        chainId: 31337,
        network: 'local',
        abi: [],
        source: '',
        txHash: '0x2',
        explorerUrl: null,
        status: 'deployed',
      });
      await storage.recordUsage({ runId: run.id, node: 'build', model: 'm', inputTokens: 1, outputTokens: 1, cachedInputTokens: 0, costUsd: 0, estimated: true });
      await storage.putCheckpoint({ threadId: run.id, checkpointId: 'cp-1', parentCheckpointId: null, checkpoint: '{}', metadata: '{}' });
      await storage.putCheckpointWrites({ writes: [{ threadId: run.id, checkpointId: 'cp-1', taskId: 't', index: 0, channel: 'c', value: '1' }] });
      await storage.createToolApproval({ runId: run.id, id: 'approval-1', server: 'files', tool: 'read' });
      await storage.saveToolConsent({ projectId, server: 'files', tool: 'read', toolHash: 'h1', decision: 'allow' });
      await storage.saveToolPin({ projectId, server: 'files', hash: 'h1', tools: { read: 'h1' } });
      const deployment = await storage.createDeployment({ ownerId, projectId, target: 'static', versionNumber: 1, warnings: [] });
      await storage.saveGitLink({ ownerId, projectId, remote: 'https://git.example/app.git', branch: 'main' });
      await storage.updateRun({ runId: run.id, status: 'completed' });

      await storage.deleteProject({ ownerId, projectId });

      expect(await storage.getProject({ ownerId, projectId })).toBeUndefined();
      expect(await storage.getRun({ ownerId, runId: run.id })).toBeUndefined();
      expect(await storage.readEvents({ ownerId, runId: run.id })).toEqual([]);
      expect(await storage.listMessages({ ownerId, projectId })).toEqual([]);
      expect(await storage.listVersions({ ownerId, projectId })).toEqual([]);
      expect(await storage.listContracts({ ownerId, projectId })).toEqual([]);
      expect(await storage.listUsage({ ownerId, runId: run.id })).toEqual([]);
      expect(await storage.getCheckpoint({ threadId: run.id })).toBeUndefined();
      expect(await storage.getCheckpointWrites({ threadId: run.id, checkpointId: 'cp-1' })).toEqual([]);
      expect((await storage.searchProjects({ ownerId })).projects.map((project) => project.id)).toEqual([other.id]);
      // Blobs are shared by content: the other project's version keeps its file.
      expect((await storage.getVersionFiles({ ownerId, projectId: other.id }))?.files).toEqual({ 'shared.txt': 'same content' });
      // The id is free again, and the new project starts without history.
      const again = await storage.createProject({ ownerId, name: 'Again', kind: 'web', id: projectId });
      expect(again.currentVersion).toBeNull();
      expect(await storage.listRuns({ ownerId, projectId })).toEqual([]);
      // Nor its deployments, Git link or MCP decisions.
      expect(await storage.getDeployment({ ownerId, deploymentId: deployment.id })).toBeUndefined();
      expect(await storage.listDeployments({ ownerId, projectId })).toEqual([]);
      expect(await storage.getGitLink({ ownerId, projectId })).toBeUndefined();
      expect(await storage.getToolApproval({ runId: run.id, id: 'approval-1' })).toBeUndefined();
      expect(await storage.listToolConsents({ projectId })).toEqual([]);
      expect(await storage.getToolPin({ projectId, server: 'files' })).toBeUndefined();
    });

    it('error: deleteProject while a run is running, queued or awaiting plan approval is PROJECT_BUSY naming the run, and deletes nothing', async () => {
      for (const status of ['running', 'queued', 'awaiting_approval'] as const) {
        const project = await newProject();
        const run = await storage.createRun({ ownerId: project.ownerId, projectId: project.id, mode: 'generate', prompt: 'p', budgets, status: status === 'queued' ? 'queued' : 'running' });
        if (status === 'awaiting_approval') await storage.updateRun({ runId: run.id, status });
        const error = await expectError(storage.deleteProject({ ownerId: project.ownerId, projectId: project.id }), 'PROJECT_BUSY');
        expect(error.details).toMatchObject({ projectId: project.id, runIds: [run.id] });
        expect(error.message).toContain('Cancel');
        expect(await storage.getRun({ ownerId: project.ownerId, runId: run.id })).toMatchObject({ status });
        await storage.updateRun({ runId: run.id, status: 'cancelled' });
        await storage.deleteProject({ ownerId: project.ownerId, projectId: project.id });
        expect(await storage.getProject({ ownerId: project.ownerId, projectId: project.id })).toBeUndefined();
      }
    });
  });
}
