import type { BuilderContext } from './run-context.js';
import { BuildwrightError, isTerminal } from '@buildwright/client';
import type { BuildwrightEvent } from '../events/events.js';
import type { EventBusMessage, EventBusUnsubscribe } from '../spec/event-bus.js';
import { storagePollMs } from './follow-cancel-requests.js';
import { runInProgress } from './run-in-progress.js';

/**
 * Follows a run's events from `afterSeq` until its terminal event, wherever the run executes:
 * it subscribes to the run on the builder's event bus (and to the run's handle when it executes
 * here), then reads the stored events, then yields live ones. Each seq is yielded once, in order,
 * with no gap: a live event past the next seq, or one the bus carried only by seq, is read from
 * storage first. Storage is also read every {@link storagePollMs} while the run executes elsewhere,
 * in case the bus lost a message; the watch ends when the stored run has ended (its status is neither
 * `running` nor `queued` on two reads in a row) even if its terminal event never arrives. A client that
 * reconnects with the last seq it saw loses nothing and sees nothing twice.
 *
 * @example
 * for await (const event of watchRun(builder, { runId, ownerId, afterSeq: 41 })) send(event);
 */
export async function* watchRun(builder: BuilderContext, options: { runId: string; ownerId: string; afterSeq?: number; signal?: AbortSignal }): AsyncGenerator<BuildwrightEvent> {
  const { storage } = builder.options;
  const { runId, ownerId, signal } = options;
  const run = await storage.getRun({ ownerId, runId });
  if (!run) throw new BuildwrightError({ code: 'RUN_NOT_FOUND', message: `Run ${runId} does not exist for this owner.` });
  let lastSeq = options.afterSeq ?? 0;
  /** Live messages past `lastSeq`, by seq. */
  const pending = new Map<number, EventBusMessage>();
  let wake: (() => void) | undefined;
  const notify = () => wake?.();
  const receive = (message: EventBusMessage) => {
    if (message.seq <= lastSeq) return;
    // The same seq from the handle and the bus: keep the one that carries the event.
    if (!pending.get(message.seq)?.event) pending.set(message.seq, message);
    notify();
  };
  const live = builder.activeRuns.get(runId);
  let liveEnded = false;
  const offLive = live?.on('event', (event) => receive({ runId, seq: event.seq, event }));
  live?.result
    .then(
      () => undefined,
      () => undefined,
    )
    .then(() => {
      liveEnded = true;
      notify();
    });
  let offBus: EventBusUnsubscribe | undefined;
  // A run that has ended is replayed from storage alone (the common reconnect after the end).
  if (runInProgress(run.status)) {
    try {
      offBus = await builder.eventBus.subscribe(runId, receive);
    } catch {
      // No live messages from the bus: storage, read every storagePollMs, still brings every event.
    }
  }
  signal?.addEventListener('abort', notify);
  /** Reads of the run's status in a row that found it ended (the first one is the read above). */
  let endedReads = runInProgress(run.status) ? 0 : 1;
  try {
    /** Stored events after `lastSeq`, queued as live messages: the drain yields them in order. */
    const readStored = async () => {
      for (const event of await storage.readEvents({ ownerId, runId, afterSeq: lastSeq })) pending.set(event.seq, { runId, seq: event.seq, event });
    };
    await readStored();
    let pollAt = Date.now() + storagePollMs;
    while (!signal?.aborted) {
      // Yield every pending event that comes next; fill a gap (or a seq without its event) from storage once per round.
      let filled = false;
      while (true) {
        for (const seq of pending.keys()) if (seq <= lastSeq) pending.delete(seq);
        const next = pending.get(lastSeq + 1);
        if (next?.event) {
          pending.delete(next.seq);
          yield next.event;
          lastSeq = next.seq;
          if (isTerminal(next.event)) return;
          continue;
        }
        if (pending.size === 0 || filled) break;
        filled = true;
        await readStored();
      }
      if (liveEnded) return;
      if (!live && Date.now() >= pollAt) {
        try {
          const current = await storage.getRun({ ownerId, runId });
          endedReads = current && !runInProgress(current.status) ? endedReads + 1 : 0;
          await readStored();
        } catch {
          // Storage is down: live messages still arrive; read again at the next poll.
        }
        pollAt = Date.now() + storagePollMs;
        // Its end was stored at least one poll ago and no terminal event followed: it is not coming.
        if (endedReads >= 2 && !pending.get(lastSeq + 1)) return;
        if (pending.size > 0) continue;
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (!live) timer = setTimeout(resolve, Math.max(0, pollAt - Date.now()));
      });
      clearTimeout(timer);
      wake = undefined;
    }
  } finally {
    offLive?.();
    signal?.removeEventListener('abort', notify);
    await offBus?.().catch(() => undefined);
  }
}
