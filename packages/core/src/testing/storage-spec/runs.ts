import { describe, expect, it } from 'vitest';
import { expectError, uniqueId, budgets, type StorageSpecContext } from './context.js';

/** Storage spec, runs: see runStorageSpec. */
export function describeRuns(spec: StorageSpecContext): void {
  const { storage, newProject, newRun } = spec;
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

    it('behavior: transitionRun moves a run from one status to another, and only from that status', async () => {
      const run = await newRun();
      await storage.updateRun({ runId: run.id, status: 'awaiting_approval' });
      expect(await storage.getRun({ ownerId: run.ownerId, runId: run.id })).toMatchObject({ status: 'awaiting_approval' });
      expect(await storage.transitionRun({ ownerId: run.ownerId, runId: run.id, from: 'awaiting_approval', to: 'running' })).toBe(true);
      expect(await storage.getRun({ ownerId: run.ownerId, runId: run.id })).toMatchObject({ status: 'running' });
      expect(await storage.transitionRun({ ownerId: run.ownerId, runId: run.id, from: 'awaiting_approval', to: 'cancelled' })).toBe(false);
      expect(await storage.getRun({ ownerId: run.ownerId, runId: run.id })).toMatchObject({ status: 'running' });
    });

    it('behavior: transitionRun changes nothing for another owner or an unknown run, and one of two concurrent calls wins', async () => {
      const run = await newRun();
      await storage.updateRun({ runId: run.id, status: 'awaiting_approval' });
      expect(await storage.transitionRun({ ownerId: uniqueId('owner'), runId: run.id, from: 'awaiting_approval', to: 'running' })).toBe(false);
      expect(await storage.transitionRun({ ownerId: run.ownerId, runId: uniqueId('missing'), from: 'awaiting_approval', to: 'running' })).toBe(false);
      const answers = await Promise.all([
        storage.transitionRun({ ownerId: run.ownerId, runId: run.id, from: 'awaiting_approval', to: 'running' }),
        storage.transitionRun({ ownerId: run.ownerId, runId: run.id, from: 'awaiting_approval', to: 'cancelled' }),
      ]);
      expect(answers.filter(Boolean)).toHaveLength(1);
      expect((await storage.getRun({ ownerId: run.ownerId, runId: run.id }))?.status).toBe(answers[0] ? 'running' : 'cancelled');
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
}
