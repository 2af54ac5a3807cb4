import type { BuildwrightEvent } from '@buildwright/core';

/**
 * Collects a run's events as they come, and waits for one (test use only): `seen(test)` resolves
 * with the first event, past or future, that passes `test`; `done` once the run's events end.
 */
export function watchedEvents(run: AsyncIterable<BuildwrightEvent>) {
  const events: BuildwrightEvent[] = [];
  const waiting: Array<{ test: (event: BuildwrightEvent) => boolean; resolve: (event: BuildwrightEvent) => void }> = [];
  const seen = (test: (event: BuildwrightEvent) => boolean) =>
    new Promise<BuildwrightEvent>((resolve) => {
      const found = events.find(test);
      if (found) resolve(found);
      else waiting.push({ test, resolve });
    });
  const done = (async () => {
    for await (const event of run) {
      events.push(event);
      for (const waiter of waiting.filter(({ test }) => test(event))) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(event);
      }
    }
  })();
  return { events, seen, done };
}
