/** The UTC calendar day of `at`, `YYYY-MM-DD` (the usage day of the builder's default `usageTimeZone`). */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Whole seconds from `at` to the next UTC midnight (at least 1): when a daily quota resets. */
export function secondsToUtcMidnight(at: Date): number {
  const next = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() + 1);
  return Math.max(1, Math.ceil((next - at.getTime()) / 1000));
}

/** The `count` UTC days ending with `at`'s, newest first. */
export function lastUtcDays(at: Date, count: number): string[] {
  return Array.from({ length: count }, (_, index) => utcDay(new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate() - index))));
}
