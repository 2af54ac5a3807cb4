import { setTimeout as sleep } from 'node:timers/promises';
import type { BuilderContext } from './run-context.js';
import { BuildwrightError } from '@buildwright/client';
import type { BuildwrightEvent, EventInput } from '../events/events.js';
import type { RunRecord, StorageAdapter } from '../spec/storage.js';
import type { RunEvents } from './run-events.js';

/** How a run ended, to store: its record's status and error, and its terminal event. */
export interface RunEnd {
  status: 'failed' | 'cancelled';
  error: BuildwrightError;
  event: Extract<EventInput, { type: 'run.failed' | 'run.cancelled' }>;
  costUsd: number;
}

/** How long a run end that could not be stored keeps being retried in the background. */
export const storeRunEndForMs = 10 * 60_000;

const isUnavailable = (error: unknown) => BuildwrightError.isInstance(error) && error.code === 'STORAGE_UNAVAILABLE';

/**
 * Stores how a run ended (status, then the terminal event). When storage is unavailable
 * (`STORAGE_UNAVAILABLE`), the terminal event still reaches this process's listeners at once,
 * and storing it is retried in the background until it succeeds, the run is resumed, the builder
 * closes, or {@link storeRunEndForMs} passes. A run whose end was never stored stays `running`:
 * `resume` completes it either way.
 *
 * @example
 * await recordRunEnd(builder, events, ownerId, { status: 'failed', error, event: { type: 'run.failed', code, message, check: null }, costUsd });
 */
export async function recordRunEnd(builder: BuilderContext, events: RunEvents, ownerId: string, end: RunEnd): Promise<void> {
  const { storage } = builder.options;
  const update = { runId: events.runId, status: end.status, error: { code: end.error.code, message: end.error.message }, costUsd: end.costUsd };
  // After STORAGE_UNAVAILABLE the database was just retried for its whole bound: do not wait that long again.
  if (!isUnavailable(end.error) && !events.storageUnavailable) {
    try {
      await storage.updateRun(update);
      await events.emit(end.event);
      return;
    } catch (error) {
      if (!isUnavailable(error)) throw error;
    }
  }
  const event = events.publishUnstored(end.event);
  if (event) storeLater(builder, ownerId, update, event);
}

function storeLater(builder: BuilderContext, ownerId: string, update: Parameters<StorageAdapter['updateRun']>[0], event: BuildwrightEvent): void {
  const stop = new AbortController();
  const deadline = Date.now() + storeRunEndForMs;
  const done = (async () => {
    for (let delay = 1_000; !stop.signal.aborted && Date.now() < deadline; delay = Math.min(delay * 2, 30_000)) {
      try {
        await storeRunEnd(builder.options.storage, ownerId, update, event);
        return;
      } catch (error) {
        if (!isUnavailable(error)) return;
      }
      // Unref'd: a process with nothing else to do may exit; its run stays resumable.
      await sleep(delay, undefined, { signal: stop.signal, ref: false }).catch(() => undefined);
    }
  })().finally(() => {
    if (builder.pendingRunEnds.get(event.runId)?.done === done) builder.pendingRunEnds.delete(event.runId);
  });
  builder.pendingRunEnds.set(event.runId, { stop: () => stop.abort(), done });
}

/** Stores the end once: numbered after the last stored event, and not again if it already is. */
async function storeRunEnd(storage: StorageAdapter, ownerId: string, update: Parameters<StorageAdapter['updateRun']>[0], event: BuildwrightEvent): Promise<void> {
  const after = await storage.readEvents({ ownerId, runId: event.runId, afterSeq: event.seq - 1 });
  if (after.some((stored) => stored.type === event.type && stored.at === event.at)) return;
  await storage.updateRun(update);
  await storage.appendEvent({ ...event, seq: (after.at(-1)?.seq ?? event.seq - 1) + 1 });
}

/** A run end being stored in the background (see {@link recordRunEnd}). */
export interface PendingRunEnd {
  /** Stops retrying; an attempt under way finishes. */
  stop(): void;
  done: Promise<void>;
}

/** True when a run that failed this way can be resumed: its storage went away, not its work. */
export function resumableFailure(run: RunRecord): boolean {
  return run.status === 'failed' && run.error?.code === 'STORAGE_UNAVAILABLE';
}

/**
 * The run-level error for a storage outage: the adapter's advice, with this run's id in the
 * resume command.
 */
export function runStorageUnavailable(error: BuildwrightError, runId: string): BuildwrightError {
  if (error.details.runId === runId) return error;
  const advice = error.message.replaceAll('<runId>', runId).replaceAll('builder.resume(runId)', `builder.resume('${runId}')`);
  return new BuildwrightError({
    code: 'STORAGE_UNAVAILABLE',
    message: `Run ${runId} stopped: ${advice}${advice.includes(runId) ? '' : ` Resume it once the database is back: buildwright resume ${runId} (or builder.resume('${runId}')).`}`,
    cause: error,
    retryable: true,
    details: { ...error.details, runId },
  });
}
