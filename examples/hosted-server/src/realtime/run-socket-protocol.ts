import { z } from 'zod';

/**
 * The WebSocket protocol of `GET /ws/runs/:runId` (see the README's "WebSocket"): the client's
 * first and only message authenticates and says where to resume; the server answers `ready`, then
 * one `event` message per event in seq order (the SSE stream's events, the same objects), then
 * `end` and close 1000 after the terminal event. A refusal is an `error` message and a close code.
 */
export const firstMessageSchema = z.strictObject({
  type: z.literal('follow'),
  /** An access token (JWT from /auth/login or /auth/refresh) or an API key `bwk_…` with `builder:read`. */
  token: z.string().min(1).max(4096),
  /** The last seq the client has (SSE's Last-Event-ID); 0 or absent: from the start. */
  afterSeq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
});

export type FirstMessage = z.infer<typeof firstMessageSchema>;

/** What the server sends, one JSON text frame each. */
export type ServerMessage =
  | { type: 'ready'; runId: string; afterSeq: number }
  | { type: 'event'; event: { type: string; seq: number } }
  | { type: 'end'; reason: 'ended' }
  | { type: 'error'; code: string; message: string };

/**
 * Close codes: 1000 after `end`; 1001 when the server shuts down and 1011 when the stream failed
 * (both: reconnect with the last seq); 4000 + the HTTP status the same refusal would have on the
 * REST routes otherwise. The close reason is `<CODE>` (the `error` message before it says more).
 */
export const closeCodes = {
  ended: 1000,
  goingAway: 1001,
  internal: 1011,
  /** The first message is not JSON, not `follow`, or a second message came. */
  invalidInput: 4400,
  /** No, a malformed, an expired (`TOKEN_EXPIRED`) or a revoked credential. */
  unauthorized: 4401,
  /** An API key without `builder:read`, or a disabled account. */
  forbidden: 4403,
  /** No such run for this account: another account's run too (never 4403, so ids do not leak). */
  notFound: 4404,
  /** No first message within the authentication window. */
  authTimeout: 4408,
  /** The per-user rate limit, or too many sockets open for this account. */
  tooManyRequests: 4429,
} as const;

/** The close code for a refusal the REST routes answer with `status`. */
export function closeCodeForStatus(status: number): number {
  return status >= 400 && status < 500 ? 4000 + status : closeCodes.internal;
}
