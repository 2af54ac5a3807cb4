import { setTimeout as sleep } from 'node:timers/promises';
import { BuildwrightError } from '@buildwright/client';
import { leasedStorage } from '../run/leased-storage.js';
import type { BuilderContext } from '../run/run-context.js';
import { RunEvents } from '../run/run-events.js';
import type { RunJob } from '../spec/queue.js';
import type { RunLease } from '../spec/storage.js';
import { hasEnded } from './execute-run-job.js';

/** Who stores the end of a run the queue gave up on, and how long a dead worker's lease may still hold it. */
export interface AbandonRunJobControl {
  workerId: string;
  /** The workers' lease length (ms): a lease of a worker that died runs out within it. */
  leaseMs: number;
}

/**
 * Stores the end of a run whose job the queue gave up on for good (its last attempt threw, or its
 * workers died more often than the queue allows): the run becomes `failed` with `RUN_ABANDONED`
 * and its terminal `run.failed` event is stored at the next seq, so every watcher of the run ends.
 * The run's lease is claimed first (waiting out a dead worker's lease, at most twice `leaseMs`), so
 * a worker still executing the run cannot write after its end. A run that has ended already is
 * left as it is. `onRunFinished` is told, once, like for any failed run.
 *
 * @example
 * queue.consume({ workerId, concurrency, process, abandoned: (job, reason) => abandonRunJob(builder, job, reason, { workerId, leaseMs }) });
 */
export async function abandonRunJob(builder: BuilderContext, job: RunJob, reason: Error, control: AbandonRunJobControl): Promise<void> {
  const { storage } = builder.options;
  const deadline = Date.now() + 2 * control.leaseMs;
  let lease: RunLease | undefined;
  while (!(await hasEnded(storage, job))) {
    lease = await storage.claimRun({ runId: job.runId, workerId: control.workerId, leaseMs: control.leaseMs });
    if (lease || Date.now() >= deadline) break;
    await sleep(Math.max(100, Math.round(control.leaseMs / 4)));
  }
  if (!lease) return;
  try {
    const run = await storage.getRun({ ownerId: job.ownerId, runId: job.runId });
    if (!run || (await hasEnded(storage, job))) return;
    const error = new BuildwrightError({
      code: 'RUN_ABANDONED',
      message: `Run ${job.runId} was given up by the run queue (${reason.message}): its workers failed or died on it more times than the queue allows. Its files up to the last checkpoint are stored; start an edit to try again, and look at the workers' logs for why they stopped.`,
      cause: reason,
    });
    const leased = leasedStorage(storage, lease).storage;
    const [last] = (await storage.readEvents({ ownerId: job.ownerId, runId: job.runId, afterSeq: 0 })).slice(-1);
    const events = new RunEvents(leased, job.runId, run.projectId, builder.eventBus);
    events.lastSeq = last?.seq ?? 0;
    events.lastStoredSeq = events.lastSeq;
    await leased.updateRun({ runId: job.runId, status: 'failed', error: { code: error.code, message: error.message } });
    const reportFinished = await builder.hooks.claimFinish(run, 'failed', events.lastSeq + 1);
    await events.emit({ type: 'run.failed', code: error.code, message: error.message, check: null });
    await reportFinished?.();
  } finally {
    await storage.releaseRun({ lease }).catch(() => undefined);
  }
}
