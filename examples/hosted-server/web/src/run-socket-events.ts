import { BuildwrightError, type BuildwrightErrorCode, type BuildwrightEvent, type RunEventSource, type RunStreamMessage } from '@buildwright/client';
import { closeCodes } from '../../src/realtime/run-socket-close-codes.js';
import type { ServerMessage } from '../../src/realtime/run-socket-protocol.js';
import { accessToken } from './api.js';

type Inbound = { kind: 'message'; data: unknown } | { kind: 'close'; code: number };

/** What a close without `end` means for the client: its code, and whether connecting again can help. */
const refusals: Record<number, { code: BuildwrightErrorCode; retryable: boolean }> = {
  [closeCodes.invalidInput]: { code: 'INVALID_INPUT', retryable: false },
  [closeCodes.unauthorized]: { code: 'UNAUTHORIZED', retryable: false },
  [closeCodes.forbidden]: { code: 'UNAUTHORIZED', retryable: false },
  [closeCodes.notFound]: { code: 'RUN_NOT_FOUND', retryable: false },
  [closeCodes.tooManyRequests]: { code: 'TOO_MANY_REQUESTS', retryable: true },
};

/** `ws(s)://<this host>/ws/runs/<runId>`: the API serves the page, so the socket is on the same origin. */
const socketUrl = (runId: string) => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/ws/runs/${encodeURIComponent(runId)}`;

/**
 * The dashboard's {@link RunEventSource}: the API's run socket (`/ws/runs/:runId`, see the README's
 * "WebSocket") instead of the builder's SSE. Each connection sends `follow` with a fresh access
 * token (refreshed first when it is about to end; never in the URL) and the last seq the client
 * folded, so a reconnection resumes with no gap and no repeat. A refusal (4401, 4403, 4404) stops
 * following with the server's message; a lost socket, a restart (1001, 1011) or an expired token
 * reconnects.
 *
 * @example
 * <BuilderProvider baseUrl="/api/builder" headers={authHeaders} runEvents={runSocketEvents}>
 */
export const runSocketEvents: RunEventSource = async function* ({ runId, afterSeq, signal }): AsyncGenerator<RunStreamMessage> {
  const token = await accessToken();
  if (!token) throw new BuildwrightError({ code: 'UNAUTHORIZED', message: 'Signed out: sign in again to follow the run.' });
  const socket = new WebSocket(socketUrl(runId));
  const inbox: Inbound[] = [];
  let wake: (() => void) | undefined;
  const push = (item: Inbound) => {
    inbox.push(item);
    wake?.();
  };
  const stop = () => socket.close(1000, 'LEFT');
  socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'follow', token, afterSeq })));
  socket.addEventListener('message', (event) => push({ kind: 'message', data: event.data }));
  socket.addEventListener('close', (event) => push({ kind: 'close', code: event.code }));
  signal.addEventListener('abort', stop, { once: true });
  let refusal: Extract<ServerMessage, { type: 'error' }> | undefined;
  try {
    while (!signal.aborted) {
      if (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const item = inbox.shift()!;
      if (item.kind === 'close') {
        // A close without `end` (1000 too): the connection was lost; followRun reconnects from the last seq.
        const known = refusals[item.code];
        const retryable = known ? known.retryable || refusal?.code === 'TOKEN_EXPIRED' : true;
        throw new BuildwrightError({
          code: known?.code ?? 'SERVER_UNAVAILABLE',
          message: refusal?.message ?? `The run socket closed (${item.code}) before the run ended.`,
          retryable,
          details: { closeCode: item.code, ...(refusal ? { serverCode: refusal.code } : {}) },
        });
      }
      const message = JSON.parse(String(item.data)) as ServerMessage;
      if (message.type === 'ready') yield { type: 'open' };
      else if (message.type === 'event') yield { type: 'event', event: message.event as BuildwrightEvent };
      else if (message.type === 'error') refusal = message;
      else {
        yield { type: 'end', reason: message.reason };
        return;
      }
    }
  } finally {
    signal.removeEventListener('abort', stop);
    if (socket.readyState === WebSocket.CONNECTING || socket.readyState === WebSocket.OPEN) stop();
  }
};
