import { describe, expect, it } from 'vitest';
import { expectError, uniqueId, type StorageSpecContext } from './context.js';

/** Storage spec, projects: see runStorageSpec. */
export function describeProjects(spec: StorageSpecContext): void {
  const { storage, newProject } = spec;
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

    it('args: createProject keeps a DApp chain name, returned by getProject, listProjects, searchProjects and renameProject; none when not given', async () => {
      const ownerId = uniqueId('owner');
      const project = await storage.createProject({ ownerId, name: 'Token page', kind: 'dapp', chain: 'sepolia' });
      expect(project.chain).toBe('sepolia');
      expect(await storage.getProject({ ownerId, projectId: project.id })).toEqual(project);
      expect(await storage.listProjects({ ownerId })).toEqual([project]);
      expect((await storage.searchProjects({ ownerId })).projects).toEqual([project]);
      expect((await storage.renameProject({ ownerId, projectId: project.id, name: 'Tokens' })).chain).toBe('sepolia');
      const plain = await storage.createProject({ ownerId, name: 'Plain', kind: 'dapp' });
      expect('chain' in plain).toBe(false);
      expect('chain' in (await storage.getProject({ ownerId, projectId: plain.id }))!).toBe(false);
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
}
