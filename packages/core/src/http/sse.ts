import { BuildwrightError } from '@buildwright/client';
import type { BuildwrightEvent } from '../events/events.js';
import { statusOf } from './errors.js';

/** Why a stream ended, sent as the last `event: end` message. */
export type StreamEndReason = 'ended' | 'detached';

/** Where a feed puts a stream's messages. */
export interface EventStreamSink {
  /** Sends one event frame (`id:` and `data:` lines, encoded once for every stream of the run: {@link encodeEventFrame}). */
  send(frame: Uint8Array): void;
  /** Ends the stream with `event: end` and the reason (after a terminal event: `'ended'`). */
  end(reason: StreamEndReason): void;
  /** Ends the stream with an `event: error` that carries only a safe code and message; `onError` sees the error. */
  fail(error: unknown): void;
}

export interface EventStreamOptions {
  /** Starts feeding the stream; returns the function that stops the feed (called once, when the stream is over). */
  follow(sink: EventStreamSink): () => void;
  /** Milliseconds between `: keep-alive` comments. */
  heartbeatMs: number;
  /** Sees errors thrown while streaming (the client gets a sanitized `event: error`). */
  onError(error: unknown): void;
  /** Called once when the stream is over, however it ended (the client left, the run ended, an error). */
  onClose?(): void;
}

const encoder = new TextEncoder();
const retryFrame = encoder.encode('retry: 1000\n\n');
const keepAliveFrame = encoder.encode(': keep-alive\n\n');

/** One event (of a run, or of an agent execution) as an SSE message: `id: <seq>` and the event as JSON in `data:` (its `type` inside). */
export function formatEvent(event: BuildwrightEvent | { type: string; seq: number }): string {
  return `id: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** {@link formatEvent} as the bytes a stream sends. */
export function encodeEventFrame(event: BuildwrightEvent | { type: string; seq: number }): Uint8Array {
  return encoder.encode(formatEvent(event));
}

/**
 * A `text/event-stream` response of a run's events. Each event is a default (`message`)
 * event with `id: <seq>` so EventSource's `Last-Event-ID` resumes it; comments keep proxies
 * from closing an idle stream; the stream closes after the terminal event with a final
 * `event: end` message (`data: {"reason":"ended"}`), which tells clients not to reconnect.
 *
 * @example
 * return eventStream({ follow: (sink) => fanOut.follow({ ownerId, runId, afterSeq }, sink), heartbeatMs: 15_000, onError });
 */
export function eventStream(options: EventStreamOptions): Response {
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let stopFeed: (() => void) | undefined;
  let over = false;
  /**
   * Where the stream's bytes go. Until a reader asks (a Web read) or a Node response takes the
   * stream ({@link directEventStream}), they wait in `waiting`; then each goes straight there.
   */
  let output: { write(chunk: Uint8Array): void; close(): void } | undefined;
  const waiting: Uint8Array[] = [];
  let closed = false;
  const write = (chunk: Uint8Array) => (output ? output.write(chunk) : waiting.push(chunk));
  const close = () => {
    closed = true;
    output?.close();
  };
  const connect = (target: { write(chunk: Uint8Array): void; close(): void }) => {
    if (output) return false;
    output = target;
    for (const chunk of waiting.splice(0)) target.write(chunk);
    if (closed) target.close();
    return true;
  };
  /** Ends the stream once: stops the feed and the heartbeat, sends `last` unless the client left. */
  const finish = (last?: string) => {
    if (over) return;
    over = true;
    clearInterval(heartbeat);
    stopFeed?.();
    options.onClose?.();
    if (last === undefined) return;
    write(encoder.encode(last));
    close();
  };
  const sink: EventStreamSink = {
    send: (frame) => {
      if (!over) write(frame);
    },
    end: (reason) => finish(`event: end\ndata: ${JSON.stringify({ reason })}\n\n`),
    fail: (error) => {
      if (over) return;
      options.onError(error);
      const safe =
        BuildwrightError.isInstance(error) && statusOf(error.code) < 500
          ? { code: error.code, message: error.message }
          : { code: 'INTERNAL', message: 'The event stream failed on the server; reconnect to resume.' };
      finish(`event: error\ndata: ${JSON.stringify(safe)}\n\n`);
    },
  };
  const body = new ReadableStream<Uint8Array>(
    {
      start() {
        write(retryFrame);
        heartbeat = setInterval(() => {
          if (!over) write(keepAliveFrame);
        }, options.heartbeatMs);
        try {
          const stop = options.follow(sink);
          // The feed may end the stream before it returns (a replay that is all in memory).
          if (over) stop();
          else stopFeed = stop;
        } catch (error) {
          sink.fail(error);
        }
      },
      // With a high-water mark of 0, pull runs when the first read waits: from then on the stream's
      // own queue holds what the reader has not taken.
      pull(stream) {
        connect({ write: (chunk) => stream.enqueue(chunk), close: () => stream.close() });
      },
      cancel: () => finish(),
    },
    { highWaterMark: 0 },
  );
  const response = new Response(body, {
    status: 200,
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    },
  });
  const direct: DirectEventStream = (target) => (connect({ write: target.write, close: target.end }) ? () => finish() : undefined);
  Object.defineProperty(response, directKey, { value: direct });
  return response;
}

/**
 * Takes an event stream's bytes without its Web stream: each frame goes to `target.write` as it
 * is sent (the same frame object for every stream of a run), `target.end` after the last.
 * Returns the function to call when the client leaves, or undefined when the body is being read
 * another way (then read `response.body`).
 */
export type DirectEventStream = (target: { write(chunk: Uint8Array): void; end(): void }) => (() => void) | undefined;

// A registry symbol, so a response from another copy of this module is recognised too.
const directKey = Symbol.for('buildwright.eventStream.direct');

/**
 * The direct form of a response made by {@link eventStream}, or undefined for any other response.
 * A Node server writes its frames straight to the socket with it, with no Web stream read per
 * frame and client: `sendWebResponse` does.
 *
 * @example
 * const cancel = directEventStream(response)?.({ write: (chunk) => outgoing.write(chunk), end: () => outgoing.end() });
 */
export function directEventStream(response: Response): DirectEventStream | undefined {
  const direct = (response as unknown as Record<symbol, unknown>)[directKey];
  return typeof direct === 'function' ? (direct as DirectEventStream) : undefined;
}
