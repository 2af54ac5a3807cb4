import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Database } from '../db/database.js';

/** An incoming trigger: a URL that starts a generation for its owner. */
export interface Trigger {
  id: string;
  name: string;
  kind: 'web' | 'dapp' | 'api';
  createdAt: string;
  revoked: boolean;
}

interface TriggerRow {
  id: string;
  user_id: string;
  name: string;
  kind: Trigger['kind'];
  created_at: Date;
  revoked_at: Date | null;
}
const toTrigger = (row: TriggerRow): Trigger => ({ id: row.id, name: row.name, kind: row.kind, createdAt: row.created_at.toISOString(), revoked: row.revoked_at !== null });

/**
 * Incoming triggers (`hs_triggers`), Zapier / n8n style: `POST /hooks/triggers/<id>/<signature>`
 * with `{ "prompt": "…" }` starts a generation as the trigger's owner. The signature is an HMAC of
 * the id under APP_SECRET, so the URL cannot be forged or guessed, and nothing secret is stored;
 * revoking the trigger ends it.
 */
export function triggerStore(db: Database, options: { appSecret: string }) {
  const signatureOf = (id: string) => createHmac('sha256', `triggers:${options.appSecret}`).update(id).digest('base64url');
  return {
    signatureOf,
    async create(userId: string, input: { name: string; kind: Trigger['kind'] }): Promise<Trigger> {
      const { rows } = await db.query<TriggerRow>('INSERT INTO hs_triggers (id, user_id, name, kind) VALUES ($1, $2, $3, $4) RETURNING *', [randomUUID(), userId, input.name, input.kind]);
      return toTrigger(rows[0]!);
    },
    async list(userId: string): Promise<Trigger[]> {
      const { rows } = await db.query<TriggerRow>('SELECT * FROM hs_triggers WHERE user_id = $1 ORDER BY created_at, id', [userId]);
      return rows.map(toTrigger);
    },
    async revoke(userId: string, id: string): Promise<boolean> {
      const { rowCount } = await db.query('UPDATE hs_triggers SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 AND user_id = $2', [id, userId]);
      return (rowCount ?? 0) > 0;
    },
    /** The live trigger `id` signed by `signature`, with its owner; undefined otherwise. */
    async resolve(id: string, signature: string): Promise<(Trigger & { userId: string }) | undefined> {
      const expected = Buffer.from(signatureOf(id));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      const { rows } = await db.query<TriggerRow>('SELECT * FROM hs_triggers WHERE id = $1 AND revoked_at IS NULL', [id]);
      return rows[0] && { ...toTrigger(rows[0]), userId: rows[0].user_id };
    },
  };
}

export type TriggerStore = ReturnType<typeof triggerStore>;
