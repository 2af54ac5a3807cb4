import { bestPlan, type PlanName } from '../config/plans.js';
import type { LicenceStore } from '../licences/licence-store.js';
import type { User, UsersRepository } from './users.js';

/** The account and the plan that applies to it now. */
export type PlanResolver = (userId: string) => Promise<{ user: User; plan: PlanName } | undefined>;

/**
 * The plan in force: the best of the account's own plan (free, or what Stripe or an admin set)
 * and the plans of the licences it activated that are neither expired nor revoked, so a licence
 * stops counting the moment it expires or is revoked.
 *
 * @example
 * const resolved = await planOf(userId);
 */
export function planResolver(dependencies: { users: UsersRepository; licences: LicenceStore }): PlanResolver {
  return async (userId) => {
    const user = await dependencies.users.byId(userId);
    if (!user) return undefined;
    return { user, plan: (await plansInForce(dependencies.licences, [user])).get(user.id)! };
  };
}

/**
 * The plan in force of each of `users` (see `planResolver`), by id: their licences read in one query.
 *
 * @example
 * const plans = await plansInForce(licences, customers);
 */
export async function plansInForce(licences: LicenceStore, users: readonly User[]): Promise<Map<string, PlanName>> {
  const licensed = await licences.activePlansOf(users.map((user) => user.id));
  return new Map(users.map((user) => [user.id, bestPlan([user.plan, ...(licensed.get(user.id) ?? [])])]));
}
