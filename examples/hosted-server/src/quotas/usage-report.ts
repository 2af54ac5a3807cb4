import type { Database } from '../db/database.js';

/** One user's usage on one UTC day. */
export interface DailyUsage {
  day: string;
  generations: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

/**
 * Usage per day of each of `userIds` (each user's list in the order of `days`), in one query:
 * generations from the example's `hs_generation_counts`, tokens and cost from the SDK's per-owner
 * usage (`buildwright_owner_usage` of the same database, metered by the workers on every model call).
 *
 * @example
 * const usage = await dailyUsageOf(db, [user.id], ['2025-03-02', '2025-03-01']);
 * usage.get(user.id); // [{ day: '2025-03-02', generations: 1, inputTokens: 1200, ... }, ...]
 */
export async function dailyUsageOf(db: Database, userIds: readonly string[], days: readonly string[]): Promise<Map<string, DailyUsage[]>> {
  const { rows } = await db.query<{ user_id: string; day: string; generations: number; input_tokens: number; output_tokens: number; cost_usd: number }>(
    `SELECT u.id AS user_id, d.day, COALESCE(g.generations, 0) AS generations, COALESCE(o.input_tokens, 0) AS input_tokens,
       COALESCE(o.output_tokens, 0) AS output_tokens, COALESCE(o.cost_usd, 0) AS cost_usd
     FROM unnest($1::uuid[]) AS u(id)
     CROSS JOIN unnest($2::text[]) WITH ORDINALITY AS d(day, position)
     LEFT JOIN hs_generation_counts g ON g.user_id = u.id AND g.day = d.day::date
     LEFT JOIN buildwright_owner_usage o ON o.owner_id = u.id::text AND o.day = d.day
     ORDER BY d.position`,
    [userIds, days],
  );
  const usage = new Map<string, DailyUsage[]>(userIds.map((id) => [id, []]));
  for (const row of rows) {
    usage.get(row.user_id)?.push({ day: row.day, generations: row.generations, inputTokens: Number(row.input_tokens), outputTokens: Number(row.output_tokens), costUsd: Number(row.cost_usd) });
  }
  return usage;
}

/**
 * One user's usage per day (see `dailyUsageOf`).
 *
 * @example
 * const usage = await dailyUsage(db, user.id, ['2025-03-02', '2025-03-01']);
 */
export async function dailyUsage(db: Database, userId: string, days: readonly string[]): Promise<DailyUsage[]> {
  return (await dailyUsageOf(db, [userId], days)).get(userId)!;
}
