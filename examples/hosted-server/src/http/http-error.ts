import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Codes of the hosted server's own routes (the builder routes answer with the SDK's codes). */
export type HttpErrorCode =
  | 'INVALID_INPUT'
  | 'UNAUTHORIZED'
  | 'TOKEN_EXPIRED'
  | 'REFRESH_TOKEN_REUSED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'INVALID_SIGNATURE'
  | 'LICENCE_INVALID'
  | 'LICENCE_EXPIRED'
  | 'LICENCE_REVOKED'
  | 'LICENCE_SEATS_TAKEN'
  | 'NOT_CONFIGURED'
  | 'UNAVAILABLE'
  | 'INTERNAL';

/**
 * An error a route answers with: `{ error: { code, message } }` and `status` (the SDK's shape).
 * The message reaches the client, so it says what to do.
 *
 * @example
 * throw new HttpError(404, 'NOT_FOUND', 'No webhook endpoint with this id.');
 */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: HttpErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** 404 for a record that does not exist for this user: never 403, so ids of other tenants do not leak. */
export const notFound = (what: string) => new HttpError(404, 'NOT_FOUND', `No ${what} with this id for this account.`);
