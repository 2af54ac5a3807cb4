import { errors, jwtVerify, SignJWT } from 'jose';
import type { Clock } from '../config/clock.js';
import { HttpError } from '../http/http-error.js';

const issuer = 'buildwright-hosted-server';
const audience = 'buildwright-hosted-server:api';

/** What an access token says: the user and the session it was issued for. */
export interface AccessTokenClaims {
  userId: string;
  sessionId: string;
}

/** Signs and verifies the short-lived access tokens (JWT, HS256). */
export interface AccessTokens {
  issue(claims: AccessTokenClaims): Promise<{ token: string; expiresAt: Date }>;
  /** The claims, or 401 `TOKEN_EXPIRED` / `UNAUTHORIZED`. */
  verify(token: string): Promise<AccessTokenClaims>;
}

/**
 * Access tokens signed with `secret`, valid `ttlSeconds` by `clock`.
 *
 * @example
 * const tokens = accessTokens({ secret: config.jwtSecret, ttlSeconds: 900, clock: systemClock });
 */
export function accessTokens(options: { secret: string; ttlSeconds: number; clock: Clock }): AccessTokens {
  const key = new TextEncoder().encode(options.secret);
  return {
    async issue(claims) {
      const now = options.clock();
      const issuedAt = Math.floor(now.getTime() / 1000);
      const expiresAt = new Date((issuedAt + options.ttlSeconds) * 1000);
      const token = await new SignJWT({ sid: claims.sessionId })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(claims.userId)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(issuedAt)
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
      return { token, expiresAt };
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { issuer, audience, algorithms: ['HS256'], currentDate: options.clock() });
        if (typeof payload.sub !== 'string' || typeof payload['sid'] !== 'string') throw new HttpError(401, 'UNAUTHORIZED', 'The access token is malformed: sign in again.');
        return { userId: payload.sub, sessionId: payload['sid'] };
      } catch (error) {
        if (error instanceof HttpError) throw error;
        if (error instanceof errors.JWTExpired) throw new HttpError(401, 'TOKEN_EXPIRED', 'The access token expired: get a new one from POST /auth/refresh.');
        throw new HttpError(401, 'UNAUTHORIZED', 'The access token is not valid: sign in again.');
      }
    },
  };
}
