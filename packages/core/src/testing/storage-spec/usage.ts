import { describe, expect, it } from 'vitest';
import { uniqueId, type StorageSpecContext } from './context.js';

/** Storage spec, usage: see runStorageSpec. */
export function describeUsage(spec: StorageSpecContext): void {
  const { storage, newRun } = spec;
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
}
