import type { BuildwrightEvent } from '../events/events.js';
import type { CancelRequestMessage, EventBus, EventBusMessage, EventBusUnsubscribe } from '../spec/event-bus.js';

/**
 * The event bus of one process, and the builder's default: a run's events reach the watchers of
 * the builders that share this bus object, synchronously, in publish order. Nothing crosses a
 * process; for that use `redisEventBus` or `postgresEventBus` from `@buildwright/adapters`.
 *
 * @example
 * import { createBuilder, inProcessEventBus } from '@buildwright/core';
 *
 * const eventBus = inProcessEventBus();
 * const api = createBuilder({ llm, sandbox, storage, eventBus });
 * const worker = createBuilder({ llm, sandbox, storage, eventBus });
 * // api.watch(runId) follows a run that worker executes; api.cancel(runId) stops it.
 */
export function inProcessEventBus(): EventBus {
  const events = new Channels<EventBusMessage>();
  const cancels = new Channels<CancelRequestMessage>();
  return {
    specificationVersion: 'v1',
    provider: 'in-process',
    async publish(runId: string, event: BuildwrightEvent) {
      events.send(runId, { runId, seq: event.seq, event });
    },
    subscribe: async (runId, listener) => events.listen(runId, listener),
    async publishCancel(runId, request) {
      cancels.send(runId, { runId, reason: request.reason });
    },
    subscribeCancel: async (runId, listener) => cancels.listen(runId, listener),
    async close() {
      events.clear();
      cancels.clear();
    },
  };
}

/** Listeners by run id. */
class Channels<T> {
  private readonly listeners = new Map<string, Set<(message: T) => void>>();

  send(runId: string, message: T): void {
    for (const listener of [...(this.listeners.get(runId) ?? [])]) {
      // One listener's failure must not keep the message from the others, nor fail the publisher.
      try {
        listener(message);
      } catch {}
    }
  }

  listen(runId: string, listener: (message: T) => void): EventBusUnsubscribe {
    // A wrapper per subscription: the same function subscribed twice is two subscriptions.
    const subscription = (message: T) => listener(message);
    const set = this.listeners.get(runId) ?? new Set();
    set.add(subscription);
    this.listeners.set(runId, set);
    return async () => {
      set.delete(subscription);
      if (set.size === 0 && this.listeners.get(runId) === set) this.listeners.delete(runId);
    };
  }

  clear(): void {
    this.listeners.clear();
  }
}
