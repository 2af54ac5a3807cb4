import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { RunRecord, RunWriteOptions, StorageAdapter } from '../../spec/storage.js';
import { expectError, uniqueId, type StorageSpecContext } from './context.js';

/** Every write of a run, made with `options`: each must be fenced by the lease it carries. */
function runWrites(storage: StorageAdapter, run: RunRecord, seq: number): [name: string, write: (options: RunWriteOptions) => Promise<unknown>][] {
  const checkpoint = { threadId: run.id, checkpointId: `checkpoint-${seq}`, parentCheckpointId: null, checkpoint: '{}', metadata: '{}' };
  return [
    ['appendEvent', (options) => storage.appendEvent({ type: 'step.started', runId: run.id, projectId: run.projectId, seq, at: new Date().toISOString(), stepId: 's', title: 'Step' }, options)],
    ['updateRun', (options) => storage.updateRun({ runId: run.id, costUsd: seq }, options)],
    ['appendMessage', (options) => storage.appendMessage({ projectId: run.projectId, runId: run.id, role: 'assistant', content: `message ${seq}` }, options)],
    ['recordUsage', (options) => storage.recordUsage({ runId: run.id, node: 'build', model: 'm', inputTokens: 1, outputTokens: 1, cachedInputTokens: 0, costUsd: 0, estimated: false }, options)],
    [
      'saveContract',
      (options) =>
        storage.saveContract(
          {
            projectId: run.projectId,
            runId: run.id,
            name: 'Counter',
            address: '0x0000000000000000000000000000000000000001',
            chainId: 31337,
            network: 'local',
            abi: [],
            source: 'contract Counter {}',
            txHash: '0x01',
            explorerUrl: null,
            status: 'deployed',
          },
          options,
        ),
    ],
    ['putCheckpoint', (options) => storage.putCheckpoint(checkpoint, options)],
    [
      'putCheckpointWrites',
      (options) => storage.putCheckpointWrites({ writes: [{ threadId: run.id, checkpointId: checkpoint.checkpointId, taskId: 't', index: seq, channel: 'c', value: 'v' }] }, options),
    ],
    ['createVersion', (options) => storage.createVersion({ ownerId: run.ownerId, projectId: run.projectId, runId: run.id, message: 'v', files: { 'a.txt': `${seq}` } }, options)],
  ];
}

