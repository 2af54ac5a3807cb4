import WebSocket from 'ws';
import type { ServerMessage } from '../realtime/run-socket-protocol.js';

/** A run's event as a client sees it. */
export interface SeenEvent {
  type: string;
  seq: number;
  [field: string]: unknown;
}

/** What a socket client saw: every message, the events among them, and how the socket closed. */
export interface SocketFollow {
  messages: ServerMessage[];
  events: SeenEvent[];
  closeCode: number;
  closeReason: string;
}

/**
 * Connects to `/ws/runs/:runId` of `baseUrl` through a real socket, sends `first` (an object is
 * sent as JSON, a string as it is, undefined sends nothing), and collects messages until the server
 * closes, or until `leaveAfterEvents` events came (then the client closes, as a dropped client would).
 *
 * @example
 * const seen = await followRunSocket(server.url, runId, { type: 'follow', token, afterSeq: 0 });
 */
export function followRunSocket(
  baseUrl: string,
  runId: string,
  first: object | string | undefined,
  options: { leaveAfterEvents?: number; onEvent?: (event: SeenEvent) => void } = {},
): Promise<SocketFollow> {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws/runs/${runId}`);
  const messages: ServerMessage[] = [];
  const events: SeenEvent[] = [];
  /** Set once the client leaves: frames already received after that are not seen. */
  let left = false;
  return new Promise((resolve, reject) => {
    socket.once('error', reject);
    socket.once('open', () => {
      if (first !== undefined) socket.send(typeof first === 'string' ? first : JSON.stringify(first));
    });
    socket.on('message', (data) => {
      if (left) return;
      const message = JSON.parse(data.toString('utf8')) as ServerMessage;
      messages.push(message);
      if (message.type !== 'event') return;
      events.push(message.event as SeenEvent);
      options.onEvent?.(message.event as SeenEvent);
      if (options.leaveAfterEvents !== undefined && events.length >= options.leaveAfterEvents) {
        left = true;
        socket.terminate();
      }
    });
    socket.once('close', (code, reason) => resolve({ messages, events, closeCode: code, closeReason: reason.toString('utf8') }));
  });
}

/**
 * Reads `GET /api/builder/runs/:runId/events` (SSE) to its end: the events in order, and the final
 * `event: end` / `event: error` data. `afterSeq` is sent as Last-Event-ID.
 *
 * @example
 * const { events } = await readRunSse(server.url, token, runId);
 */
export async function readRunSse(baseUrl: string, credential: string, runId: string, afterSeq?: number): Promise<{ events: SeenEvent[]; last: { event: string; data: unknown } | undefined }> {
  const response = await fetch(`${baseUrl}/api/builder/runs/${runId}/events`, {
    headers: { authorization: `Bearer ${credential}`, ...(afterSeq === undefined ? {} : { 'last-event-id': String(afterSeq) }) },
  });
  if (response.status !== 200) throw new Error(`SSE answered ${response.status}: ${await response.text()}`);
  const text = await response.text();
  const events: SeenEvent[] = [];
  let last: { event: string; data: unknown } | undefined;
  for (const block of text.split('\n\n')) {
    const lines = block.split('\n');
    const name = lines.find((line) => line.startsWith('event: '))?.slice('event: '.length);
    const data = lines.find((line) => line.startsWith('data: '))?.slice('data: '.length);
    if (data === undefined) continue;
    if (name === undefined) events.push(JSON.parse(data) as SeenEvent);
    else last = { event: name, data: JSON.parse(data) };
  }
  return { events, last };
}
