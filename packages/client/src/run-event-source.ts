import type { BuildwrightEvent } from './event-types.js';

/** What one connection to a run's events delivers, in order. */
export type RunStreamMessage =
  /** Connected: the server accepted the request (the client's `connection` becomes `open`). */
  | { type: 'open' }
  /** One stored event, seq after the request's `afterSeq`, in seq order. */
  | { type: 'event'; event: BuildwrightEvent }
  /** The server ended the stream: after the terminal event (`ended`), or the run is not live on it (`detached`). */
  | { type: 'end'; reason: 'ended' | 'detached' };

/** One connection's request: the run, and the last seq the client has (0: from the start). */
export interface RunEventSourceRequest {
  runId: string;
  afterSeq: number;
  /** Aborted when the client stops following: close the connection. */
  signal: AbortSignal;
}

/**
 * Where a client reads a run's events: one call is one connection. Yield `open` once connected,
 * then the events after `afterSeq`, then `end`. Ending without `end` (or throwing a retryable
 * `BuildwrightError`, or any other error) is a lost connection: the client reconnects with backoff
 * and the last seq it folded. A `BuildwrightError` that is not retryable (unauthorized, not found)
 * stops following. The default reads the handler's Server-Sent Events; pass another (a WebSocket)
 * as `createBuilderClient({ runEvents })`.
 *
 * @example
 * const runEvents: RunEventSource = async function* ({ runId, afterSeq, signal }) {
 *   const socket = openMySocket(runId, afterSeq, signal);
 *   yield { type: 'open' };
 *   for await (const event of socket) yield { type: 'event', event };
 *   yield { type: 'end', reason: 'ended' };
 * };
 */
export type RunEventSource = (request: RunEventSourceRequest) => AsyncIterable<RunStreamMessage>;
