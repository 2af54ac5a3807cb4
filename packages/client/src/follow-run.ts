import { BuildwrightError } from './buildwright-error.js';
import type { BuildwrightEvent } from './event-types.js';
import { sleep } from './sleep.js';
import { isTerminal } from './terminal-events.js';
import type { ConnectionState } from './client-state.js';
import { requestHeaders, responseError, routeUrl, type HttpConfig } from './http-request.js';
import { readEventStream } from './read-event-stream.js';

/** Reconnection of the event stream: exponential backoff from `initialDelayMs` to `maxDelayMs`. */
export interface ReconnectOptions {
  /** First delay after a lost connection. Default 250 ms. */
  initialDelayMs?: number;
  /** Longest delay between attempts. Default 5 000 ms. */
  maxDelayMs?: number;
  /** Failed attempts in a row before giving up (an attempt that delivered events resets the count). Default 10. */
  maxAttempts?: number;
}

export interface FollowRunOptions {
  config: HttpConfig;
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
 * Follows a run's Server-Sent Events over `fetch` until its terminal event, reconnecting with
 * backoff after a lost connection and resuming with `Last-Event-ID` set to the last seq seen,
 * so nothing is lost and nothing arrives twice. A 4xx answer (not found, unauthorized) stops
 * at once; 5xx and network failures are retried.
 *
 * @example
 * await followRun({ config, runId, lastSeq: () => seq, onEvent: (event) => (seq = event.seq), onConnection() {}, onError() {}, onEnd() {}, signal });
 */
export async function followRun(options: FollowRunOptions): Promise<void> {
  const { config, signal } = options;
  const initialDelayMs = options.reconnect?.initialDelayMs ?? 250;
  const maxDelayMs = options.reconnect?.maxDelayMs ?? 5_000;
  const maxAttempts = options.reconnect?.maxAttempts ?? 10;
  const url = routeUrl(config, `/runs/${encodeURIComponent(options.runId)}/events`);
  let failures = 0;
  while (!signal.aborted) {
    let received = false;
    try {
      const lastSeq = options.lastSeq();
      const headers = await requestHeaders(config, { accept: 'text/event-stream', ...(lastSeq > 0 ? { 'last-event-id': String(lastSeq) } : {}) });
      const response = await config.fetch(url, { headers, signal });
      if (!response.ok) {
        const error = await responseError(response);
        if (!error.retryable) {
          options.onError(error, true);
          options.onConnection('closed');
          return;
        }
        throw error;
      }
      if (!response.body) throw new BuildwrightError({ code: 'SERVER_UNAVAILABLE', message: 'The event stream response has no body.', retryable: true });
      options.onConnection('open');
      for await (const message of readEventStream(response.body, signal)) {
        if (message.event === 'end') {
          const reason = parseJson<{ reason?: string }>(message.data)?.reason === 'detached' ? 'detached' : 'ended';
          options.onConnection('closed');
          options.onEnd(reason);
          return;
        }
        if (message.event === 'error') {
          const body = parseJson<{ code?: string; message?: string }>(message.data);
          throw new BuildwrightError({ code: 'SERVER_UNAVAILABLE', message: body?.message ?? 'The event stream failed on the server.', retryable: true });
        }
        if (message.event !== 'message') continue;
        const event = parseJson<BuildwrightEvent>(message.data);
        if (!event || typeof event.seq !== 'number' || typeof event.type !== 'string') continue;
        received = true;
        failures = 0;
        options.onEvent(event);
        if (isTerminal(event)) {
          options.onConnection('closed');
          options.onEnd('ended');
          return;
        }
      }
      throw new BuildwrightError({ code: 'SERVER_UNAVAILABLE', message: 'The event stream closed before the run ended; reconnecting.', retryable: true });
    } catch (thrown) {
      if (signal.aborted) return;
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

function parseJson<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
