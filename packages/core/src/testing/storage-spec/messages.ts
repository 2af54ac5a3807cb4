import { describe, expect, it } from 'vitest';
import { expectError, uniqueId, type StorageSpecContext } from './context.js';

/** Storage spec, messages: see runStorageSpec. */
export function describeMessages(spec: StorageSpecContext): void {
  const { storage, newProject, newRun } = spec;
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
}
