import type { RunRecord } from '../spec/storage.js';
import { appendRunEvent } from './append-run-event.js';
import type { BuilderContext } from './run-context.js';

/**
 * Cancels a run waiting for its plan's approval that no process of this builder holds: moves it
 * from `awaiting_approval` to `cancelled` (losing to a concurrent approval, it changes nothing and
 * resolves `false`), then stores `run.cancelled` and reports the end to `onRunFinished`. A process
 * still holding the run's handle sees the status move and ends its handle with RUN_CANCELLED.
 *
 * @example
 * if (await cancelWaitingRun(builder, run, 'the plan was rejected')) console.log('cancelled');
 */
export async function cancelWaitingRun(builder: BuilderContext, run: RunRecord, reason: string): Promise<boolean> {
  const { storage } = builder.options;
  if (!(await storage.transitionRun({ ownerId: run.ownerId, runId: run.id, from: 'awaiting_approval', to: 'cancelled' }))) return false;
  await storage.updateRun({ runId: run.id, error: { code: 'RUN_CANCELLED', message: `The run was cancelled: ${reason}.` } });
  const last = (await storage.readEvents({ ownerId: run.ownerId, runId: run.id })).at(-1)?.seq ?? 0;
  const report = await builder.hooks.claimFinish(run, 'cancelled', last + 1);
  await appendRunEvent(builder, { ownerId: run.ownerId, runId: run.id, projectId: run.projectId }, { type: 'run.cancelled', reason: `The run was cancelled: ${reason}.` });
  await report?.();
  return true;
}
