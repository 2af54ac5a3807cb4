import { describe, expect, it } from 'vitest';
import { assertTimeZone, nextDayStart, usageDay } from './usage-day.js';

describe('usageDay', () => {
  it('default: the calendar day of an instant in the time zone', () => {
    expect(usageDay(new Date('2025-03-01T23:30:00Z'), 'UTC')).toBe('2025-03-01');
    expect(usageDay(new Date('2025-03-01T23:30:00Z'), 'Asia/Tokyo')).toBe('2025-03-02');
    expect(usageDay(new Date('2025-03-01T04:30:00Z'), 'America/New_York')).toBe('2025-02-28');
  });

  it('error: an unknown time zone is INVALID_INPUT naming it', () => {
    expect(() => assertTimeZone('Not/AZone')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('"Not/AZone"') }));
  });
});

describe('nextDayStart', () => {
  it('default: the next midnight in the time zone', () => {
    expect(nextDayStart(new Date('2025-03-01T12:00:00Z'), 'UTC').toISOString()).toBe('2025-03-02T00:00:00.000Z');
    expect(nextDayStart(new Date('2025-03-01T12:00:00Z'), 'Asia/Kolkata').toISOString()).toBe('2025-03-01T18:30:00.000Z');
  });

  it('behavior: a day 23 hours long (clocks spring forward) ends at the right instant', () => {
    // New York, 9 March 2025: 02:00 EST became 03:00 EDT, so the next midnight is at UTC-4.
    expect(nextDayStart(new Date('2025-03-09T06:00:00Z'), 'America/New_York').toISOString()).toBe('2025-03-10T04:00:00.000Z');
  });

  it('behavior: in a zone whose clocks skip midnight, the day starts at 01:00', () => {
    // Santiago, 8 September 2024: clocks went from 23:59:59 on the 7th to 01:00 on the 8th.
    expect(nextDayStart(new Date('2024-09-07T15:00:00Z'), 'America/Santiago').toISOString()).toBe('2024-09-08T04:00:00.000Z');
  });
});
