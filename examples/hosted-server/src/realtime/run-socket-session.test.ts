import type { Builder, StorageAdapter } from '@buildwright/core';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { ServerMessage } from './run-socket-protocol.js';
import { runSocketSession } from './run-socket-session.js';
import { socketCaps } from './socket-caps.js';

// The session alone, for what the socket tests cannot wait for: the authentication window (10 s in the server).
function recordingSocket() {
  const sent: ServerMessage[] = [];
  let closed: [number, string] | undefined;
  return {
    sent,
    closed: () => closed,
    socket: { send: async (message: ServerMessage) => void sent.push(message), close: (code: number, reason: string) => void (closed = [code, reason]) },
  };
}

const untouched = new Proxy({}, { get: () => () => Promise.reject(new Error('not reached before authentication')) });

/** A session whose client never signs in (the 30 ms window is what these tests exercise). */
const unauthenticatedSession = (recorded: ReturnType<typeof recordingSocket>) => ({
  runId: 'run-1',
  socket: recorded.socket,
  authenticate: async () => Promise.reject(new Error('not reached')),
  consumeUser: async () => undefined,
  sockets: socketCaps(1),
  storage: untouched as StorageAdapter,
  builder: untouched as Builder,
  logger: pino({ level: 'silent' }),
  authTimeoutMs: 30,
});

describe('runSocketSession', () => {
  it('error: no first message within the window: an error that says what to send, then close 4408 AUTH_TIMEOUT', async () => {
    const recorded = recordingSocket();
    runSocketSession(unauthenticatedSession(recorded));
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(recorded.closed()).toEqual([4408, 'AUTH_TIMEOUT']);
    expect(recorded.sent).toEqual([{ type: 'error', code: 'AUTH_TIMEOUT', message: expect.stringContaining('{"type":"follow"') }]);
  });

  it('behavior: a client that leaves before the window ends is not closed again', async () => {
    const recorded = recordingSocket();
    const session = runSocketSession(unauthenticatedSession(recorded));
    session.closed();
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect([recorded.closed(), recorded.sent]).toEqual([undefined, []]);
  });
});
