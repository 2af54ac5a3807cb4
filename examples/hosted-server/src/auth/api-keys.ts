import { randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import type { KeyScope } from './roles.js';
import { hashSecret, randomSecret, sameDigest } from './secret-tokens.js';

/** Start of every key: lets secret scanners (and people) recognise one. */
export const apiKeyPrefix = 'bwk_';

/** An API key as listed: never its secret. */
export interface ApiKey {
  id: string;
  name: string;
  /** The visible start of the key (`bwk_<lookup>`), to tell keys apart. */
  prefix: string;
  scopes: KeyScope[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

interface ApiKeyRow {
  id: string;
  name: string;
  lookup: string;
  scopes: KeyScope[];
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

const toApiKey = (row: ApiKeyRow): ApiKey => ({
  id: row.id,
  name: row.name,
  prefix: `${apiKeyPrefix}${row.lookup}`,
  scopes: row.scopes,
  createdAt: row.created_at.toISOString(),
  lastUsedAt: row.last_used_at?.toISOString() ?? null,
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

const columns = 'id, name, lookup, scopes, created_at, last_used_at, revoked_at';

/** `last_used_at` is written at most this often per key, so busy keys do not write on every request. */
const lastUsedResolutionMs = 60_000;

/**
 * API keys: `bwk_<lookup>_<secret>`, shown once; only the SHA-256 of the secret is stored.
 * The lookup part finds the row, the secret is compared in constant time.
 */
export function apiKeysRepository(db: Database) {
  return {
    /** A new key; `key` is returned this once and cannot be read again. */
    async create(userId: string, input: { name: string; scopes: KeyScope[] }): Promise<{ key: string; apiKey: ApiKey }> {
      const lookup = randomBytes(6).toString('hex');
      const secret = randomSecret();
      const { rows } = await db.query<ApiKeyRow>(`INSERT INTO hs_api_keys (id, user_id, name, lookup, secret_hash, scopes) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${columns}`, [
        randomUUID(),
        userId,
        input.name,
        lookup,
        hashSecret(secret),
        input.scopes,
      ]);
      return { key: `${apiKeyPrefix}${lookup}_${secret}`, apiKey: toApiKey(rows[0]!) };
    },
    async list(userId: string): Promise<ApiKey[]> {
      const { rows } = await db.query<ApiKeyRow>(`SELECT ${columns} FROM hs_api_keys WHERE user_id = $1 ORDER BY created_at DESC, id`, [userId]);
      return rows.map(toApiKey);
    },
    /** Revokes one of the user's keys; false when the user has no such key. */
    async revoke(userId: string, id: string): Promise<boolean> {
      const { rowCount } = await db.query('UPDATE hs_api_keys SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 AND user_id = $2', [id, userId]);
      return (rowCount ?? 0) > 0;
    },
    /** The live key `presented` is, with its owner, and marks it used; undefined for anything else. */
    async authenticate(presented: string): Promise<{ keyId: string; userId: string; scopes: KeyScope[] } | undefined> {
      const match = /^bwk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/.exec(presented);
      if (!match) return undefined;
      const { rows } = await db.query<{ id: string; user_id: string; secret_hash: string; scopes: KeyScope[]; revoked_at: Date | null; last_used_at: Date | null }>(
        'SELECT id, user_id, secret_hash, scopes, revoked_at, last_used_at FROM hs_api_keys WHERE lookup = $1',
        [match[1]],
      );
      const row = rows[0];
      if (!row || row.revoked_at || !sameDigest(row.secret_hash, hashSecret(match[2]!))) return undefined;
      if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > lastUsedResolutionMs) {
        await db.query('UPDATE hs_api_keys SET last_used_at = now() WHERE id = $1', [row.id]);
      }
      return { keyId: row.id, userId: row.user_id, scopes: row.scopes };
    },
  };
}

export type ApiKeysRepository = ReturnType<typeof apiKeysRepository>;
