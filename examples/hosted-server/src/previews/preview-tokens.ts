import { jwtVerify, SignJWT } from 'jose';
import type { Clock } from '../config/clock.js';

const audience = 'buildwright-hosted-server:preview';

/**
 * Short-lived tokens naming one project of one user, carried in the preview's path: an iframe
 * sends no Authorization header, and relative asset URLs keep the path, so the whole preview is
 * reachable with the token and nothing else.
 */
export function previewTokens(options: { secret: string; ttlSeconds: number; clock: Clock }) {
  const key = new TextEncoder().encode(`preview:${options.secret}`);
  return {
    async issue(userId: string, projectId: string): Promise<string> {
      const now = Math.floor(options.clock().getTime() / 1000);
      return new SignJWT({ pid: projectId })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(userId)
        .setAudience(audience)
        .setIssuedAt(now)
        .setExpirationTime(now + options.ttlSeconds)
        .sign(key);
    },
    /** The user and project, or undefined for a bad or expired token. */
    async verify(token: string): Promise<{ userId: string; projectId: string } | undefined> {
      try {
        const { payload } = await jwtVerify(token, key, { audience, algorithms: ['HS256'], currentDate: options.clock() });
        return typeof payload.sub === 'string' && typeof payload['pid'] === 'string' ? { userId: payload.sub, projectId: payload['pid'] } : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
