import type { BuilderContext } from '../run/run-context.js';
import { approvePlanHere, checkPlanApproval, storePlanApproval, type ApprovePlanOptions } from '../run/approve-plan.js';
import { followRun } from '../run/follow-run.js';
import type { RunHandle } from '../run/run-handle.js';
import { resume } from './resume.js';

export type { ApprovePlanOptions };

/**
 * Approves the plan of a run waiting for it (`generate({ approvePlan: true })`), from any process
 * sharing the storage, and continues the run with that plan (an edited plan: only its steps run).
 * The run continues where it waits when that is this builder; on a builder with a run queue, a
 * worker continues it; otherwise this process resumes it from its checkpoint (and the process
 * that was holding its handle follows it to its end). Resolves to the run's handle once approved.
 * Rejects with PLAN_INVALID, RUN_NOT_FOUND or PLAN_NOT_AWAITING_APPROVAL (not waiting, or already approved or rejected).
 *
 * @example
 * const run = await approvePlan(builder, { ownerId: 'user-1', runId, plan: { ...plan, steps: plan.steps.slice(1) } });
 * await run.result;
 */
export async function approvePlan(builder: BuilderContext, options: ApprovePlanOptions): Promise<RunHandle> {
  if (await approvePlanHere(builder, options)) {
    const here = builder.activeRuns.get(options.runId);
    if (here) return here;
    const run = await builder.options.storage.getRun({ ownerId: options.ownerId, runId: options.runId });
    return followRun(builder, { runId: options.runId, projectId: run?.projectId ?? '', ownerId: options.ownerId }, Promise.resolve());
  }
  await storePlanApproval(builder, await checkPlanApproval(builder, options), 'running');
  return resume(builder, options.runId, { ownerId: options.ownerId });
}
