import type { BeforeRunRequest, BuilderOptions, OwnerLimits, RunRefusal, StorageAdapter } from '@buildwright/core';
import type { PlanResolver } from '../accounts/plan-resolver.js';
import type { Clock } from '../config/clock.js';
import type { PlanLimits, PlanName } from '../config/plans.js';
import type { Database } from '../db/database.js';
import { secondsToUtcMidnight, utcDay } from './utc-day.js';

/** The builder options that enforce the plans. */
export type QuotaHooks = Required<Pick<BuilderOptions, 'beforeRun' | 'ownerLimits' | 'now' | 'usageTimeZone'>>;

/**
 * The plans, enforced through the SDK's host hooks, so every way a run starts (the builder routes,
 * a trigger, code) is counted and nothing depends on matching routes:
 *
 * - `beforeRun` refuses a disabled account, an account over its plan's tokens of the day (the
 *   SDK's metered usage in `buildwright_owner_usage`), and otherwise takes one of the day's
 *   generations with one atomic statement, so two concurrent requests cannot both take the last
 *   one. It checks tokens before taking a generation, so a refused run never uses one up.
 * - `ownerLimits` caps each run's tokens at the plan's `tokensPerRun` (BUDGET_EXCEEDED past it).
 *
 * Days are UTC (the builder's `usageTimeZone`), on `clock`.
 *
 * @example
 * createBuilder({ ...adapters, ...planQuotaHooks({ db, storage, planOf, plans: config.plans, clock }) });
 */
export function planQuotaHooks(dependencies: { db: Database; storage: StorageAdapter; planOf: PlanResolver; plans: Record<PlanName, PlanLimits>; clock: Clock }): QuotaHooks {
  const { db, storage, planOf, plans, clock } = dependencies;
  const refuse = (message: string, at: Date): RunRefusal => ({ refuse: { code: 'QUOTA_EXCEEDED', message, retryAfterSeconds: secondsToUtcMidnight(at) } });
  return {
    now: clock,
    usageTimeZone: 'UTC',
    async beforeRun(request: BeforeRunRequest) {
      const resolved = await planOf(request.ownerId);
      if (!resolved || resolved.user.disabled) return { refuse: { code: 'PAYMENT_REQUIRED', message: 'This account is disabled: ask its administrator or reseller.' } };
      const { user, plan } = resolved;
      const limits = plans[plan];
      const at = clock();
      const day = utcDay(at);
      const used = await storage.getOwnerUsage({ ownerId: user.id, day });
      const tokens = used.inputTokens + used.outputTokens;
      if (tokens >= limits.tokensPerDay) {
        return refuse(`This account used ${tokens} of the ${limits.tokensPerDay} tokens its ${plan} plan allows per day. It resets at midnight UTC; upgrade under /billing for more.`, at);
      }
      const exhausted = () =>
        refuse(`This account started the ${limits.generationsPerDay} generations its ${plan} plan allows per day. It resets at midnight UTC; upgrade under /billing for more.`, at);
      if (limits.generationsPerDay < 1) return exhausted();
      const { rows } = await db.query(
        `INSERT INTO hs_generation_counts (user_id, day, generations) VALUES ($1, $2, 1)
         ON CONFLICT (user_id, day) DO UPDATE SET generations = hs_generation_counts.generations + 1 WHERE hs_generation_counts.generations < $3
         RETURNING generations`,
        [user.id, day, limits.generationsPerDay],
      );
      return rows.length === 0 ? exhausted() : undefined;
    },
    async ownerLimits(ownerId: string): Promise<OwnerLimits> {
      return { maxTokensPerRun: plans[(await planOf(ownerId))?.plan ?? 'free'].tokensPerRun };
    },
  };
}
