import { randomUUID } from 'node:crypto';
import type { Clock } from '../config/clock.js';
import type { PlanName } from '../config/plans.js';
import { inTransaction, type Database } from '../db/database.js';
import { HttpError } from '../http/http-error.js';
import { signLicenceKey, verifyLicenceKey, type LicenceClaims } from './licence-keys.js';
import { licenceRefusal } from './licence-refusal.js';

/** An issued licence as listed (the key is shown once, when issued). */
export interface Licence {
  id: string;
  licensee: string;
  plan: PlanName;
  seats: number;
  seatsUsed: number;
  expiresAt: string;
  revoked: boolean;
  createdAt: string;
}

/** What `/licences/validate` answers. */
export type LicenceStatus = { valid: true; claims: LicenceClaims; seatsUsed: number } | { valid: false; reason: 'malformed' | 'bad-signature' | 'expired' | 'revoked' | 'unknown' };

interface LicenceRow {
  id: string;
  licensee: string;
  plan: PlanName;
  seats: number;
  seats_used: number;
  expires_at: Date;
  revoked_at: Date | null;
  created_at: Date;
}
const toLicence = (row: LicenceRow): Licence => ({
  id: row.id,
  licensee: row.licensee,
  plan: row.plan,
  seats: row.seats,
  seatsUsed: Number(row.seats_used),
  expiresAt: row.expires_at.toISOString(),
  revoked: row.revoked_at !== null,
  createdAt: row.created_at.toISOString(),
});
const select = `SELECT l.id, l.licensee, l.plan, l.seats, l.expires_at, l.revoked_at, l.created_at,
  (SELECT count(*) FROM hs_licence_activations a WHERE a.licence_id = l.id) AS seats_used FROM hs_licences l`;

/**
 * Issued licences (`hs_licences`) and their seats (`hs_licence_activations`). Keys are signed
 * with the deployment's Ed25519 private key; validation checks the signature, the expiry and
 * that the licence was not revoked.
 */
export function licenceStore(db: Database, options: { privateKeyPem?: string; publicKeyPem?: string; clock: Clock }) {
  const keys = () => {
    if (!options.privateKeyPem || !options.publicKeyPem)
      throw new HttpError(503, 'NOT_CONFIGURED', 'Licences are not configured: set LICENCE_PRIVATE_KEY and LICENCE_PUBLIC_KEY (npm run licence-keys prints a pair).');
    return { privateKeyPem: options.privateKeyPem, publicKeyPem: options.publicKeyPem };
  };
  const status = async (key: string): Promise<LicenceStatus> => {
    const checked = verifyLicenceKey(key, keys().publicKeyPem, options.clock());
    if (!checked.valid) return { valid: false, reason: checked.reason };
    const { rows } = await db.query<LicenceRow>(`${select} WHERE l.id = $1`, [checked.claims.id]);
    const row = rows[0];
    if (!row) return { valid: false, reason: 'unknown' };
    if (row.revoked_at) return { valid: false, reason: 'revoked' };
    return { valid: true, claims: checked.claims, seatsUsed: Number(row.seats_used) };
  };
  return {
    /** Issues a licence; returns its key (shown once) and record. */
    async issue(issuedBy: string, input: { licensee: string; plan: PlanName; seats: number; expiresAt: Date }): Promise<{ key: string; licence: Licence }> {
      const { privateKeyPem } = keys();
      const id = randomUUID();
      const claims: LicenceClaims = { id, licensee: input.licensee, plan: input.plan, seats: input.seats, expiresAt: input.expiresAt.toISOString(), issuedAt: options.clock().toISOString() };
      const key = signLicenceKey(claims, privateKeyPem);
      await db.query('INSERT INTO hs_licences (id, issued_by, licensee, plan, seats, expires_at) VALUES ($1, $2, $3, $4, $5, $6)', [
        id,
        issuedBy,
        input.licensee,
        input.plan,
        input.seats,
        input.expiresAt,
      ]);
      const { rows } = await db.query<LicenceRow>(`${select} WHERE l.id = $1`, [id]);
      return { key, licence: toLicence(rows[0]!) };
    },
    /** Licences issued by `issuedBy`, or every licence when undefined (admin). */
    async list(issuedBy: string | undefined): Promise<Licence[]> {
      const { rows } = await db.query<LicenceRow>(`${select} WHERE ($1::uuid IS NULL OR l.issued_by = $1) ORDER BY l.created_at DESC, l.id`, [issuedBy ?? null]);
      return rows.map(toLicence);
    },
    /** Revokes a licence issued by `issuedBy` (any, when undefined); false when there is none. */
    async revoke(id: string, issuedBy: string | undefined): Promise<boolean> {
      const { rowCount } = await db.query('UPDATE hs_licences SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 AND ($2::uuid IS NULL OR issued_by = $2)', [id, issuedBy ?? null]);
      return (rowCount ?? 0) > 0;
    },
    status,
    /** Plans of the valid (unexpired, unrevoked) licences each of `userIds` activated, in one query (a user with none: no entry). */
    async activePlansOf(userIds: readonly string[]): Promise<Map<string, PlanName[]>> {
      const { rows } = await db.query<{ user_id: string; plan: PlanName }>(
        'SELECT a.user_id, l.plan FROM hs_licence_activations a JOIN hs_licences l ON l.id = a.licence_id WHERE a.user_id = ANY($1::uuid[]) AND l.revoked_at IS NULL AND l.expires_at > $2',
        [userIds, options.clock()],
      );
      const plans = new Map<string, PlanName[]>();
      for (const row of rows) plans.set(row.user_id, [...(plans.get(row.user_id) ?? []), row.plan]);
      return plans;
    },
    /**
     * Takes one seat of a valid licence for `userId` (again: nothing changes) and returns its plan.
     * 400 `LICENCE_EXPIRED`, `LICENCE_REVOKED` or `LICENCE_INVALID` for a key that is not valid;
     * 400 `LICENCE_SEATS_TAKEN` when every seat is taken.
     */
    async activate(key: string, userId: string): Promise<LicenceClaims> {
      const checked = await status(key);
      if (!checked.valid) throw licenceRefusal(checked.reason);
      const { claims } = checked;
      await inTransaction(db, async (client) => {
        const { rows } = await client.query<{ seats: number; revoked_at: Date | null }>('SELECT seats, revoked_at FROM hs_licences WHERE id = $1 FOR UPDATE', [claims.id]);
        if (!rows[0] || rows[0].revoked_at) throw licenceRefusal('revoked');
        const mine = await client.query('SELECT 1 FROM hs_licence_activations WHERE licence_id = $1 AND user_id = $2', [claims.id, userId]);
        if (mine.rows.length > 0) return;
        const used = await client.query<{ count: string }>('SELECT count(*) FROM hs_licence_activations WHERE licence_id = $1', [claims.id]);
        if (Number(used.rows[0]!.count) >= rows[0].seats) throw new HttpError(400, 'LICENCE_SEATS_TAKEN', `Every seat of this licence is taken (${rows[0].seats}): ask its issuer for more.`);
        await client.query('INSERT INTO hs_licence_activations (licence_id, user_id) VALUES ($1, $2)', [claims.id, userId]);
      });
      return claims;
    },
  };
}

export type LicenceStore = ReturnType<typeof licenceStore>;
