import { useEffect, useRef } from 'react';

/** Calls `tick(dt)` once per animation frame (dt in seconds, capped at 0.1) until unmounted. */
export function useGameLoop(tick: (dt: number) => void): void {
  const latest = useRef(tick);
  useEffect(() => {
    latest.current = tick;
  });
  useEffect(() => {
    let frame = 0;
    let last = performance.now();
    const step = (now: number) => {
      latest.current(Math.min((now - last) / 1000, 0.1));
      last = now;
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, []);
}
