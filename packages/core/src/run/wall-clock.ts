/** A run's wall-time budget: it ticks while the run works and stops while the run waits (for plan approval). */
export interface WallClock {
  /** Starts (or starts again) the clock, `usedMs` already spent: calls `onExceeded` once the budget is used up. */
  start(usedMs: number): void;
  /** Stops the clock and returns the wall time used so far (ms). */
  pause(): number;
}

/**
 * The wall-time budget of one run: `onExceeded` is called when `limitMs` of running time passed,
 * counting only the time between `start` and `pause`.
 *
 * @example
 * const clock = wallClock(limits.maxWallTimeMs, () => controller.abort(budgetExceeded));
 * clock.start(0);
 * const used = clock.pause(); // waiting for approval
 */
export function wallClock(limitMs: number, onExceeded: () => void): WallClock {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let startedAt = 0;
  let used = 0;
  const pause = () => {
    if (timer === undefined) return used;
    clearTimeout(timer);
    timer = undefined;
    used += Date.now() - startedAt;
    return used;
  };
  return {
    start(usedMs) {
      pause();
      used = usedMs;
      startedAt = Date.now();
      timer = setTimeout(onExceeded, Math.max(0, limitMs - usedMs));
      timer.unref?.();
    },
    pause,
  };
}
