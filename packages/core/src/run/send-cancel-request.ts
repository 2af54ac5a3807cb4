import type { BuilderContext } from './run-context.js';

/**
 * Asks the process executing a run (or the worker that will take it from a queue, or a later
 * resume) to cancel it: stores the request, then publishes it on the builder's event bus. Resolves
 * to `true` when the run was this owner's and running or queued, `false` (nothing sent) otherwise.
 * A lost message only delays the cancel: the executing process also polls the stored request.
 *
 * @example
 * if (await sendCancelRequest(builder, { runId, ownerId, reason: 'stopped by the user' })) console.log('asked');
 */
export async function sendCancelRequest(builder: BuilderContext, request: { runId: string; ownerId: string; reason: string }): Promise<boolean> {
  if (!(await builder.options.storage.requestRunCancel(request))) return false;
  await builder.eventBus.publishCancel(request.runId, { reason: request.reason }).catch(() => undefined);
  return true;
}
