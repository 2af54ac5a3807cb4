import type { EventInput } from '../events/events.js';
import type { BuilderContext } from './run-context.js';
import { RunEvents } from './run-events.js';

/**
 * Stores one event of a run that no process executes at the moment (one waiting for its plan's
 * approval), numbered after its last stored event, and publishes it on the builder's event bus.
 * Call it only after winning the run's status change (`transitionRun`), so no other process
 * numbers an event of the run at the same time.
 *
 * @example
 * await appendRunEvent(builder, { ownerId, runId, projectId }, { type: 'run.cancelled', reason: 'the plan was rejected' });
 */
export async function appendRunEvent(builder: BuilderContext, ids: { ownerId: string; runId: string; projectId: string }, input: EventInput): Promise<void> {
  const { storage } = builder.options;
  const last = (await storage.readEvents({ ownerId: ids.ownerId, runId: ids.runId })).at(-1);
  const events = new RunEvents(storage, ids.runId, ids.projectId, builder.eventBus);
  events.lastSeq = last?.seq ?? 0;
  await events.emit(input);
}
