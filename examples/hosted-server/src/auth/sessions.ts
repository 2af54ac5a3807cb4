import { randomUUID } from 'node:crypto';
import type { Clock } from '../config/clock.js';
import { inTransaction, type Database, type Queryable } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import { hashSecret, randomSecret, sameDigest } from './secret-tokens.js';

/** A refresh token as handed to the client: `rt_<tokenId>.<secret>`. */
export interface IssuedRefreshToken {
  token: string;
  sessionId: string;
  expiresAt: Date;
}

const invalid = () => new HttpError(401, 'UNAUTHORIZED', 'The refresh token is not valid: sign in again.');

function parse(token: string): { id: string; secret: string } {
  const match = /^rt_([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) throw invalid();
  return { id: match[1]!, secret: match[2]! };
}

/**
 * Sessions and their rotating refresh tokens. Each refresh uses up its token and returns the next
 * one of the same session; presenting a used token again (a stolen copy, or a replay) revokes the
 * whole session: every refresh token and access token of it stop working.
 */
export function sessionsRepository(db: Database, options: { ttlSeconds: number; clock: Clock }) {
  const expiry = () => new Date(options.clock().getTime() + options.ttlSeconds * 1000);
  const insertToken = async (client: Queryable, sessionId: string): Promise<IssuedRefreshToken> => {
    const id = randomUUID();
    const secret = randomSecret();
    const expiresAt = expiry();
    await client.query('INSERT INTO hs_refresh_tokens (id, session_id, secret_hash, expires_at) VALUES ($1, $2, $3, $4)', [id, sessionId, hashSecret(secret), expiresAt]);
    return { token: `rt_${id}.${secret}`, sessionId, expiresAt };
  };
  return {
    /** A new session for a sign-in, with its first refresh token. */
    async start(userId: string): Promise<IssuedRefreshToken> {
      const sessionId = randomUUID();
      return inTransaction(db, async (client) => {
        await client.query('INSERT INTO hs_sessions (id, user_id) VALUES ($1, $2)', [sessionId, userId]);
        return insertToken(client, sessionId);
      });
    },
    /** Uses `token` up and returns the next one, with the session's user; 401 for anything else. */
    async rotate(token: string): Promise<IssuedRefreshToken & { userId: string }> {
      const { id, secret } = parse(token);
      const outcome = await inTransaction(db, async (client) => {
        const { rows } = await client.query<{ session_id: string; secret_hash: string; expires_at: Date; used_at: Date | null; user_id: string; revoked_at: Date | null }>(
          `SELECT t.session_id, t.secret_hash, t.expires_at, t.used_at, s.user_id, s.revoked_at
             FROM hs_refresh_tokens t JOIN hs_sessions s ON s.id = t.session_id WHERE t.id = $1 FOR UPDATE OF t, s`,
          [id],
        );
        const row = rows[0];
        if (!row || !sameDigest(row.secret_hash, hashSecret(secret)) || row.revoked_at) return { kind: 'invalid' as const };
        if (row.used_at) {
          await client.query(`UPDATE hs_sessions SET revoked_at = now(), revoked_reason = 'refresh token reused' WHERE id = $1`, [row.session_id]);
          return { kind: 'reused' as const };
        }
        if (row.expires_at.getTime() <= options.clock().getTime()) return { kind: 'invalid' as const };
        await client.query('UPDATE hs_refresh_tokens SET used_at = now() WHERE id = $1', [id]);
        return { kind: 'rotated' as const, userId: row.user_id, next: await insertToken(client, row.session_id) };
      });
      if (outcome.kind === 'reused')
        throw new HttpError(401, 'REFRESH_TOKEN_REUSED', 'This refresh token was used before, so the session was ended for safety (a copy of it may be in other hands). Sign in again.');
      if (outcome.kind === 'invalid') throw invalid();
      return { ...outcome.next, userId: outcome.userId };
    },
    /** Ends a session (logout): its refresh and access tokens stop working at once. */
    async revoke(sessionId: string, reason: string): Promise<void> {
      await db.query('UPDATE hs_sessions SET revoked_at = COALESCE(revoked_at, now()), revoked_reason = COALESCE(revoked_reason, $2) WHERE id = $1', [sessionId, reason]);
    },
    /** Ends every session of a user (password change, account disabled). */
    async revokeAll(userId: string, reason: string): Promise<void> {
      await db.query('UPDATE hs_sessions SET revoked_at = now(), revoked_reason = $2 WHERE user_id = $1 AND revoked_at IS NULL', [userId, reason]);
    },
    /** True when the session exists, belongs to `userId` and is not revoked. */
    async isLive(sessionId: string, userId: string): Promise<boolean> {
      const { rows } = await db.query('SELECT 1 FROM hs_sessions WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL', [sessionId, userId]);
      return rows.length > 0;
    },
  };
}

export type SessionsRepository = ReturnType<typeof sessionsRepository>;
