import { describe, expect, it } from 'vitest';
import { budgets, uniqueId, type StorageSpecContext } from './context.js';

/** Storage spec, cancel requests: see runStorageSpec. */
export function describeCancelRequests(spec: StorageSpecContext): void {
  const { storage, newRun } = spec;
  describe('cancel requests', () => {
    it('default: a running run has no cancel request', async () => {
      const run = await newRun();
      expect(await storage.getRunCancelRequest({ runId: run.id })).toBeUndefined();
    });

    it('behavior: requestRunCancel stores the request of a running run, and a second request keeps the first', async () => {
      const run = await newRun();
      const before = Date.now();
      expect(await storage.requestRunCancel({ ownerId: run.ownerId, runId: run.id, reason: 'stopped by the user' })).toBe(true);
      const stored = await storage.getRunCancelRequest({ runId: run.id });
      expect(stored).toMatchObject({ runId: run.id, reason: 'stopped by the user' });
      expect(Date.parse(stored!.requestedAt)).toBeGreaterThanOrEqual(before - 1_000);
      expect(await storage.requestRunCancel({ ownerId: run.ownerId, runId: run.id, reason: 'again' })).toBe(true);
      expect(await storage.getRunCancelRequest({ runId: run.id })).toEqual(stored);
    });

    it('behavior: a queued run (waiting for a worker) takes a cancel request too', async () => {
      const project = await spec.newProject();
      const queued = await storage.createRun({ ownerId: project.ownerId, projectId: project.id, mode: 'generate', prompt: 'x', budgets, status: 'queued' });
      expect(await storage.requestRunCancel({ ownerId: queued.ownerId, runId: queued.id, reason: 'before it started' })).toBe(true);
      expect(await storage.getRunCancelRequest({ runId: queued.id })).toMatchObject({ reason: 'before it started' });
    });

    it('behavior: requestRunCancel stores nothing for a run that ended, an unknown run, or another owner', async () => {
      const ended = await newRun();
      await storage.updateRun({ runId: ended.id, status: 'completed' });
      expect(await storage.requestRunCancel({ ownerId: ended.ownerId, runId: ended.id, reason: 'late' })).toBe(false);
      expect(await storage.getRunCancelRequest({ runId: ended.id })).toBeUndefined();

      const unknown = uniqueId('missing');
      expect(await storage.requestRunCancel({ ownerId: ended.ownerId, runId: unknown, reason: 'x' })).toBe(false);
      expect(await storage.getRunCancelRequest({ runId: unknown })).toBeUndefined();

      const running = await newRun();
      expect(await storage.requestRunCancel({ ownerId: uniqueId('owner'), runId: running.id, reason: 'not mine' })).toBe(false);
      expect(await storage.getRunCancelRequest({ runId: running.id })).toBeUndefined();
    });

    it('behavior: clearRunCancelRequest removes the request (and is a no-op without one)', async () => {
      const run = await newRun();
      await storage.clearRunCancelRequest({ runId: run.id });
      await storage.requestRunCancel({ ownerId: run.ownerId, runId: run.id, reason: 'stop' });
      await storage.clearRunCancelRequest({ runId: run.id });
      expect(await storage.getRunCancelRequest({ runId: run.id })).toBeUndefined();
      expect(await storage.requestRunCancel({ ownerId: run.ownerId, runId: run.id, reason: 'stop again' })).toBe(true);
      expect(await storage.getRunCancelRequest({ runId: run.id })).toMatchObject({ reason: 'stop again' });
    });

    it('behavior: concurrent requests store one request and all return true', async () => {
      const run = await newRun();
      const answers = await Promise.all(Array.from({ length: 5 }, (_, index) => storage.requestRunCancel({ ownerId: run.ownerId, runId: run.id, reason: `r${index}` })));
      expect(answers).toEqual([true, true, true, true, true]);
      expect((await storage.getRunCancelRequest({ runId: run.id }))?.reason).toMatch(/^r[0-4]$/);
    });
  });
}
