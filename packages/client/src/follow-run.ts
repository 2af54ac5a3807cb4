import { BuildwrightError } from './buildwright-error.js';
import type { BuildwrightEvent } from './event-types.js';
import { sleep } from './sleep.js';
import { isTerminal } from './terminal-events.js';
import type { ConnectionState } from './client-state.js';
import type { RunEventSource } from './run-event-source.js';

/** Reconnection of the event stream: exponential backoff from `initialDelayMs` to `maxDelayMs`. */
export interface ReconnectOptions {
  /** First delay after a lost connection. Default 250 ms. */
  initialDelayMs?: number;
  /** Longest delay between attempts. Default 5 000 ms. */
  maxDelayMs?: number;
  /** Failed attempts in a row before giving up (an attempt that delivered events resets the count). Default 10. */
  maxAttempts?: number;
}

export interface FollowRunEventsOptions {
  /** Where the events come from, one call per connection (`sseRunEvents(config)` by default in the client). */
  source: RunEventSource;
  runId: string;
  /** The last seq folded in; each (re)connection asks for the events after it. */
  lastSeq(): number;
  onEvent(event: BuildwrightEvent): void;
  onConnection(state: ConnectionState): void;
  /** A stream error; `fatal` when the client gave up following the run. */
  onError(error: BuildwrightError, fatal: boolean): void;
  /** The server ended the stream: after the terminal event (`ended`) or because the run is not live on it (`detached`). */
  onEnd(reason: 'ended' | 'detached'): void;
  signal: AbortSignal;
  reconnect?: ReconnectOptions;
}

/**
 * Follows a run's events from `source` until its terminal event, reconnecting with backoff after
 * a lost connection and asking each time for the events after the last seq seen, so nothing is
 * lost and nothing arrives twice. An error that is not retryable (not found, unauthorized) stops
 * at once; others are retried.
 *
 * @example
 * await followRunEvents({ source: sseRunEvents(config), runId, lastSeq: () => seq, onEvent: (event) => (seq = event.seq), onConnection() {}, onError() {}, onEnd() {}, signal });
 */
export async function followRunEvents(options: FollowRunEventsOptions): Promise<void> {
  const { signal } = options;
  const initialDelayMs = options.reconnect?.initialDelayMs ?? 250;
  const maxDelayMs = options.reconnect?.maxDelayMs ?? 5_000;
  const maxAttempts = options.reconnect?.maxAttempts ?? 10;
  let failures = 0;
  while (!signal.aborted) {
    let received = false;
    try {
      for await (const message of options.source({ runId: options.runId, afterSeq: options.lastSeq(), signal })) {
        if (message.type === 'open') {
          options.onConnection('open');
          continue;
        }
        if (message.type === 'end') {
          options.onConnection('closed');
          options.onEnd(message.reason);
          return;
        }
        received = true;
        failures = 0;
        options.onEvent(message.event);
        if (isTerminal(message.event)) {
          options.onConnection('closed');
          options.onEnd('ended');
          return;
        }
      }
      throw new BuildwrightError({ code: 'SERVER_UNAVAILABLE', message: 'The event stream closed before the run ended; reconnecting.', retryable: true });
    } catch (thrown) {
      if (signal.aborted) return;
      if (BuildwrightError.isInstance(thrown) && !thrown.retryable) {
        options.onError(thrown, true);
        options.onConnection('closed');
        return;
      }
      failures = received ? 1 : failures + 1;
      const error = BuildwrightError.isInstance(thrown)
        ? thrown
        : new BuildwrightError({ code: 'SERVER_UNAVAILABLE', message: `Lost the event stream (${(thrown as Error)?.message ?? String(thrown)}); reconnecting.`, cause: thrown, retryable: true });
      if (failures > maxAttempts) {
        options.onError(
          new BuildwrightError({ code: 'SERVER_UNAVAILABLE', message: `Gave up following run ${options.runId} after ${maxAttempts} failed reconnections: ${error.message}`, cause: error }),
          true,
        );
        options.onConnection('closed');
        return;
      }
      options.onConnection('reconnecting');
      const delay = Math.min(maxDelayMs, initialDelayMs * 2 ** (failures - 1));
      // An abort ends the wait and, through `signal.aborted`, the loop.
      await sleep(delay * (0.75 + Math.random() * 0.5), signal).catch(() => {});
    }
  }
}
