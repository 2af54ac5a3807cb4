import { EventEmitter } from 'eventemitter3';
import { BuildwrightError, isTerminal } from '@buildwright/client';
import type { BuildwrightEvent } from '../events/events.js';
import type { BuilderContext } from './run-context.js';
import type { RunEventListeners } from './run-events.js';
import { approveTool } from './approve-tool.js';
import { approvePlanHere } from './approve-plan.js';
import { planNotAwaiting } from './await-plan-approval.js';
import { createRunHandle, type RunHandle, type RunResult } from './run-handle.js';
import { sendCancelRequest } from './send-cancel-request.js';
import { watchRun } from './watch-run.js';

/**
 * The handle of a run that executes elsewhere (a worker fed by a run queue): its events are the
 * run's, in `seq` order with no gap or repeat, followed as `watchRun` follows them (live from the
 * builder's event bus, merged with the stored log), and its result is built from storage once the
 * terminal event is stored. `ready` resolves once the run's records exist (its rejection rejects
 * `result`). Give the builder and the workers one event bus; without one that reaches the worker,
 * events arrive with `watchRun`'s storage poll, every 2 s.
 *
 * @example
 * return followRun(builder, { runId, projectId, ownerId }, enqueued);
 */
export function followRun(builder: BuilderContext, ids: { runId: string; projectId: string; ownerId: string }, ready: Promise<void>): RunHandle {
  const events = { bus: new EventEmitter<RunEventListeners>(), published: [] as BuildwrightEvent[], runId: ids.runId, projectId: ids.projectId };
  const publish = (event: BuildwrightEvent) => {
    events.published.push(event);
    events.bus.emit(event.type, event as never);
    events.bus.emit('event', event);
  };
  const result = ready.then(async () => resultOf(builder, ids, await followEvents(builder, ids, publish), events.published));
  return createRunHandle({
    events,
    result,
    // In this process the run is aborted at once; elsewhere (or still queued) it is asked to stop over the event bus.
    cancel: (reason) => {
      const active = builder.activeRuns.get(ids.runId);
      if (active) active.cancel(reason);
      else void sendCancelRequest(builder, { runId: ids.runId, ownerId: ids.ownerId, reason }).catch(() => undefined);
    },
    // The worker executing the run reads the stored decision (woken at once when it runs in this process).
    approveTool: (id, decision, approval) =>
      approveTool(builder, { ownerId: ids.ownerId, runId: ids.runId, id, decision, ...(approval?.remember === undefined ? {} : { remember: approval.remember }) }),
    // With a queue, the approved run is enqueued again for a worker.
    approvePlan: async (plan) => {
      if (!(await approvePlanHere(builder, { ownerId: ids.ownerId, runId: ids.runId, ...(plan === undefined ? {} : { plan }) }))) {
        throw planNotAwaiting(ids.runId, 'not waiting on this builder or its queue');
      }
    },
  });
}

/** Calls `publish` with each event of the run after `fromSeq` in `seq` order (see `watchRun`), until the terminal one, which it returns. */
export async function followEvents(builder: BuilderContext, ids: { runId: string; ownerId: string }, publish: (event: BuildwrightEvent) => void, fromSeq = 0): Promise<BuildwrightEvent> {
  let afterSeq = fromSeq;
  while (true) {
    for await (const event of watchRun(builder, { runId: ids.runId, ownerId: ids.ownerId, afterSeq })) {
      publish(event);
      afterSeq = event.seq;
      if (isTerminal(event)) return event;
    }
    // The watch ended on a stored status without a terminal event after it: the run's end is still
    // being stored (after a storage outage) or the run is resumed. Follow it on (each watch of an
    // ended run lasts two storage polls, so this does not spin).
  }
}

/** The result of a followed run from its terminal event (and storage); rejects as the run ended when it did not complete. */
export async function resultOf(builder: BuilderContext, ids: { runId: string; projectId: string; ownerId: string }, end: BuildwrightEvent, published: BuildwrightEvent[]): Promise<RunResult> {
  if (end.type === 'run.cancelled') throw new BuildwrightError({ code: 'RUN_CANCELLED', message: `The run was cancelled: ${end.reason}.` });
  if (end.type === 'run.failed') {
    throw new BuildwrightError({ code: end.code as BuildwrightError['code'], message: end.message, details: end.check === null ? { runId: ids.runId } : { runId: ids.runId, check: end.check } });
  }
  if (end.type !== 'run.completed') throw new BuildwrightError({ code: 'INTERNAL', message: `Run ${ids.runId} ended with an unexpected ${end.type} event.` });
  const { storage } = builder.options;
  const owner = { ownerId: ids.ownerId, projectId: ids.projectId };
  const [project, stored, run] = await Promise.all([
    storage.getProject(owner),
    storage.getVersionFiles({ ...owner, number: end.versionNumber }),
    storage.getRun({ ownerId: ids.ownerId, runId: ids.runId }),
  ]);
  if (!project || !stored) throw new BuildwrightError({ code: 'VERSION_NOT_FOUND', message: `Version ${end.versionNumber} of run ${ids.runId} is not in storage; it may have been deleted.` });
  const preview = published.findLast((event) => event.type === 'preview.ready');
  return {
    runId: ids.runId,
    project,
    version: stored.version,
    files: stored.files,
    previewUrl: preview?.url ?? null,
    screenshotPath: preview?.screenshotPath ?? null,
    docsUrl: preview?.docsUrl ?? null,
    costUsd: run?.costUsd ?? 0,
    toolCalls: toolCallsOf(published),
  };
}

/** The run's calls to MCP servers, from its `tool.result` events (denied calls never reached a server). */
function toolCallsOf(published: readonly BuildwrightEvent[]): RunResult['toolCalls'] {
  const results = published.filter((event) => event.type === 'tool.result' && event.status !== 'denied');
  return { calls: results.length, durationMs: results.reduce((sum, event) => sum + (event.type === 'tool.result' ? event.durationMs : 0), 0) };
}
