import { BuildwrightError } from './buildwright-error.js';
import type { BuildwrightEvent } from './event-types.js';
import { requestHeaders, responseError, routeUrl, type HttpConfig } from './http-request.js';
import { readEventStream } from './read-event-stream.js';
import type { RunEventSource } from './run-event-source.js';

/**
 * The default {@link RunEventSource}: the handler's `GET /runs/:id/events` Server-Sent Events over
 * `fetch`, resuming with `Last-Event-ID` set to `afterSeq`. A non-2xx answer is the server's error
 * (a 4xx is not retryable); an `error` message from the server is a retryable loss.
 *
 * @example
 * const source = sseRunEvents({ baseUrl: '/api/builder', headers: undefined, fetch });
 */
export function sseRunEvents(config: HttpConfig): RunEventSource {
  return async function* ({ runId, afterSeq, signal }) {
    const headers = await requestHeaders(config, { accept: 'text/event-stream', ...(afterSeq > 0 ? { 'last-event-id': String(afterSeq) } : {}) });
    const response = await config.fetch(routeUrl(config, `/runs/${encodeURIComponent(runId)}/events`), { headers, signal });
    if (!response.ok) throw await responseError(response);
    if (!response.body) throw new BuildwrightError({ code: 'SERVER_UNAVAILABLE', message: 'The event stream response has no body.', retryable: true });
    yield { type: 'open' };
    for await (const message of readEventStream(response.body, signal)) {
      if (message.event === 'end') {
        yield { type: 'end', reason: parseJson<{ reason?: string }>(message.data)?.reason === 'detached' ? 'detached' : 'ended' };
        return;
      }
      if (message.event === 'error') {
        const body = parseJson<{ code?: string; message?: string }>(message.data);
        throw new BuildwrightError({ code: 'SERVER_UNAVAILABLE', message: body?.message ?? 'The event stream failed on the server.', retryable: true });
      }
      if (message.event !== 'message') continue;
      const event = parseJson<BuildwrightEvent>(message.data);
      if (event && typeof event.seq === 'number' && typeof event.type === 'string') yield { type: 'event', event };
    }
  };
}

function parseJson<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
