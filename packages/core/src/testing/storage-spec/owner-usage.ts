import { describe, expect, it } from 'vitest';
import type { BuildwrightEvent } from '../../events/events.js';
import type { RunRecord } from '../../spec/storage.js';
import { expectError, uniqueId, type StorageSpecContext } from './context.js';

/** Storage spec, owner usage per day and the finished-hook claim: see runStorageSpec. */
export function describeOwnerUsage(spec: StorageSpecContext): void {
  const { storage, newRun } = spec;
  describe('owner usage', () => {
    it('default: a day without usage is all zeros', async () => {
      const ownerId = uniqueId('owner');
      expect(await storage.getOwnerUsage({ ownerId, day: '2025-03-01' })).toEqual({ ownerId, day: '2025-03-01', inputTokens: 0, outputTokens: 0, costUsd: 0 });
    });

    it('behavior: adds sum per owner and day; other days and owners are apart', async () => {
      const ownerId = uniqueId('owner');
      const other = uniqueId('owner');
      await storage.addOwnerUsage({ ownerId, day: '2025-03-01', inputTokens: 1000, outputTokens: 200, costUsd: 0.25 });
      await storage.addOwnerUsage({ ownerId, day: '2025-03-01', inputTokens: 500, outputTokens: 50, costUsd: 0.5 });
      await storage.addOwnerUsage({ ownerId, day: '2025-03-02', inputTokens: 7, outputTokens: 3, costUsd: 0 });
      await storage.addOwnerUsage({ ownerId: other, day: '2025-03-01', inputTokens: 9, outputTokens: 9, costUsd: 9 });
      expect(await storage.getOwnerUsage({ ownerId, day: '2025-03-01' })).toEqual({ ownerId, day: '2025-03-01', inputTokens: 1500, outputTokens: 250, costUsd: 0.75 });
      expect(await storage.getOwnerUsage({ ownerId, day: '2025-03-02' })).toEqual({ ownerId, day: '2025-03-02', inputTokens: 7, outputTokens: 3, costUsd: 0 });
      expect(await storage.getOwnerUsage({ ownerId: other, day: '2025-03-01' })).toMatchObject({ inputTokens: 9, outputTokens: 9, costUsd: 9 });
    });

    it('behavior: concurrent adds all count', async () => {
      const ownerId = uniqueId('owner');
      await Promise.all(Array.from({ length: 20 }, () => storage.addOwnerUsage({ ownerId, day: '2025-03-01', inputTokens: 10, outputTokens: 1, costUsd: 0.5 })));
      expect(await storage.getOwnerUsage({ ownerId, day: '2025-03-01' })).toMatchObject({ inputTokens: 200, outputTokens: 20, costUsd: 10 });
    });
  });

  describe('finished-hook claim', () => {
    const terminal = (run: RunRecord, seq: number): BuildwrightEvent => ({ type: 'run.cancelled', runId: run.id, projectId: run.projectId, seq, at: new Date().toISOString(), reason: 'test' });

    it('default: the first claim of a run wins, every later one for the same end is refused', async () => {
      const run = await newRun();
      expect(await storage.claimRunFinished({ runId: run.id, seq: 5 })).toBe(true);
      expect(await storage.claimRunFinished({ runId: run.id, seq: 5 })).toBe(false);
      expect(await storage.claimRunFinished({ runId: (await newRun()).id, seq: 5 })).toBe(true);
    });

    it('behavior: of concurrent claims of one end exactly one wins', async () => {
      const run = await newRun();
      const claims = await Promise.all(Array.from({ length: 10 }, () => storage.claimRunFinished({ runId: run.id, seq: 3 })));
      expect(claims.filter(Boolean)).toHaveLength(1);
    });

    it('behavior: a claim whose terminal event was never stored is taken over by a later end; one whose terminal event is stored is not', async () => {
      const run = await newRun();
      await storage.appendEvent(spec.stepEvent(run, 1));
      expect(await storage.claimRunFinished({ runId: run.id, seq: 2 })).toBe(true);
      // The claiming process died before storing its end at seq 2; the resumed run stores other events there.
      await storage.appendEvent(spec.stepEvent(run, 2));
      expect(await storage.claimRunFinished({ runId: run.id, seq: 2 })).toBe(false);
      expect(await storage.claimRunFinished({ runId: run.id, seq: 4 })).toBe(true);
      await storage.appendEvent(spec.stepEvent(run, 3));
      await storage.appendEvent(terminal(run, 4));
      expect(await storage.claimRunFinished({ runId: run.id, seq: 9 })).toBe(false);
    });

    it('error: claiming a run that does not exist is RUN_NOT_FOUND', async () => {
      await expectError(storage.claimRunFinished({ runId: uniqueId('run'), seq: 1 }), 'RUN_NOT_FOUND');
    });
  });
}
