// No imports: the dashboard (web/) reads these in the browser.

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
