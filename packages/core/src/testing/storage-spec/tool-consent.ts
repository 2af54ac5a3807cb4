import { describe, expect, it } from 'vitest';
import { uniqueId, type StorageSpecContext } from './context.js';

/** Storage spec, tools of MCP servers: approvals, remembered decisions, pinned tool lists. See runStorageSpec. */
export function describeToolConsent(spec: StorageSpecContext): void {
  const { storage, newRun, newProject } = spec;
  describe('tool consent', () => {
    it('default: a new approval is pending, and an unknown one is absent', async () => {
      const run = await newRun();
      await storage.createToolApproval({ runId: run.id, id: 'a1', server: 'brand', tool: 'lookup' });
      expect(await storage.getToolApproval({ runId: run.id, id: 'a1' })).toMatchObject({
        id: 'a1',
        runId: run.id,
        server: 'brand',
        tool: 'lookup',
        status: 'pending',
        remember: false,
        decidedAt: null,
      });
      expect(await storage.getToolApproval({ runId: run.id, id: 'missing' })).toBeUndefined();
    });

    it('behavior: decideToolApproval decides a pending approval once, only for the run owner', async () => {
      const run = await newRun();
      await storage.createToolApproval({ runId: run.id, id: 'a1', server: 'brand', tool: 'lookup' });
      expect(await storage.decideToolApproval({ ownerId: uniqueId('intruder'), runId: run.id, id: 'a1', decision: 'allow', remember: true })).toBe(false);
      expect((await storage.getToolApproval({ runId: run.id, id: 'a1' }))?.status).toBe('pending');
      expect(await storage.decideToolApproval({ ownerId: run.ownerId, runId: run.id, id: 'a1', decision: 'deny', remember: true })).toBe(true);
      expect(await storage.decideToolApproval({ ownerId: run.ownerId, runId: run.id, id: 'a1', decision: 'allow', remember: false })).toBe(false);
      const decided = await storage.getToolApproval({ runId: run.id, id: 'a1' });
      expect(decided).toMatchObject({ status: 'deny', remember: true });
      expect(decided?.decidedAt).toEqual(expect.any(String));
      expect(await storage.decideToolApproval({ ownerId: run.ownerId, runId: run.id, id: 'unknown', decision: 'allow', remember: false })).toBe(false);
    });

    it('behavior: concurrent decisions of one approval: exactly one wins', async () => {
      const run = await newRun();
      await storage.createToolApproval({ runId: run.id, id: 'race', server: 's', tool: 't' });
      const results = await Promise.all(
        ['allow', 'deny', 'allow', 'deny'].map((decision) => storage.decideToolApproval({ ownerId: run.ownerId, runId: run.id, id: 'race', decision: decision as 'allow' | 'deny', remember: false })),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('behavior: a remembered decision is per project, and saving again replaces it', async () => {
      const project = await newProject();
      const other = await newProject();
      expect(await storage.listToolConsents({ projectId: project.id })).toEqual([]);
      await storage.saveToolConsent({ projectId: project.id, server: 'brand', tool: 'lookup', toolHash: 'h1', decision: 'allow' });
      await storage.saveToolConsent({ projectId: project.id, server: 'brand', tool: 'lookup', toolHash: 'h2', decision: 'deny' });
      const consents = await storage.listToolConsents({ projectId: project.id });
      expect(consents).toEqual([{ projectId: project.id, server: 'brand', tool: 'lookup', toolHash: 'h2', decision: 'deny', decidedAt: expect.any(String) }]);
      expect(await storage.listToolConsents({ projectId: other.id })).toEqual([]);
    });

    it('behavior: a pinned tool list is per project and server, and saving again replaces it', async () => {
      const project = await newProject();
      expect(await storage.getToolPin({ projectId: project.id, server: 'brand' })).toBeUndefined();
      await storage.saveToolPin({ projectId: project.id, server: 'brand', hash: 'h1', tools: { lookup: 'a' } });
      await storage.saveToolPin({ projectId: project.id, server: 'brand', hash: 'h2', tools: { lookup: 'b', other: 'c' } });
      expect(await storage.getToolPin({ projectId: project.id, server: 'brand' })).toEqual({
        projectId: project.id,
        server: 'brand',
        hash: 'h2',
        tools: { lookup: 'b', other: 'c' },
        pinnedAt: expect.any(String),
      });
      expect(await storage.getToolPin({ projectId: project.id, server: 'other' })).toBeUndefined();
    });

    it('error: an approval of an unknown run is RUN_NOT_FOUND; a consent or pin of an unknown project is PROJECT_NOT_FOUND', async () => {
      await expect(storage.createToolApproval({ runId: uniqueId('missing'), id: 'a', server: 's', tool: 't' })).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });
      await expect(storage.saveToolConsent({ projectId: uniqueId('missing'), server: 's', tool: 't', toolHash: 'h', decision: 'allow' })).rejects.toMatchObject({ code: 'PROJECT_NOT_FOUND' });
      await expect(storage.saveToolPin({ projectId: uniqueId('missing'), server: 's', hash: 'h', tools: {} })).rejects.toMatchObject({ code: 'PROJECT_NOT_FOUND' });
    });
  });
}
