import { BuildwrightError } from '@buildwright/client';

const formats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    try {
      // en-CA writes dates as YYYY-MM-DD.
      format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch (error) {
      throw new BuildwrightError({
        code: 'INVALID_INPUT',
        docsPage: 'host-hooks.md#options',
        message: `Invalid usageTimeZone "${timeZone}": use an IANA time zone name such as "UTC", "Europe/Berlin" or "America/New_York".`,
        cause: error,
      });
    }
    formats.set(timeZone, format);
  }
  return format;
}

/**
 * The default zone, whose day is the date part of an ISO string: no `Intl.DateTimeFormat` is
 * created for it (creating one costs a builder's start-up several milliseconds, issue 14).
 */
const utc = 'UTC';

/** Throws INVALID_INPUT unless `timeZone` is an IANA time zone this runtime knows. */
export function assertTimeZone(timeZone: string): void {
  if (timeZone !== utc) dayFormat(timeZone);
}

/**
 * The calendar day (`YYYY-MM-DD`) of an instant in a time zone: the key of an owner's daily usage.
 *
 * @example
 * usageDay(new Date('2025-03-01T23:30:00Z'), 'Asia/Tokyo'); // '2025-03-02'
 */
export function usageDay(at: Date, timeZone: string): string {
  if (timeZone === utc) return at.toISOString().slice(0, 10);
  const parts = dayFormat(timeZone).formatToParts(at);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The first instant after `at` that falls on another day in `timeZone`: when the daily quota
 * resets. Found by bisection over the next two days, so it is right across daylight-saving
 * changes, including zones whose clocks skip midnight.
 *
 * @example
 * nextDayStart(new Date('2025-03-01T12:00:00Z'), 'UTC'); // 2025-03-02T00:00:00.000Z
 */
export function nextDayStart(at: Date, timeZone: string): Date {
  const today = usageDay(at, timeZone);
  let low = at.getTime();
  let high = low + 50 * 3_600_000;
  // Invariant: `low` is still today, `high` is a later day; stop at millisecond precision.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (usageDay(new Date(middle), timeZone) === today) low = middle;
    else high = middle;
  }
  return new Date(high);
}
