import type { BuilderContext } from './run-context.js';
import type { EventBusUnsubscribe } from '../spec/event-bus.js';

/**
 * How often a process executing a run, and a watcher of a run executing elsewhere, read storage
 * in case the event bus lost a message (ms).
 */
export const storagePollMs = 2_000;

/**
 * While a run executes here, calls `cancel` once when another process asks to cancel it: a cancel
 * request on the event bus, or one stored (`requestRunCancel`), found when following starts (a
 * request made before this process took the run, e.g. before a resume) and every
 * {@link storagePollMs} after, in case the bus lost the message. Returns the function that stops
 * following. Failures of the bus or storage only delay the cancel: they are not the run's.
 *
 * @example
 * const stop = followCancelRequests(builder, runId, (reason) => controller.abort(reason));
 * try { await execute(); } finally { stop(); }
 */
export function followCancelRequests(builder: BuilderContext, runId: string, cancel: (reason: string) => void): () => void {
  const { storage } = builder.options;
  let stopped = false;
  let unsubscribe: EventBusUnsubscribe | undefined;
  let checking = false;
  const cancelOnce = (reason: string) => {
    if (stopped) return;
    stop();
    cancel(reason);
  };
  const check = async () => {
    if (checking || stopped) return;
    checking = true;
    try {
      const request = await storage.getRunCancelRequest({ runId });
      if (request) cancelOnce(request.reason);
    } catch {
      // Storage is down: the run finds out for itself; the next check tries again.
    } finally {
      checking = false;
    }
  };
  const timer = setInterval(() => void check(), storagePollMs);
  // Polling never keeps a process alive on its own.
  timer.unref?.();
  const stop = () => {
    stopped = true;
    clearInterval(timer);
    void unsubscribe?.().catch(() => undefined);
  };
  // Subscribed first, then storage read: a request made in between is seen by one of the two.
  void builder.eventBus
    .subscribeCancel(runId, (request) => cancelOnce(request.reason))
    .then(
      (off) => {
        if (stopped) void off().catch(() => undefined);
        else unsubscribe = off;
      },
      () => undefined,
    )
    .then(check);
  return stop;
}
