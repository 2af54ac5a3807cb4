import { toBuildwrightError } from '@buildwright/client';
import type { RunJob } from '../spec/queue.js';
import { followRun } from './follow-run.js';
import type { BuilderContext } from './run-context.js';
import type { RunHandle } from './run-handle.js';

/**
 * Starts a run on the builder's queue: `createRecords` admits it (host hooks) and stores its project and run (`queued`),
 * then the job is enqueued and a worker executes it. Returns the run's handle at once; its events
 * and result follow what the worker stores.
 *
 * @example
 * return enqueueRun(builder, { runId, projectId, ownerId }, { runId, ownerId }, () => storage.createRun({ ..., status: 'queued' }));
 */
export function enqueueRun(builder: BuilderContext, ids: { runId: string; projectId: string; ownerId: string }, job: RunJob, createRecords: () => Promise<unknown>): RunHandle {
  const { storage, queue } = builder.options;
  const ready = createRecords().then(async () => {
    try {
      await queue!.enqueue(job);
    } catch (error) {
      const failure = toBuildwrightError(error, { code: 'INTERNAL', message: `Run ${ids.runId} could not be enqueued.` });
      // No worker will ever take it: stored as failed rather than queued for good.
      await storage.updateRun({ runId: ids.runId, status: 'failed', error: { code: failure.code, message: failure.message } }).catch(() => undefined);
      throw failure;
    }
  });
  const handle = followRun(builder, ids, ready);
  // The owner's run slot (ownerLimits.maxConcurrentRuns) taken when the run was admitted is held until it ends, wherever it executes.
  const release = () => builder.hooks.release(ids.runId);
  void handle.result.then(release, release);
  return handle;
}
