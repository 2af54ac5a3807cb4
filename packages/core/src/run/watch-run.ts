import type { BuilderContext } from './run-context.js';
import { BuildwrightError, isTerminal } from '@buildwright/client';
import type { BuildwrightEvent } from '../events/events.js';

/**
 * Follows a run's events from `afterSeq`: first the stored ones, then live ones of a run this
 * process is executing, until the terminal event. Each seq is yielded once, in order, so a
 * client that reconnects with the last seq it saw loses nothing and sees nothing twice.
 *
 * @example
 * for await (const event of watchRun(builder, { runId, ownerId, afterSeq: 41 })) send(event);
 */
export async function* watchRun(builder: BuilderContext, options: { runId: string; ownerId: string; afterSeq?: number; signal?: AbortSignal }): AsyncGenerator<BuildwrightEvent> {
  const { storage } = builder.options;
  const run = await storage.getRun({ ownerId: options.ownerId, runId: options.runId });
  if (!run) throw new BuildwrightError({ code: 'RUN_NOT_FOUND', message: `Run ${options.runId} does not exist for this owner.` });
  let lastSeq = options.afterSeq ?? 0;
  const live = builder.activeRuns.get(options.runId);
  const buffered: BuildwrightEvent[] = [];
  let wake: (() => void) | undefined;
  const unsubscribe = live?.on('event', (event) => {
    buffered.push(event);
    wake?.();
  });
  const onAbort = () => wake?.();
  options.signal?.addEventListener('abort', onAbort);
  try {
    for (const event of await storage.readEvents({ ownerId: options.ownerId, runId: options.runId, afterSeq: lastSeq })) {
      yield event;
      lastSeq = event.seq;
      if (isTerminal(event)) return;
    }
    if (!live) return;
    const finished = live.result.then(
      () => undefined,
      () => undefined,
    );
    let done = false;
    void finished.then(() => {
      done = true;
      wake?.();
    });
    while (!options.signal?.aborted) {
      while (buffered.length) {
        const event = buffered.shift()!;
        if (event.seq <= lastSeq) continue;
        yield event;
        lastSeq = event.seq;
        if (isTerminal(event)) return;
      }
      if (done) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    unsubscribe?.();
    options.signal?.removeEventListener('abort', onAbort);
  }
}
