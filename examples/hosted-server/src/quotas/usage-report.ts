import type { StorageAdapter } from '@buildwright/core';
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
 * Usage per day: generations from the example's `hs_generation_counts`, tokens and cost from the
 * SDK's per-owner usage (metered by the workers on every model call).
 *
 * @example
 * const usage = await dailyUsage({ db, storage }, user.id, ['2025-03-02', '2025-03-01']);
 */
export async function dailyUsage(dependencies: { db: Database; storage: StorageAdapter }, userId: string, days: string[]): Promise<DailyUsage[]> {
  const { rows } = await dependencies.db.query<{ day: string; generations: number }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day, generations FROM hs_generation_counts WHERE user_id = $1 AND day = ANY($2::date[])`,
    [userId, days],
  );
  const generations = new Map(rows.map((row) => [row.day, row.generations]));
  return Promise.all(
    days.map(async (day) => {
      const used = await dependencies.storage.getOwnerUsage({ ownerId: userId, day });
      return { day, generations: generations.get(day) ?? 0, inputTokens: used.inputTokens, outputTokens: used.outputTokens, costUsd: used.costUsd };
    }),
  );
}
