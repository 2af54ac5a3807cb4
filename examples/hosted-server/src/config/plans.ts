/** The plans a user can be on. */
export const planNames = ['free', 'pro', 'team'] as const;
export type PlanName = (typeof planNames)[number];

/** What a plan allows per UTC day and per run. */
export interface PlanLimits {
  /** Runs (generations and edits) admitted per day. */
  generationsPerDay: number;
  /** Input + output tokens per day; once reached, new runs are refused until midnight UTC. */
  tokensPerDay: number;
  /** Input + output tokens one run may use before it fails with BUDGET_EXCEEDED. */
  tokensPerRun: number;
}

/** The default plan table; `loadConfig` lets PLAN_<NAME>_GENERATIONS etc. override it. */
export const defaultPlans: Record<PlanName, PlanLimits> = {
  free: { generationsPerDay: 5, tokensPerDay: 200_000, tokensPerRun: 100_000 },
  pro: { generationsPerDay: 100, tokensPerDay: 5_000_000, tokensPerRun: 1_000_000 },
  team: { generationsPerDay: 500, tokensPerDay: 25_000_000, tokensPerRun: 2_000_000 },
};

export function isPlanName(value: unknown): value is PlanName {
  return typeof value === 'string' && (planNames as readonly string[]).includes(value);
}

/** The larger of the plans (free < pro < team); `free` for none. */
export function bestPlan(plans: readonly PlanName[]): PlanName {
  return plans.reduce<PlanName>((best, plan) => (planNames.indexOf(plan) > planNames.indexOf(best) ? plan : best), 'free');
}
