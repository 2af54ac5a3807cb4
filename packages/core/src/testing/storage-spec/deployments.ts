import { describe, expect, it } from 'vitest';
import { expectError, uniqueId, type StorageSpecContext } from './context.js';

/** Storage spec, deployments: see runStorageSpec. */
export function describeDeployments(spec: StorageSpecContext): void {
  const { storage, newProject } = spec;
  describe('deployments', () => {
    it('default: createDeployment stores a building deployment; updateDeployment changes only the fields given; getDeployment reads it', async () => {
      const project = await newProject();
      const created = await storage.createDeployment({ ownerId: project.ownerId, projectId: project.id, target: 'static', versionNumber: 1 });
      expect(created).toMatchObject({
        projectId: project.id,
        ownerId: project.ownerId,
        target: 'static',
        versionNumber: 1,
        status: 'building',
        providerDeploymentId: null,
        url: null,
        aliasUrl: null,
        error: null,
        warnings: [],
      });
      expect(typeof created.id).toBe('string');
      expect(Number.isNaN(Date.parse(created.createdAt))).toBe(false);

      const ready = await storage.updateDeployment({
        ownerId: project.ownerId,
        deploymentId: created.id,
        status: 'ready',
        providerDeploymentId: 'd-1',
        url: 'http://d-1.localhost:8080/',
        aliasUrl: 'http://todo.localhost:8080/',
      });
      expect(ready).toMatchObject({ id: created.id, status: 'ready', providerDeploymentId: 'd-1', url: 'http://d-1.localhost:8080/', aliasUrl: 'http://todo.localhost:8080/', error: null });
      const moved = await storage.updateDeployment({ ownerId: project.ownerId, deploymentId: created.id, aliasUrl: null });
      expect(moved).toMatchObject({ status: 'ready', url: 'http://d-1.localhost:8080/', aliasUrl: null });
      expect(await storage.getDeployment({ ownerId: project.ownerId, deploymentId: created.id })).toEqual(moved);
    });

    it('args: id and warnings are kept; an error is stored and read back', async () => {
      const project = await newProject();
      const id = uniqueId('deployment');
      const created = await storage.createDeployment({ ownerId: project.ownerId, projectId: project.id, target: 'node', versionNumber: 3, id, warnings: ['local chain'] });
      expect(created).toMatchObject({ id, versionNumber: 3, warnings: ['local chain'] });
      const failed = await storage.updateDeployment({ ownerId: project.ownerId, deploymentId: id, status: 'failed', error: { code: 'DEPLOY_BUILD_FAILED', message: 'vite build failed' } });
      expect(failed.error).toEqual({ code: 'DEPLOY_BUILD_FAILED', message: 'vite build failed' });
      expect((await storage.getDeployment({ ownerId: project.ownerId, deploymentId: id }))?.error).toEqual({ code: 'DEPLOY_BUILD_FAILED', message: 'vite build failed' });
    });

    it('behavior: listDeployments is newest first and only of that project', async () => {
      const project = await newProject();
      const other = await newProject(project.ownerId);
      const first = await storage.createDeployment({ ownerId: project.ownerId, projectId: project.id, target: 'static', versionNumber: 1 });
      const second = await storage.createDeployment({ ownerId: project.ownerId, projectId: project.id, target: 'static', versionNumber: 2 });
      await storage.createDeployment({ ownerId: project.ownerId, projectId: other.id, target: 'static', versionNumber: 1 });
      expect((await storage.listDeployments({ ownerId: project.ownerId, projectId: project.id })).map((deployment) => deployment.id)).toEqual([second.id, first.id]);
    });

    it('behavior: owner B can neither create, read, list nor update owner A deployments', async () => {
      const project = await newProject();
      const stranger = uniqueId('owner');
      const created = await storage.createDeployment({ ownerId: project.ownerId, projectId: project.id, target: 'static', versionNumber: 1 });
      await expectError(storage.createDeployment({ ownerId: stranger, projectId: project.id, target: 'static', versionNumber: 1 }), 'PROJECT_NOT_FOUND');
      expect(await storage.getDeployment({ ownerId: stranger, deploymentId: created.id })).toBeUndefined();
      expect(await storage.listDeployments({ ownerId: stranger, projectId: project.id })).toEqual([]);
      await expectError(storage.updateDeployment({ ownerId: stranger, deploymentId: created.id, status: 'stopped' }), 'DEPLOYMENT_NOT_FOUND');
      expect((await storage.getDeployment({ ownerId: project.ownerId, deploymentId: created.id }))?.status).toBe('building');
    });

    it('error: a taken id is INVALID_INPUT; an unknown deployment is DEPLOYMENT_NOT_FOUND', async () => {
      const project = await newProject();
      const created = await storage.createDeployment({ ownerId: project.ownerId, projectId: project.id, target: 'static', versionNumber: 1 });
      await expectError(storage.createDeployment({ ownerId: project.ownerId, projectId: project.id, target: 'static', versionNumber: 1, id: created.id }), 'INVALID_INPUT');
      await expectError(storage.updateDeployment({ ownerId: project.ownerId, deploymentId: uniqueId('missing'), status: 'ready' }), 'DEPLOYMENT_NOT_FOUND');
    });
  });
}
