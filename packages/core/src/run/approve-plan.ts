import { BuildwrightError } from '@buildwright/client';
import { planSchema, type Plan } from '../events/events.js';
import type { RunRecord } from '../spec/storage.js';
import { appendRunEvent } from './append-run-event.js';
import { planNotAwaiting } from './await-plan-approval.js';
import type { BuilderContext } from './run-context.js';

/** Options of {@link approvePlan}. */
export interface ApprovePlanOptions {
  /** The run's owner (a user cannot approve another's run). */
  ownerId: string;
  runId: string;
  /** The plan to build instead of the model's: its steps are the ones the run executes. Default: the plan as the model made it. */
  plan?: Plan;
}

/** An approval checked against the stored run: the run, and the plan it will build. */
export interface CheckedPlanApproval {
  run: RunRecord;
  plan: Plan;
  edited: boolean;
}

/**
 * Checks an approval before anything changes: the edited plan against the plan schema
 * (PLAN_INVALID saying what is wrong), the run (RUN_NOT_FOUND), and that it waits for approval
 * (PLAN_NOT_AWAITING_APPROVAL).
 *
 * @example
 * const checked = await checkPlanApproval(builder, { ownerId, runId, plan });
 */
export async function checkPlanApproval(builder: BuilderContext, options: ApprovePlanOptions): Promise<CheckedPlanApproval> {
  const { storage } = builder.options;
  const edited = options.plan === undefined ? undefined : parsePlan(options.plan);
  const run = await storage.getRun({ ownerId: options.ownerId, runId: options.runId });
  if (!run) throw new BuildwrightError({ code: 'RUN_NOT_FOUND', message: `Run ${options.runId} does not exist for this owner.` });
  if (run.status !== 'awaiting_approval') throw planNotAwaiting(run.id, run.status);
  if (edited) return { run, plan: edited, edited: true };
  // LangGraph loads on the first run, not when @buildwright/core is imported.
  const { readRunCheckpoint } = await import('../graph/run-checkpoint.js');
  const plan = (await readRunCheckpoint(storage, run.id))?.acceptedPlan;
  if (!plan) throw new BuildwrightError({ code: 'INTERNAL', message: `Run ${run.id} waits for approval but its checkpoint holds no plan. Reject it (builder.rejectPlan) and start it again.` });
  return { run, plan, edited: false };
}

/**
 * Approves a plan of a run that this process does not execute: moves the run from
 * `awaiting_approval` to `to` (one of two concurrent approvals wins; the other gets
 * PLAN_NOT_AWAITING_APPROVAL), then stores `plan.approved`, which the process that continues the
 * run (a resume here, or a worker) reads.
 *
 * @example
 * await storePlanApproval(builder, await checkPlanApproval(builder, options), 'running');
 */
export async function storePlanApproval(builder: BuilderContext, checked: CheckedPlanApproval, to: 'running' | 'queued'): Promise<void> {
  const { run } = checked;
  const moved = await builder.options.storage.transitionRun({ ownerId: run.ownerId, runId: run.id, from: 'awaiting_approval', to });
  if (!moved) {
    const now = await builder.options.storage.getRun({ ownerId: run.ownerId, runId: run.id });
    throw planNotAwaiting(run.id, now?.status ?? 'unknown');
  }
  await appendRunEvent(builder, { ownerId: run.ownerId, runId: run.id, projectId: run.projectId }, { type: 'plan.approved', plan: checked.plan, edited: checked.edited });
}

/**
 * Approves the plan of a run that waits in this builder (`run.approvePlan`), or, with a run queue,
 * enqueues the approved run for a worker. Resolves to `false` (nothing changed) when neither
 * applies: the caller continues the run itself (`builder.approvePlan` resumes it).
 *
 * @example
 * if (!(await approvePlanHere(builder, { ownerId, runId }))) throw new Error('not here');
 */
export async function approvePlanHere(builder: BuilderContext, options: ApprovePlanOptions): Promise<boolean> {
  const checked = await checkPlanApproval(builder, options);
  const parked = builder.parkedRuns.get(options.runId);
  if (parked) {
    await parked.approve(checked.plan, checked.edited);
    return true;
  }
  const { queue } = builder.options;
  if (!queue) return false;
  await storePlanApproval(builder, checked, 'queued');
  await queue.enqueue({ runId: options.runId, ownerId: options.ownerId });
  return true;
}

function parsePlan(value: unknown): Plan {
  const parsed = planSchema
    .refine((plan) => plan.steps.length > 0, { message: 'a plan needs at least one step', path: ['steps'] })
    .refine((plan) => new Set(plan.steps.map((step) => step.id)).size === plan.steps.length, { message: 'step ids must be unique', path: ['steps'] })
    .safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new BuildwrightError({
    code: 'PLAN_INVALID',
    message: `Invalid plan: ${issue.path.join('.') || 'plan'}: ${issue.message}. A plan is { title, summary, steps: [{ id, title, files: string[] }] } with at least one step and unique step ids.`,
    details: { path: issue.path.join('.') },
    cause: parsed.error,
  });
}
