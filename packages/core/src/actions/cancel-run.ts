import type { BuilderContext } from '../run/run-context.js';
import { sendCancelRequest } from '../run/send-cancel-request.js';
import { cancelWaitingRun } from '../run/cancel-waiting-run.js';

/** Options of {@link cancelRun}. */
export interface CancelRunOptions {
  runId: string;
  ownerId: string;
  /** Why; it ends up in the `run.cancelled` event. */
  reason?: string;
}

/**
 * Cancels a running (or queued, or waiting for its plan's approval) run of this owner, wherever it executes. A run executing in this process is
 * aborted at once, and the call resolves once it ended (`run.cancelled` stored). A run executing
 * elsewhere gets a cancel request stored (`requestRunCancel`, also seen by a later resume) and
 * published on the event bus; the process executing it aborts it, and the call resolves without
 * waiting for that. Resolves to `true` when the run was running and the cancel was accepted,
 * `false` for a run that is not this owner's or is no longer running or queued.
 *
 * @example
 * if (await cancelRun(builder, { runId, ownerId: 'user-1', reason: 'stopped by the user' })) console.log('stopping');
 */
export async function cancelRun(builder: BuilderContext, options: CancelRunOptions): Promise<boolean> {
  const { storage } = builder.options;
  const run = await storage.getRun({ ownerId: options.ownerId, runId: options.runId });
  if (!run) return false;
  const active = builder.activeRuns.get(options.runId);
  if (active) {
    active.cancel(options.reason);
    await active.result.catch(() => undefined);
    return true;
  }
  const reason = options.reason ?? 'cancelled by the caller';
  // No process executes a run waiting for its plan's approval: it is cancelled here.
  if (run.status === 'awaiting_approval' && (await cancelWaitingRun(builder, run, reason))) return true;
  return sendCancelRequest(builder, { runId: options.runId, ownerId: options.ownerId, reason });
}
