import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHostHooks } from './host-hooks.js';

// Issue 14: the default usage time zone (UTC) creates no Intl.DateTimeFormat when a builder is
// created (creating one costs start-up time); other zones still go through Intl.

const usage = { inputTokens: 10, outputTokens: 5, costUsd: 0.01 };
const RealDateTimeFormat = Intl.DateTimeFormat;

/** Watches `new Intl.DateTimeFormat(...)`; each still creates a real one. */
function watchDateTimeFormats() {
  return vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
    return new RealDateTimeFormat(...args);
  } as typeof Intl.DateTimeFormat);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('host hooks: the usage day’s time zone', () => {
  it('default: UTC needs no Intl.DateTimeFormat, and its day ends at midnight UTC', async () => {
    const formats = watchDateTimeFormats();
    const storage = memoryStorage();
    const clock = { now: new Date('2025-03-01T23:59:59.999Z') };
    const hooks = createHostHooks({ storage, recordOwnerUsage: true, ownerLimits: { maxTokensPerDay: 15 }, now: () => clock.now });
    await hooks.meter('owner')!(usage);
    clock.now = new Date('2025-03-02T00:00:00.000Z');
    await hooks.meter('owner')!(usage);
    expect(await storage.getOwnerUsage({ ownerId: 'owner', day: '2025-03-01' })).toMatchObject({ inputTokens: 10, outputTokens: 5 });
    expect(await storage.getOwnerUsage({ ownerId: 'owner', day: '2025-03-02' })).toMatchObject({ inputTokens: 10, outputTokens: 5 });
    // The owner reached the day's limit: refused until the next midnight UTC.
    clock.now = new Date('2025-03-02T12:00:00.000Z');
    await expect(hooks.checkDailyUsage('owner')).rejects.toMatchObject({
      code: 'QUOTA_EXCEEDED',
      details: { day: '2025-03-02', resetsAt: '2025-03-03T00:00:00.000Z', retryAfterSeconds: 12 * 3600 },
    });
    expect(formats).not.toHaveBeenCalled();
  });

  it('behavior: another zone goes through Intl and counts its own calendar day', async () => {
    const formats = watchDateTimeFormats();
    const storage = memoryStorage();
    const hooks = createHostHooks({ storage, recordOwnerUsage: true, usageTimeZone: 'Asia/Tokyo', now: () => new Date('2025-03-01T23:30:00Z') });
    expect(formats).toHaveBeenCalledWith('en-CA', expect.objectContaining({ timeZone: 'Asia/Tokyo' }));
    await hooks.meter('owner')!(usage);
    // 08:30 on 2 March in Tokyo.
    expect(await storage.getOwnerUsage({ ownerId: 'owner', day: '2025-03-02' })).toMatchObject({ inputTokens: 10, outputTokens: 5 });
  });

  it('error: a time zone this runtime does not know is INVALID_INPUT naming it, as before', () => {
    expect(() => createHostHooks({ storage: memoryStorage(), usageTimeZone: 'Not/AZone' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('Invalid usageTimeZone "Not/AZone"') }),
    );
  });
});
