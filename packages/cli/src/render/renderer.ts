import type { BuildwrightEvent } from '@buildwright/core';

/** Shows a run's events: to people (`human.ts`) or to programs (`ndjson.ts`). */
export interface Renderer {
  /** One event of the run, in `seq` order. */
  event(event: BuildwrightEvent): void;
  /** A message from the CLI itself (not an event): the human renderer shows it, NDJSON sends it to stderr. */
  note(message: string): void;
  /** Stops spinners and timers; called once when the command ends. */
  close(): void;
}
