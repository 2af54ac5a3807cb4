import type { BuilderContext } from '../run/run-context.js';
import { BuildwrightError } from '@buildwright/client';
import type { RunHandle } from '../run/run-handle.js';
import { resumableFailure } from '../run/record-run-end.js';
import { startRun } from '../run/start-run.js';
import type { BuildwrightEvent, Plan } from '../events/events.js';

/**
 * Resumes a run that a crash or a cancel cut off, from its last completed node: event numbers
 * continue without gaps and the files are those of the last checkpoint.
 *
 * @example
 * const run = builder.resume(runId);
 * await run.result;
 */
export function resume(builder: BuilderContext, runId: string, options: { ownerId?: string } = {}): RunHandle {
  const ownerId = options.ownerId ?? builder.ownerId;
  return startRun(builder, { runId, projectId: '' }, async () => {
    const { storage } = builder.options;
    // This process may still be storing how the run ended (its storage was unavailable): that stops here.
    const pendingEnd = builder.pendingRunEnds.get(runId);
    pendingEnd?.stop();
    await pendingEnd?.done;
    const run = await storage.getRun({ ownerId, runId });
    if (!run) throw new BuildwrightError({ code: 'RUN_NOT_FOUND', message: `Run ${runId} does not exist for this owner.` });
    const events = await storage.readEvents({ ownerId, runId });
    // A run marked completed whose `run.completed` was never stored (cut off between the two) resumes to store it.
    if (run.status === 'awaiting_approval') {
      throw new BuildwrightError({
        code: 'RUN_AWAITING_APPROVAL',
        message: `Run ${runId} waits for its plan's approval: approve it (builder.approvePlan('${runId}'), buildwright approve ${runId}) or reject it (builder.rejectPlan) instead of resuming it.`,
        details: { runId },
      });
    }
    const unannounced = run.status === 'completed' && events.at(-1)?.type !== 'run.completed';
    if ((run.status === 'completed' && !unannounced) || (run.status === 'failed' && !resumableFailure(run))) {
      throw new BuildwrightError({
        code: 'INVALID_INPUT',
        message: `Run ${runId} already ${run.status}; only running or cancelled runs, and runs stopped by STORAGE_UNAVAILABLE, can be resumed. Start an edit instead.`,
      });
    }
    const project = await storage.getProject({ ownerId, projectId: run.projectId });
    if (!project) throw new BuildwrightError({ code: 'PROJECT_NOT_FOUND', message: `Project ${run.projectId} of run ${runId} is gone.` });
    // LangGraph loads on the first run, not when @buildwright/core is imported.
    const { readRunCheckpoint } = await import('../graph/run-checkpoint.js');
    const checkpoint = await readRunCheckpoint(storage, runId);
    if (!checkpoint) throw new BuildwrightError({ code: 'INVALID_INPUT', message: `Run ${runId} has no checkpoint: it stopped before it started. Start it again.` });
    const [usage, messages] = await Promise.all([storage.listUsage({ ownerId, runId }), storage.listMessages({ ownerId, projectId: run.projectId })]);
    // Events after the last checkpoint belong to a node that will run again; the resumed run
    // keeps numbering after the last stored event so nothing is lost or repeated by seq.
    const lastSeq = events.at(-1)?.seq ?? 0;
    // A cancelled run resumed on purpose starts again without the request that cancelled it.
    if (run.status === 'cancelled') await storage.clearRunCancelRequest({ runId });
    // Resumed runs count in their owner's concurrent runs but are never refused: they were admitted when they started.
    builder.hooks.hold(runId, run.ownerId);
    await storage.updateRun({ runId, status: 'running', error: null });
    return {
      project,
      run: { ...run, status: 'running' },
      template: undefined,
      files: checkpoint.workingFiles ?? {},
      resume: {
        lastSeq,
        tokens: usage.reduce((sum, record) => sum + record.inputTokens + record.outputTokens, 0),
        costUsd: usage.reduce((sum, record) => sum + record.costUsd, 0),
        versionAnnounced: events.some((event) => event.type === 'version.created'),
        answered: messages.some((message) => message.runId === runId && message.role === 'assistant'),
        asked: messages.some((message) => message.runId === runId && message.role === 'user'),
        approvedPlan: approvedSince(events),
      },
    };
  });
}

/** The plan approved since the run last stopped for approval (its `plan.approved` after its last `plan.awaiting_approval`), if any. */
function approvedSince(events: readonly BuildwrightEvent[]): Plan | undefined {
  const waited = events.findLastIndex((event) => event.type === 'plan.awaiting_approval');
  const approved = events.findLast((event, index) => index > waited && event.type === 'plan.approved');
  return approved?.type === 'plan.approved' ? approved.plan : undefined;
}
