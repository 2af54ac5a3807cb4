import { BuildwrightError } from '@buildwright/client';
import { leasedStorage } from '../run/leased-storage.js';
import { resumableFailure } from '../run/record-run-end.js';
import type { BuilderContext } from '../run/run-context.js';
import type { RunHandle } from '../run/run-handle.js';
import type { RunJob, RunJobOutcome } from '../spec/queue.js';
import type { StorageAdapter } from '../spec/storage.js';
import { resume } from './resume.js';
import { startQueuedRun } from './start-queued-run.js';

/** How a worker executes jobs: who it is, how long its leases last, and its shutdown signals. */
export interface RunJobControl {
  workerId: string;
  /** Lease of a run, renewed every third of it while the run executes (ms). */
  leaseMs: number;
  /** Aborted when the worker drains: a run stops at its next checkpoint and gives its lease up. */
  draining: AbortSignal;
  /** Aborted when the drain timed out: the lease is given up at once and the run stopped here. */
  stopping: AbortSignal;
}

const isCode = (error: unknown, code: BuildwrightError['code']) => BuildwrightError.isInstance(error) && error.code === code;

/**
 * Executes one job of a run queue: claims the run's lease (fenced writes: a worker that lost it
 * stores nothing more), then resumes the run from its checkpoint, or starts it when no worker
 * stored one yet, and waits for it to end. A run already ended is `done` at once, a run leased
 * by another worker is `delay`ed, a run given up by a draining worker is `released`.
 * A run stopped by an unreachable database throws, so the queue tries it again later.
 *
 * @example
 * queue.consume({ workerId, concurrency: 2, process: (job) => executeRunJob(builder, job, control) });
 */
export async function executeRunJob(builder: BuilderContext, job: RunJob, control: RunJobControl): Promise<RunJobOutcome> {
  const { storage } = builder.options;
  if (await hasEnded(storage, job)) return { status: 'done' };
  const lease = await storage.claimRun({ runId: job.runId, workerId: control.workerId, leaseMs: control.leaseMs });
  if (!lease) return { status: 'delay', delayMs: Math.max(100, Math.round(control.leaseMs / 2)) };
  const leased = leasedStorage(storage, lease);
  const context: BuilderContext = { ...builder, options: { ...builder.options, storage: leased.storage } };
  let handle: RunHandle | undefined;
  let released = false;
  const renew = setInterval(() => {
    storage.renewRunLease({ lease, leaseMs: control.leaseMs }).catch((error: unknown) => {
      if (isCode(error, 'RUN_LEASE_LOST')) handle?.cancel('this worker lost its lease on the run');
    });
  }, control.leaseMs / 3);
  renew.unref?.();
  const onDrain = () => {
    leased.releaseAtNextCheckpoint().then(
      () => (released = true),
      () => undefined,
    );
  };
  const onStop = () => {
    released = true;
    void storage
      .releaseRun({ lease })
      .catch(() => undefined)
      .finally(() => handle?.cancel('the worker shut down'));
  };
  try {
    // Another worker may have ended the run between the first look and the claim.
    if (await hasEnded(storage, job)) {
      await storage.releaseRun({ lease });
      return { status: 'done' };
    }
    const checkpoint = await storage.getCheckpoint({ threadId: job.runId });
    handle = checkpoint ? resume(context, job.runId, { ownerId: job.ownerId }) : startQueuedRun(context, job);
    if (control.draining.aborted) onDrain();
    else control.draining.addEventListener('abort', onDrain, { once: true });
    if (control.stopping.aborted) onStop();
    else control.stopping.addEventListener('abort', onStop, { once: true });
    const failure = await handle.result.then(
      () => undefined,
      (error: unknown) => error,
    );
    if (released || (control.draining.aborted && isCode(failure, 'RUN_LEASE_LOST'))) return { status: 'released' };
    if (isCode(failure, 'RUN_LEASE_LOST')) return { status: 'done' };
    await storage.releaseRun({ lease }).catch(() => undefined);
    // The database went away mid-run: the run stays resumable and the queue tries the job again.
    if (isCode(failure, 'STORAGE_UNAVAILABLE')) throw failure;
    return { status: 'done' };
  } catch (error) {
    // Thrown before the run started (a checkpoint read failed...): the lease is given up, so the
    // queue's next attempt, or the end stored when the queue gives up, need not wait for it to run out.
    if (!released) await storage.releaseRun({ lease }).catch(() => undefined);
    throw error;
  } finally {
    clearInterval(renew);
    control.draining.removeEventListener('abort', onDrain);
    control.stopping.removeEventListener('abort', onStop);
  }
}

/**
 * True when the job's run has nothing left to do: gone, cancelled, failed for good, completed and
 * announced, or waiting for its plan's approval (the approval enqueues it again).
 */
export async function hasEnded(storage: StorageAdapter, job: RunJob): Promise<boolean> {
  const run = await storage.getRun({ ownerId: job.ownerId, runId: job.runId });
  if (!run || run.status === 'cancelled' || run.status === 'awaiting_approval') return true;
  if (run.status === 'failed') return !resumableFailure(run);
  if (run.status !== 'completed') return false;
  const [last] = await storage.readEvents({ ownerId: job.ownerId, runId: job.runId, afterSeq: 0 }).then((events) => events.slice(-1));
  return last?.type === 'run.completed';
}
