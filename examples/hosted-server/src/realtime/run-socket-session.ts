import { BuildwrightError } from '@buildwright/core';
import type { Builder, StorageAdapter } from '@buildwright/core';
import type { Logger } from 'pino';
import type { Authenticator } from '../auth/authenticator.js';
import { HttpError } from '../http/http-error.js';
import { requirePermission } from '../http/middleware/authenticated.js';
import type { SocketCaps } from './socket-caps.js';
import { closeCodeForStatus, closeCodes } from './run-socket-close-codes.js';
import { firstMessageSchema, type ServerMessage } from './run-socket-protocol.js';

/** One accepted WebSocket, as the session needs it. */
export interface RunSocket {
  /** Sends one message; settles once it is handed to the socket (the stream waits, so a slow client slows only its own stream). */
  send(message: ServerMessage): Promise<void>;
  close(code: number, reason: string): void;
}

export interface RunSocketSessionOptions {
  runId: string;
  socket: RunSocket;
  authenticate: Authenticator;
  /** The per-user rate limit (throws a 429 `HttpError`). */
  consumeUser(userId: string): Promise<void>;
  sockets: SocketCaps;
  storage: StorageAdapter;
  builder: Builder;
  logger: Logger;
  /** How long a client may take to send its first message. */
  authTimeoutMs: number;
}

/** What the route feeds a session. */
export interface RunSocketSession {
  message(data: unknown): void;
  closed(): void;
}

/**
 * One client following one run: waits for the `follow` message, authenticates its token as the
 * REST routes do (access token or API key with `builder:read`; expired, revoked, disabled refused),
 * checks the run is the caller's, then streams `builder.watch` from `afterSeq` — the events the SSE
 * route streams, with the same resume-by-seq guarantee — until the terminal event. Every refusal is
 * an `error` message then a close with {@link closeCodes}.
 *
 * @example
 * const session = runSocketSession({ runId, socket, authenticate, consumeUser, sockets, storage, builder, logger, authTimeoutMs: 10_000 });
 * ws.on('message', (data) => session.message(data));
 * ws.on('close', () => session.closed());
 */
export function runSocketSession(options: RunSocketSessionOptions): RunSocketSession {
  const { runId, socket, logger } = options;
  let state: 'waiting' | 'following' | 'over' = 'waiting';
  const abort = new AbortController();
  let release: (() => void) | undefined;
  const refuse = (code: number, errorCode: string, message: string) => {
    if (state === 'over') return;
    state = 'over';
    abort.abort();
    void socket
      .send({ type: 'error', code: errorCode, message })
      .catch(() => undefined)
      .finally(() => socket.close(code, errorCode));
  };
  const refuseFor = (error: unknown) => {
    if (error instanceof HttpError) return refuse(closeCodeForStatus(error.status), error.code, error.message);
    if (BuildwrightError.isInstance(error) && error.code === 'RUN_NOT_FOUND') return refuse(closeCodes.notFound, 'NOT_FOUND', 'No run with this id for this account.');
    logger.error({ err: error, runId }, 'run socket failed');
    refuse(closeCodes.internal, 'INTERNAL', 'The event stream failed on the server: reconnect with the last seq you have to resume.');
  };
  const timer = setTimeout(
    () => refuse(closeCodes.authTimeout, 'AUTH_TIMEOUT', `Send {"type":"follow","token":"<access token or API key>"} within ${options.authTimeoutMs / 1000} s of connecting.`),
    options.authTimeoutMs,
  );

  const follow = async (data: unknown) => {
    const first = parseFirstMessage(data);
    const principal = await options.authenticate(new Request('http://socket.invalid/', { headers: { authorization: `Bearer ${first.token}` } }));
    requirePermission(principal.permissions, 'builder:read', principal.via.kind);
    await options.consumeUser(principal.userId);
    if (state !== 'following') return;
    release = options.sockets.acquire(principal.userId);
    const ownerId = principal.userId;
    if (!(await options.storage.getRun({ ownerId, runId }))) throw new HttpError(404, 'NOT_FOUND', 'No run with this id for this account.');
    const afterSeq = first.afterSeq ?? 0;
    logger.info({ runId, userId: ownerId, afterSeq, via: principal.via.kind }, 'run socket following');
    await socket.send({ type: 'ready', runId, afterSeq });
    for await (const event of options.builder.watch(runId, { ownerId, afterSeq, signal: abort.signal })) {
      if (state !== 'following') return;
      await socket.send({ type: 'event', event });
    }
    if (state !== 'following') return;
    state = 'over';
    await socket.send({ type: 'end', reason: 'ended' });
    socket.close(closeCodes.ended, 'ENDED');
  };

  return {
    message(data) {
      if (state !== 'waiting') return refuse(closeCodes.invalidInput, 'INVALID_INPUT', 'Send one message only, the first: the server sends everything after it.');
      state = 'following';
      clearTimeout(timer);
      follow(data).catch((error: unknown) => {
        // The client left while a send was under way: nothing to tell it.
        if (state === 'following') refuseFor(error);
      });
    },
    closed() {
      state = 'over';
      clearTimeout(timer);
      abort.abort();
      release?.();
    },
  };
}

function parseFirstMessage(data: unknown) {
  let json: unknown;
  try {
    json = JSON.parse(typeof data === 'string' ? data : '');
  } catch {
    throw new HttpError(400, 'INVALID_INPUT', 'The first message is not JSON text: send {"type":"follow","token":"…","afterSeq":0}.');
  }
  const parsed = firstMessageSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new HttpError(400, 'INVALID_INPUT', `First message ${issue.path.join('.') || 'body'}: ${issue.message}. Send {"type":"follow","token":"…","afterSeq":0}.`);
  }
  return parsed.data;
}
