import { BuildwrightError, followRunEvents, isTerminal, requestJson, sseRunEvents, type BuildwrightEvent, type EventOf, type HttpConfig } from '@buildwright/client';
import type { FollowableRun } from './follow-run.js';

/** A run executing on a `buildwright serve`, followed over its HTTP API; `close()` stops following. */
export interface RemoteRunHandle extends FollowableRun<EventOf<'run.completed'>> {
  readonly projectId: string;
  /** Stops following (closes the event stream); the run goes on on the server. */
  close(): void;
}

/**
 * A run started on a server (`POST /runs`, `POST /projects/:id/runs`) as {@link followRun} follows
 * a local one: its events from `GET /runs/:id/events` (Server-Sent Events, reconnecting with
 * backoff and `Last-Event-ID` after a lost connection, through the client's `followRunEvents`),
 * `result` settled by the terminal event (`run.completed` resolves with it; `run.failed` rejects
 * with its code and message, `run.cancelled` with `RUN_CANCELLED`), `cancel` as
 * `POST /runs/:id/cancel` and `approvePlan` as `POST /runs/:id/plan-approval`. The stream opens
 * at once; events wait until they are iterated.
 *
 * @example
 * const created = await requestJson<CreateRunResponse>(config, 'POST', `/projects/${projectId}/runs`, { prompt });
 * const followed = await followRun(remoteRunHandle(config, created), renderer);
 */
export function remoteRunHandle(config: HttpConfig, run: { runId: string; projectId: string }): RemoteRunHandle {
  const { runId, projectId } = run;
  const path = `/runs/${encodeURIComponent(runId)}`;
  const stream = new AbortController();
  const events: BuildwrightEvent[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  let settle!: { resolve: (event: EventOf<'run.completed'>) => void; reject: (error: BuildwrightError) => void };
  const result = new Promise<EventOf<'run.completed'>>((resolve, reject) => (settle = { resolve, reject }));
  // Observed here so a caller that only iterates never sees an unhandled rejection.
  result.catch(() => undefined);
  /** Stops following; `result` rejects with `error` unless the terminal event settled it (a later settle is a no-op). */
  const end = (error: BuildwrightError) => {
    settle.reject(error);
    ended = true;
    stream.abort();
    wake?.();
  };
  const stopped = (why: string) => new BuildwrightError({ code: 'SERVER_UNAVAILABLE', message: `Stopped following run ${runId} before its end: ${why}`, details: { runId } });
  let lastSeq = 0;

  void followRunEvents({
    source: sseRunEvents(config),
    runId,
    signal: stream.signal,
    lastSeq: () => lastSeq,
    onEvent(event) {
      lastSeq = event.seq;
      events.push(event);
      if (event.type === 'run.completed') settle.resolve(event);
      if (event.type === 'run.failed') settle.reject(new BuildwrightError({ code: event.code as BuildwrightError['code'], message: event.message, details: { runId, check: event.check } }));
      if (event.type === 'run.cancelled') settle.reject(new BuildwrightError({ code: 'RUN_CANCELLED', message: `Run ${runId} was cancelled: ${event.reason}`, details: { runId } }));
      if (isTerminal(event)) end(stopped('it ended'));
      else wake?.();
    },
    onConnection() {},
    onError(error, fatal) {
      if (fatal) end(error);
    },
    onEnd(reason) {
      if (reason === 'detached') {
        end(
          new BuildwrightError({
            code: 'RUN_NOT_FOUND',
            message: `Run ${runId} is not executing on the server any more (it was cut off, e.g. the server restarted); buildwright resume ${runId} continues it.`,
            details: { runId },
          }),
        );
      }
      // After the terminal event the stream ends too (`result` is settled by then).
      else end(stopped('the server ended its event stream without its last event'));
    },
  });

  return {
    runId,
    projectId,
    result,
    cancel(reason = 'cancelled by the caller') {
      requestJson(config, 'POST', `${path}/cancel`, { reason }).catch((error: unknown) =>
        end(BuildwrightError.isInstance(error) ? error : new BuildwrightError({ code: 'SERVER_UNAVAILABLE', message: `Could not cancel run ${runId}: ${String(error)}`, cause: error })),
      );
    },
    async approvePlan(plan) {
      await requestJson(config, 'POST', `${path}/plan-approval`, plan === undefined ? {} : { plan });
    },
    close: () => end(stopped('closed')),
    async *[Symbol.asyncIterator]() {
      let index = 0;
      while (true) {
        if (index < events.length) {
          yield events[index++]!;
          continue;
        }
        if (ended) break;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
      // Following stopped without a terminal event (the stream was lost for good, or closed):
      // `result` says why, as a local run's does.
      await result;
    },
  };
}
