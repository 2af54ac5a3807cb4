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
  /** Ends the stream once: stops the feed and the heartbeat, sends `last` unless the client left. */
  let finish: (last?: string) => void = () => undefined;
  const body = new ReadableStream<Uint8Array>({
    start(stream) {
      finish = (last) => {
        if (over) return;
        over = true;
        clearInterval(heartbeat);
        stopFeed?.();
        options.onClose?.();
        if (last === undefined) return;
        stream.enqueue(encoder.encode(last));
        stream.close();
      };
      const sink: EventStreamSink = {
        send: (frame) => {
          if (!over) stream.enqueue(frame);
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
      stream.enqueue(retryFrame);
      heartbeat = setInterval(() => {
        if (!over) stream.enqueue(keepAliveFrame);
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
    cancel: () => finish(),
  });
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      'x-accel-buffering': 'no',
    },
  });
}
