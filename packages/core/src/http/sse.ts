import { BuildwrightError, isTerminal } from '@buildwright/client';
import type { BuildwrightEvent } from '../events/events.js';
import { statusOf } from './errors.js';

/** Why a stream ended, sent as the last `event: end` message. */
export type StreamEndReason = 'ended' | 'detached';

export interface EventStreamOptions {
  /** Yields the events to send; the signal aborts when the client goes away. */
  events(signal: AbortSignal): AsyncIterable<BuildwrightEvent>;
  /** Tells whether a stream that ran out without a terminal event is over anyway ('ended') or detached from a live run. */
  endReason(): Promise<StreamEndReason>;
  /** Milliseconds between `: keep-alive` comments. */
  heartbeatMs: number;
  /** Sees errors thrown while streaming (the client gets a sanitized `event: error`). */
  onError(error: unknown): void;
  /** Called once when the stream is over, however it ended (the client left, the run ended, an error). */
  onClose?(): void;
}

const encoder = new TextEncoder();

/** One event as an SSE message: `id: <seq>` and the event as JSON in `data:` (its `type` inside). */
export function formatEvent(event: BuildwrightEvent): string {
  return `id: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`;
}

// Every stream of a run receives the same event objects: encode each once, not once per client.
const encoded = new WeakMap<BuildwrightEvent, Uint8Array>();
function encodeEvent(event: BuildwrightEvent): Uint8Array {
  let bytes = encoded.get(event);
  if (!bytes) encoded.set(event, (bytes = encoder.encode(formatEvent(event))));
  return bytes;
}

/**
 * A `text/event-stream` response of a run's events. Each event is a default (`message`)
 * event with `id: <seq>` so EventSource's `Last-Event-ID` resumes it; comments keep proxies
 * from closing an idle stream; the stream closes after the terminal event with a final
 * `event: end` message (`data: {"reason":"ended"}`), which tells clients not to reconnect.
 *
 * @example
 * return eventStream({ events: (signal) => builder.watch(runId, { ownerId, afterSeq, signal }), endReason, heartbeatMs: 15_000, onError });
 */
export function eventStream(options: EventStreamOptions): Response {
  const controller = new AbortController();
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    clearInterval(heartbeat);
    controller.abort();
  };
  const body = new ReadableStream<Uint8Array>({
    async start(stream) {
      const send = (text: string | Uint8Array) => {
        if (!controller.signal.aborted) stream.enqueue(typeof text === 'string' ? encoder.encode(text) : text);
      };
      send('retry: 1000\n\n');
      heartbeat = setInterval(() => send(': keep-alive\n\n'), options.heartbeatMs);
      let terminal = false;
      try {
        for await (const event of options.events(controller.signal)) {
          if (controller.signal.aborted) break;
          send(encodeEvent(event));
          if (isTerminal(event)) {
            terminal = true;
            break;
          }
        }
        if (!controller.signal.aborted) send(`event: end\ndata: ${JSON.stringify({ reason: terminal ? 'ended' : await options.endReason() })}\n\n`);
      } catch (error) {
        options.onError(error);
        const safe =
          BuildwrightError.isInstance(error) && statusOf(error.code) < 500
            ? { code: error.code, message: error.message }
            : { code: 'INTERNAL', message: 'The event stream failed on the server; reconnect to resume.' };
        send(`event: error\ndata: ${JSON.stringify(safe)}\n\n`);
      } finally {
        clearInterval(heartbeat);
        options.onClose?.();
        if (!controller.signal.aborted) {
          controller.abort();
          stream.close();
        }
      }
    },
    cancel: stop,
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
