import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import type { PlanName } from '../config/plans.js';
import type { Role } from '../auth/roles.js';
import { HttpError } from '../http/http-error.js';

/** An account as the routes show it (never its password hash). */
export interface User {
  id: string;
  email: string;
  role: Role;
  plan: PlanName;
  createdBy: string | null;
  disabled: boolean;
  createdAt: string;
  stripeCustomerId: string | null;
  subscriptionStatus: string | null;
}

const columns = 'id, email, role, plan, created_by, disabled_at, created_at, stripe_customer_id, subscription_status';

interface UserRow {
  id: string;
  email: string;
  role: Role;
  plan: PlanName;
  created_by: string | null;
  disabled_at: Date | null;
  created_at: Date;
  stripe_customer_id: string | null;
  subscription_status: string | null;
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    plan: row.plan,
    createdBy: row.created_by,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at.toISOString(),
    stripeCustomerId: row.stripe_customer_id,
    subscriptionStatus: row.subscription_status,
  };
}

/** Emails are compared lowercased and trimmed. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** The accounts table (`hs_users`). */
export function usersRepository(db: Database) {
  return {
    /** A new account; 409 CONFLICT when the email is taken. */
    async create(input: { email: string; passwordHash: string; role: Role; plan?: PlanName; createdBy?: string }): Promise<User> {
      try {
        const { rows } = await db.query<UserRow>(`INSERT INTO hs_users (id, email, password_hash, role, plan, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${columns}`, [
          randomUUID(),
          normalizeEmail(input.email),
          input.passwordHash,
          input.role,
          input.plan ?? 'free',
          input.createdBy ?? null,
        ]);
        return toUser(rows[0]!);
      } catch (error) {
        if ((error as { code?: string }).code === '23505') throw new HttpError(409, 'CONFLICT', 'An account with this email exists: sign in instead.');
        throw error;
      }
    },
    async byId(id: string): Promise<User | undefined> {
      const { rows } = await db.query<UserRow>(`SELECT ${columns} FROM hs_users WHERE id = $1`, [id]);
      return rows[0] && toUser(rows[0]);
    },
    /** The account and its password hash, for sign-in. */
    async credentials(email: string): Promise<{ user: User; passwordHash: string } | undefined> {
      const { rows } = await db.query<UserRow & { password_hash: string }>(`SELECT ${columns}, password_hash FROM hs_users WHERE email = $1`, [normalizeEmail(email)]);
      return rows[0] && { user: toUser(rows[0]), passwordHash: rows[0].password_hash };
    },
    /** Every account (admin), newest first. */
    async list(options: { createdBy?: string; limit: number; offset: number }): Promise<User[]> {
      const { rows } =
        options.createdBy === undefined
          ? await db.query<UserRow>(`SELECT ${columns} FROM hs_users ORDER BY created_at DESC, id LIMIT $1 OFFSET $2`, [options.limit, options.offset])
          : await db.query<UserRow>(`SELECT ${columns} FROM hs_users WHERE created_by = $3 ORDER BY created_at DESC, id LIMIT $1 OFFSET $2`, [options.limit, options.offset, options.createdBy]);
      return rows.map(toUser);
    },
    /** Changes plan, role or disabled state; `createdBy` limits it to a reseller's own customers. Undefined when no such account. */
    async update(id: string, changes: { plan?: PlanName | undefined; role?: Role | undefined; disabled?: boolean | undefined }, scope: { createdBy?: string } = {}): Promise<User | undefined> {
      const { rows } = await db.query<UserRow>(
        `UPDATE hs_users SET plan = COALESCE($2, plan), role = COALESCE($3, role),
           disabled_at = CASE WHEN $4::boolean IS NULL THEN disabled_at WHEN $4 THEN COALESCE(disabled_at, now()) ELSE NULL END
         WHERE id = $1 AND ($5::uuid IS NULL OR created_by = $5) RETURNING ${columns}`,
        [id, changes.plan ?? null, changes.role ?? null, changes.disabled ?? null, scope.createdBy ?? null],
      );
      return rows[0] && toUser(rows[0]);
    },
  };
}

export type UsersRepository = ReturnType<typeof usersRepository>;
