import { BuildwrightError } from '@buildwright/client';
import type { BuildwrightEvent } from '../events/events.js';
import type { StorageAdapter } from '../spec/storage.js';

/** Events read from storage per query when a stream replays a run, unless told otherwise. */
export const defaultEventPageSize = 500;

/**
 * The stored events of a run after `afterSeq`, in seq order, one page of at most `pageSize` per
 * query: each page is yielded, and the event loop turns once, before the next is read (after the
 * last seq of the page), so a replay of many events starts sending at once and never holds them
 * all. Ends after a page shorter than `pageSize`.
 *
 * @example
 * for await (const page of readEventPages(storage, { ownerId, runId, afterSeq: 0, pageSize: 500 })) for (const event of page) send(event);
 */
export async function* readEventPages(storage: Pick<StorageAdapter, 'readEvents'>, input: { ownerId: string; runId: string; afterSeq: number; pageSize: number }): AsyncGenerator<BuildwrightEvent[]> {
  if (!Number.isInteger(input.pageSize) || input.pageSize < 1) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', message: `A page of events needs a whole number of events of at least 1 (got ${input.pageSize}).` });
  }
  let afterSeq = input.afterSeq;
  while (true) {
    const page = await storage.readEvents({ ownerId: input.ownerId, runId: input.runId, afterSeq, limit: input.pageSize });
    if (page.length > 0) yield page;
    if (page.length < input.pageSize) return;
    afterSeq = page.at(-1)!.seq;
    // An embedded store (PGlite) answers in microtasks: without this turn of the event loop the
    // pages already sent would reach the socket only after the last one was read.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
