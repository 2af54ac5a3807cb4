import type { BuildwrightEvent, EventType } from './event-types.js';

// Its own module, free of zod, so the browser client can tell a run's end without loading the schemas.
/** Event types that end a run. */
export const terminalEventTypes = ['run.completed', 'run.failed', 'run.cancelled'] as const satisfies readonly EventType[];

const terminal: ReadonlySet<string> = new Set(terminalEventTypes);

/**
 * Whether an event ends its run (`run.completed`, `run.failed`, `run.cancelled`).
 *
 * @example
 * for await (const event of run.events) if (isTerminal(event)) break;
 */
export function isTerminal(event: Pick<BuildwrightEvent, 'type'>): boolean {
  return terminal.has(event.type);
}
