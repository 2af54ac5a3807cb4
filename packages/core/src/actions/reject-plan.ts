import type { BuilderContext } from '../run/run-context.js';
import { planNotAwaiting } from '../run/await-plan-approval.js';
import { BuildwrightError } from '@buildwright/client';
import { cancelRun } from './cancel-run.js';

/** Options of {@link rejectPlan}. */
export interface RejectPlanOptions {
  ownerId: string;
  runId: string;
  /** Why; it ends up in the `run.cancelled` event. Default `the plan was rejected`. */
  reason?: string;
}

/**
 * Rejects the plan of a run waiting for approval: the run ends as cancelled (`run.cancelled`),
 * from any process sharing the storage. Rejects with RUN_NOT_FOUND, or PLAN_NOT_AWAITING_APPROVAL
 * when the run does not wait for approval (use `cancel` for a running run).
 *
 * @example
 * await rejectPlan(builder, { ownerId: 'user-1', runId, reason: 'not what I asked for' });
 */
export async function rejectPlan(builder: BuilderContext, options: RejectPlanOptions): Promise<void> {
  const run = await builder.options.storage.getRun({ ownerId: options.ownerId, runId: options.runId });
  if (!run) throw new BuildwrightError({ code: 'RUN_NOT_FOUND', message: `Run ${options.runId} does not exist for this owner.` });
  if (run.status !== 'awaiting_approval') throw planNotAwaiting(run.id, run.status);
  await cancelRun(builder, { ownerId: options.ownerId, runId: options.runId, reason: options.reason ?? 'the plan was rejected' });
  const ended = await builder.options.storage.getRun({ ownerId: options.ownerId, runId: options.runId });
  // Approved by someone else in between: it was not rejected.
  if (ended?.status !== 'cancelled') throw planNotAwaiting(run.id, ended?.status ?? 'unknown');
}
