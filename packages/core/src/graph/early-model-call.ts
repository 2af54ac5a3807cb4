import { BuildwrightError } from '@buildwright/client';
import type { LlmAdapter, LlmRequest, LlmStreamPart } from '../spec/llm.js';

/** A model call sent before the step that makes it runs; see {@link startModelCallEarly}. */
export interface EarlyModelCall {
  /** The run's model: its first call, when it asks exactly what was sent early, reads the early call's parts. */
  llm: LlmAdapter;
  /** Stops the early call when no step took it (the run ended first); a no-op once it was taken. */
  discard(): void;
}

/**
 * Sends `request` to the model now and keeps what it streams until the step that makes this very
 * call asks for it (issue 14: the plan's call goes out while the run's records, first checkpoint and
 * first events are still being stored). Nothing of the call is reported early: its deltas, retries
 * and usage reach the step, and so the events and the usage record, in the order they always had.
 * A first call that asks something else (the step's request differs) stops the early call and goes
 * out as asked. `signal` (the run's) aborts the early call too.
 *
 * @example
 * const early = startModelCallEarly(llm, { node: 'plan', messages, tools, context }, signal);
 * runtime.llm = early.llm; // ... and early.discard() when the run ends
 */
export function startModelCallEarly(llm: LlmAdapter, request: Omit<LlmRequest, 'signal'>, signal: AbortSignal): EarlyModelCall {
  const stop = new AbortController();
  const parts = bufferEagerly(() => llm.stream({ ...request, signal: AbortSignal.any([signal, stop.signal]) }));
  const key = requestKey(request);
  let state: 'waiting' | 'taken' | 'discarded' = 'waiting';
  const discard = () => {
    if (state !== 'waiting') return;
    state = 'discarded';
    stop.abort(new BuildwrightError({ code: 'RUN_CANCELLED', message: 'The model call sent early was not used.' }));
  };
  return {
    llm: {
      specificationVersion: llm.specificationVersion,
      provider: llm.provider,
      modelId: llm.modelId,
      stream(asked) {
        if (state === 'waiting' && requestKey(asked) === key) {
          state = 'taken';
          return parts.read(() => stop.abort());
        }
        discard();
        return llm.stream(asked);
      },
    },
    discard,
  };
}

/** What makes two calls the same call (the signal aside). */
function requestKey(request: Omit<LlmRequest, 'signal'>): string {
  return JSON.stringify([request.node, request.messages, request.tools, request.context ?? null]);
}

/** Starts reading a stream at once and keeps its parts (and its end or failure) for one later reader. */
function bufferEagerly(open: () => AsyncIterable<LlmStreamPart>) {
  const parts: LlmStreamPart[] = [];
  let ended: { failure?: { error: unknown } } | undefined;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  void (async () => {
    try {
      for await (const part of open()) {
        parts.push(part);
        notify();
      }
      ended = {};
    } catch (error) {
      ended = { failure: { error } };
    }
    notify();
  })();
  return {
    /** The parts so far, then the rest as they come; `stop` is called when the reader leaves before the end. */
    async *read(stop: () => void): AsyncGenerator<LlmStreamPart> {
      try {
        for (;;) {
          const part = parts.shift();
          if (part) {
            yield part;
            continue;
          }
          if (ended?.failure) throw ended.failure.error;
          if (ended) return;
          await new Promise<void>((resolve) => (wake = resolve));
        }
      } finally {
        if (!ended) stop();
      }
    },
  };
}
