import type { BuildwrightEvent } from '../events/events.js';

/**
 * What a subscriber of a run receives for one published event: the event itself, or only its
 * `seq` (`event: null`) when the transport could not carry it (Postgres NOTIFY holds at most
 * 8000 bytes). Every event is stored before it is published, so a `seq` alone is read from storage.
 */
export interface EventBusMessage {
  runId: string;
  seq: number;
  /** The event, or `null`: read it from storage by `seq`. */
  event: BuildwrightEvent | null;
}

/** A request to cancel a run, sent to the process executing it. */
export interface CancelRequestMessage {
  runId: string;
  /** Why, as given to `builder.cancel` (it ends up in `run.cancelled`). */
  reason: string;
}

/** Ends a subscription. Resolves once the bus stopped listening (safe to call twice). */
export type EventBusUnsubscribe = () => Promise<void>;

/**
 * The event bus port: carries a run's live events, and requests to cancel it, between processes.
 * The process executing a run publishes each event after it is stored; `builder.watch`, the SSE
 * route and the client subscribe, read what is stored, and merge the two by `seq`. Delivery is at
 * most once and best effort: a message lost by the transport is found again in storage, so a bus
 * never has to store anything.
 *
 * Implementations: `inProcessEventBus` (`@buildwright/core`, the default: one process),
 * `redisEventBus` (`@buildwright/adapters/redis`), `postgresEventBus` (`@buildwright/adapters/postgres`).
 * Conformance: `runEventBusSpec(factory)` from `@buildwright/core/testing`.
 *
 * @example
 * const unsubscribe = await bus.subscribe(runId, ({ seq, event }) => console.log(seq, event?.type));
 * await bus.publish(runId, event);
 * await unsubscribe();
 */
export interface EventBus {
  readonly specificationVersion: 'v1';
  /** Provider name, e.g. `in-process`, `redis`, `postgres`. */
  readonly provider: string;
  /**
   * Sends a stored event of a run to its subscribers in every process sharing the bus. Messages
   * published by one bus object for one run arrive in the order they were published. Resolves
   * once the transport took the message; rejects with `EVENT_BUS_UNAVAILABLE` when it cannot.
   */
  publish(runId: string, event: BuildwrightEvent): Promise<void>;
  /**
   * Calls `listener` with each event of the run published after the returned promise resolved
   * (the subscription is live by then, so reading storage afterwards leaves no gap). Resolves to
   * the unsubscribe function; rejects with `EVENT_BUS_UNAVAILABLE` when the bus cannot listen.
   */
  subscribe(runId: string, listener: (message: EventBusMessage) => void): Promise<EventBusUnsubscribe>;
  /** Sends a request to cancel the run to the process executing it (see {@link subscribeCancel}). */
  publishCancel(runId: string, request: { reason: string }): Promise<void>;
  /** Calls `listener` with each cancel request of the run published after the returned promise resolved. */
  subscribeCancel(runId: string, listener: (request: CancelRequestMessage) => void): Promise<EventBusUnsubscribe>;
  /** Ends every subscription and closes the connections the bus opened (not those given to it). */
  close(): Promise<void>;
}
