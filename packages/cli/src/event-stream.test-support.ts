import { readEventStream } from '@buildwright/client';
import type { BuildwrightEvent } from '@buildwright/core';

/** What a run's event stream (`GET /runs/:id/events`) carried until the server ended it. */
export interface StreamRead {
  /** Its events, in the order they arrived. */
  events: BuildwrightEvent[];
  /** The reason of its closing `end` message (`ended`, `detached`); `undefined` when it closed without one. */
  end: string | undefined;
}

/**
 * Reads a run's Server-Sent Events stream to its end; `onEvent` sees each event as it arrives.
 *
 * @example
 * const { events, end } = await readStream(await fetch(`${url}/runs/${runId}/events`));
 */
export async function readStream(response: Response, onEvent?: (event: BuildwrightEvent) => void): Promise<StreamRead> {
  if (!response.ok || !response.body) throw new Error(`the event stream answered ${response.status}: ${await response.text()}`);
  const events: BuildwrightEvent[] = [];
  let end: string | undefined;
  for await (const message of readEventStream(response.body)) {
    if (message.event === 'message') {
      const event = JSON.parse(message.data) as BuildwrightEvent;
      events.push(event);
      onEvent?.(event);
    } else if (message.event === 'end') end = (JSON.parse(message.data) as { reason: string }).reason;
    else throw new Error(`the event stream sent "${message.event}": ${message.data}`);
  }
  return { events, end };
}
