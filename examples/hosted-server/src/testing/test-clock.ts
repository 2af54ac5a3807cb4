import type { Clock } from '../config/clock.js';

/** A clock the test moves: `clock.now()` reads it, `advance(ms)` moves it (tokens expire, days turn). */
export function testClock(start = new Date()): { now: Clock; advance(ms: number): void; set(at: Date): void } {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => void (current += ms),
    set: (at) => void (current = at.getTime()),
  };
}
