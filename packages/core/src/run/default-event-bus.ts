import type { EventBus } from '../spec/event-bus.js';
import type { RunQueue } from '../spec/queue.js';
import { inProcessEventBus } from './in-process-event-bus.js';

/** The in-process bus of each queue object, shared by the builders and workers given that queue and no bus. */
const busOfQueue = new WeakMap<RunQueue, EventBus>();

/**
 * The event bus of a builder or worker given none: in process, and shared by every builder and
 * worker of this process given the same `queue` object, so the handle of a queued run follows it
 * live when a worker of this process executes it (otherwise only the storage poll of `watchRun`,
 * every 2 s, would bring its events). Without a queue, a bus of the builder's own.
 *
 * @example
 * const eventBus = options.eventBus ?? defaultEventBus(options.queue);
 */
export function defaultEventBus(queue: RunQueue | undefined): EventBus {
  if (!queue) return inProcessEventBus();
  let bus = busOfQueue.get(queue);
  if (!bus) {
    bus = inProcessEventBus();
    busOfQueue.set(queue, bus);
  }
  return bus;
}
