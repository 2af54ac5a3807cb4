import { BuildwrightError } from '@buildwright/client';
import type { Plan } from '../events/events.js';
import { storagePollMs } from './follow-cancel-requests.js';
import type { BuilderContext } from './run-context.js';
import { sendCancelRequest } from './send-cancel-request.js';

/** A run of this builder waiting for its plan's approval: `approvePlan` continues it here. */
export interface ParkedRun {
  /** Moves the run to `running` and continues it with `plan`; rejects with PLAN_NOT_AWAITING_APPROVAL when it no longer waits. */
  approve(plan: Plan, edited: boolean): Promise<void>;
}

/**
 * How a wait for approval ended: `approved` here (continue with `plan`), or `elsewhere`: another
 * process approved the run (and executes it now) or cancelled it; this one follows its events.
 */
export type PlanApprovalOutcome = { status: 'approved'; plan: Plan; edited: boolean } | { status: 'elsewhere' };

export const planNotAwaiting = (runId: string, status: string) =>
  new BuildwrightError({
    code: 'PLAN_NOT_AWAITING_APPROVAL',
    message: `Run ${runId} does not wait for its plan's approval (its status is ${status}). Only a run started with approvePlan: true, stopped after plan.awaiting_approval and not yet approved or rejected, can be approved or rejected.`,
    details: { runId, status },
  });

/**
 * Parks a run after its plan: registers it with the builder (so `approvePlan` in this process
 * continues it here), calls `announce` (which stores the `awaiting_approval` status and the
 * `plan.awaiting_approval` event), then waits. Storage is read every {@link storagePollMs}: a run
 * approved or cancelled by another process ends the wait with `elsewhere`. When `signal` aborts
 * (the handle's cancel), the run is moved to `cancelled` and the wait rejects with the abort reason.
 *
 * @example
 * const outcome = await awaitPlanApproval(builder, { runId, ownerId, signal, announce });
 */
export function awaitPlanApproval(builder: BuilderContext, input: { runId: string; ownerId: string; signal: AbortSignal; announce: () => Promise<void> }): Promise<PlanApprovalOutcome> {
  const { runId, ownerId, signal } = input;
  const { storage } = builder.options;
  return new Promise<PlanApprovalOutcome>((resolve, reject) => {
    let settled = false;
    /** An approval here is moving the run's status: the poll and a cancel wait for it. */
    let claiming = false;
    let poll: ReturnType<typeof setInterval> | undefined;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      signal.removeEventListener('abort', onAbort);
      if (builder.parkedRuns.get(runId) === parked) builder.parkedRuns.delete(runId);
      outcome();
    };
    const read = async () => {
      if (settled || claiming) return;
      try {
        const run = await storage.getRun({ ownerId, runId });
        if (settled || claiming) return;
        if (!run) finish(() => reject(new BuildwrightError({ code: 'RUN_NOT_FOUND', message: `Run ${runId} was deleted while it waited for its plan's approval.` })));
        else if (run.status !== 'awaiting_approval') finish(() => resolve({ status: 'elsewhere' }));
      } catch {
        // Storage is down: read again at the next poll.
      }
    };
    const onAbort = () => {
      if (settled || claiming) return;
      claiming = true;
      storage
        .transitionRun({ ownerId, runId, from: 'awaiting_approval', to: 'cancelled' })
        .then(async (cancelled) => {
          claiming = false;
          if (cancelled) return finish(() => reject(signal.reason));
          // Approved elsewhere at the same moment: the process executing it now is asked to stop.
          await sendCancelRequest(builder, { runId, ownerId, reason: reasonOf(signal) }).catch(() => false);
          finish(() => resolve({ status: 'elsewhere' }));
        })
        .catch((error: unknown) => {
          claiming = false;
          finish(() => reject(error));
        });
    };
    const parked: ParkedRun = {
      async approve(plan, edited) {
        if (settled || claiming || signal.aborted) throw planNotAwaiting(runId, signal.aborted ? 'cancelled' : 'running');
        claiming = true;
        const moved = await storage.transitionRun({ ownerId, runId, from: 'awaiting_approval', to: 'running' }).finally(() => (claiming = false));
        if (!moved) {
          void read();
          const run = await storage.getRun({ ownerId, runId }).catch(() => undefined);
          throw planNotAwaiting(runId, run?.status ?? 'unknown');
        }
        // A cancel that came while the status moved: the run continues and stops at once, as a running run does.
        finish(() => resolve({ status: 'approved', plan, edited }));
      },
    };
    builder.parkedRuns.set(runId, parked);
    input.announce().then(
      () => {
        if (settled) return;
        poll = setInterval(() => void read(), storagePollMs);
        poll.unref?.();
        if (signal.aborted) onAbort();
        else signal.addEventListener('abort', onAbort, { once: true });
      },
      (error: unknown) => finish(() => reject(error)),
    );
  });
}

function reasonOf(signal: AbortSignal): string {
  return BuildwrightError.isInstance(signal.reason) ? signal.reason.message : 'cancelled by the caller';
}