/** Storage spec, run leases (claimRun, renewRunLease, releaseRun and fenced writes): see runStorageSpec. */
export function describeLeases(spec: StorageSpecContext): void {
  const { storage, newRun } = spec;
  describe('run leases', () => {
    it('default: claimRun returns epoch 1 for a run never claimed, and writes made with it are stored', async () => {
      const run = await newRun();
      const lease = await storage.claimRun({ runId: run.id, workerId: 'worker-a', leaseMs: 60_000 });
      expect(lease).toMatchObject({ runId: run.id, workerId: 'worker-a', epoch: 1 });
      expect(Date.parse(lease!.expiresAt)).toBeGreaterThan(Date.now() + 30_000);
      for (const [, write] of runWrites(storage, run, 1)) await write({ lease: lease! });
      expect(await storage.readEvents({ ownerId: run.ownerId, runId: run.id })).toHaveLength(1);
      expect(await storage.listVersions({ ownerId: run.ownerId, projectId: run.projectId })).toHaveLength(1);
    });

    it('behavior: a live lease cannot be claimed again, by another worker or the same one', async () => {
      const run = await newRun();
      expect(await storage.claimRun({ runId: run.id, workerId: 'worker-a', leaseMs: 60_000 })).toBeDefined();
      expect(await storage.claimRun({ runId: run.id, workerId: 'worker-b', leaseMs: 60_000 })).toBeUndefined();
      expect(await storage.claimRun({ runId: run.id, workerId: 'worker-a', leaseMs: 60_000 })).toBeUndefined();
    });

    it('error: every write of a run made with a stale lease is refused with RUN_LEASE_LOST and stores nothing', async () => {
      const run = await newRun();
      const stale = (await storage.claimRun({ runId: run.id, workerId: 'worker-a', leaseMs: 50 }))!;
      await sleep(120);
      const current = await storage.claimRun({ runId: run.id, workerId: 'worker-b', leaseMs: 60_000 });
      expect(current).toMatchObject({ workerId: 'worker-b', epoch: stale.epoch + 1 });
      for (const [name, write] of runWrites(storage, run, 1)) {
        const error = await expectError(write({ lease: stale }), 'RUN_LEASE_LOST');
        expect(error.details, name).toMatchObject({ runId: run.id, epoch: stale.epoch });
      }
      expect(await storage.readEvents({ ownerId: run.ownerId, runId: run.id })).toEqual([]);
      expect(await storage.listVersions({ ownerId: run.ownerId, projectId: run.projectId })).toEqual([]);
      expect(await storage.listMessages({ ownerId: run.ownerId, projectId: run.projectId })).toEqual([]);
      expect(await storage.listUsage({ ownerId: run.ownerId, runId: run.id })).toEqual([]);
      expect(await storage.listContracts({ ownerId: run.ownerId, projectId: run.projectId })).toEqual([]);
      expect(await storage.getCheckpoint({ threadId: run.id })).toBeUndefined();
      expect(await storage.getRun({ ownerId: run.ownerId, runId: run.id })).toMatchObject({ costUsd: 0 });
      // The current holder still writes.
      for (const [, write] of runWrites(storage, run, 2)) await write({ lease: current! });
      expect(await storage.readEvents({ ownerId: run.ownerId, runId: run.id })).toHaveLength(1);
    });

    it('behavior: an expired lease that nobody claimed still writes and renews (fencing is by epoch)', async () => {
      const run = await newRun();
      const lease = (await storage.claimRun({ runId: run.id, workerId: 'worker-a', leaseMs: 30 }))!;
      await sleep(80);
      await storage.updateRun({ runId: run.id, costUsd: 1 }, { lease });
      const renewed = await storage.renewRunLease({ lease, leaseMs: 60_000 });
      expect(renewed.epoch).toBe(lease.epoch);
      expect(Date.parse(renewed.expiresAt)).toBeGreaterThan(Date.now() + 30_000);
      expect(await storage.claimRun({ runId: run.id, workerId: 'worker-b', leaseMs: 60_000 })).toBeUndefined();
    });

    it('error: renewRunLease of a lease another worker took over is RUN_LEASE_LOST', async () => {
      const run = await newRun();
      const stale = (await storage.claimRun({ runId: run.id, workerId: 'worker-a', leaseMs: 30 }))!;
      await sleep(80);
      expect(await storage.claimRun({ runId: run.id, workerId: 'worker-b', leaseMs: 60_000 })).toBeDefined();
      await expectError(storage.renewRunLease({ lease: stale, leaseMs: 60_000 }), 'RUN_LEASE_LOST');
    });

    it('behavior: releaseRun lets another worker claim at once and fences the released lease', async () => {
      const run = await newRun();
      const released = (await storage.claimRun({ runId: run.id, workerId: 'worker-a', leaseMs: 60_000 }))!;
      await storage.releaseRun({ lease: released });
      await expectError(storage.appendEvent(spec.stepEvent(run, 1), { lease: released }), 'RUN_LEASE_LOST');
      await expectError(storage.renewRunLease({ lease: released, leaseMs: 60_000 }), 'RUN_LEASE_LOST');
      const next = await storage.claimRun({ runId: run.id, workerId: 'worker-b', leaseMs: 60_000 });
      expect(next?.epoch).toBe(released.epoch + 1);
      // Releasing a lease that was already taken over changes nothing.
      await storage.releaseRun({ lease: released });
      await storage.appendEvent(spec.stepEvent(run, 1), { lease: next! });
    });

    it('behavior: of concurrent claims of one run exactly one gets the lease', async () => {
      const run = await newRun();
      const claims = await Promise.all(['a', 'b', 'c', 'd'].map((worker) => storage.claimRun({ runId: run.id, workerId: worker, leaseMs: 60_000 })));
      expect(claims.filter((claim) => claim !== undefined)).toHaveLength(1);
    });

    it('behavior: writes without a lease are not fenced, even while the run is leased (runs outside a queue)', async () => {
      const run = await newRun();
      await storage.claimRun({ runId: run.id, workerId: 'worker-a', leaseMs: 60_000 });
      await storage.appendEvent(spec.stepEvent(run, 1));
      await storage.updateRun({ runId: run.id, status: 'completed' });
      expect(await storage.getRun({ ownerId: run.ownerId, runId: run.id })).toMatchObject({ status: 'completed' });
    });

    it('args: createRun with status queued starts queued; updateRun makes it running', async () => {
      const project = await spec.newProject();
      const queued = await storage.createRun({
        ownerId: project.ownerId,
        projectId: project.id,
        mode: 'generate',
        prompt: 'x',
        budgets: { maxFixAttempts: 1, maxTokens: 1, maxWallTimeMs: 1 },
        status: 'queued',
      });
      expect(queued.status).toBe('queued');
      expect((await storage.getRun({ ownerId: project.ownerId, runId: queued.id }))?.status).toBe('queued');
      await storage.updateRun({ runId: queued.id, status: 'running' });
      expect((await storage.getRun({ ownerId: project.ownerId, runId: queued.id }))?.status).toBe('running');
    });

    it('error: claimRun of an unknown run', async () => {
      await expectError(storage.claimRun({ runId: uniqueId('missing'), workerId: 'w', leaseMs: 1_000 }), 'RUN_NOT_FOUND');
    });
  });
}
