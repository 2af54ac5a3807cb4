import { BuildwrightError, modelCallCancelled, sleep, type LlmStreamPart } from '@buildwright/core';
import pRetry, { AbortError } from 'p-retry';
import { createPartQueue } from './part-queue.js';

/** What one attempt (one HTTP call) gets. */
export interface AttemptContext {
  /** 1 for the first call, 2 for the first retry... */
  attempt: number;
  /** Aborted on a stall, on the caller's signal, or when the reader stops. */
  signal: AbortSignal;
  /** Hands a part to the reader (ignored once aborted). */
  emit(part: LlmStreamPart): void;
  /** Data arrived: restarts the stall timer. */
  touch(): void;
}

/** Retry settings an adapter's options may give; unset ones take the defaults. */
export interface RetrySettings {
  maxRetries?: number | undefined;
  retryDelayMs?: number | undefined;
  maxRetryWaitMs?: number | undefined;
  timeoutMs?: number | undefined;
}

/** The retry settings with the defaults both model adapters document (2 retries, 1 s backoff, 60 s longest wait, 120 s silence). */
export function retrySettings(options: RetrySettings): Pick<RetryingStreamOptions, 'maxRetries' | 'retryDelayMs' | 'maxRetryWaitMs' | 'timeoutMs'> {
  return {
    maxRetries: options.maxRetries ?? 2,
    retryDelayMs: options.retryDelayMs ?? 1000,
    maxRetryWaitMs: options.maxRetryWaitMs ?? 60_000,
    timeoutMs: options.timeoutMs ?? 120_000,
  };
}

export interface RetryingStreamOptions {
  signal?: AbortSignal | undefined;
  /** Retries after the first attempt. */
  maxRetries: number;
  /** First backoff wait; doubles each retry (with jitter) when the server gives no retry-after. */
  retryDelayMs: number;
  /** Longest wait accepted; a longer retry-after is not waited for (the error is thrown). */
  maxRetryWaitMs: number;
  /** Longest silence (no response, no chunk) before the attempt fails with LLM_TIMEOUT. */
  timeoutMs: number;
  /** `gpt-4.1-mini at http://...`, for messages. */
  label: string;
  docs: string;
  run(context: AttemptContext): Promise<void>;
  /** Maps anything the attempt threw (a vendor error) to a BuildwrightError. */
  toError(error: unknown): BuildwrightError;
}

const stalled = Symbol('stalled');

/**
 * Runs a streamed model call with retries (p-retry): each retryable failure (429, 5xx, a cut
 * connection, a stall) yields a `retry` part, waits (retry-after or backoff), and calls again.
 * Nothing is retried once a tool call was handed out, since the caller may have acted on it.
 * An abort of `signal` ends the stream at once with the signal's reason (RUN_CANCELLED).
 * The call starts when iteration starts; a reader that stops early aborts it.
 */
export function retryingStream(options: RetryingStreamOptions): AsyncIterable<LlmStreamPart> {
  return { [Symbol.asyncIterator]: () => startRetryingStream(options) };
}

function startRetryingStream(options: RetryingStreamOptions): AsyncIterator<LlmStreamPart> {
  const queue = createPartQueue();
  const outer = options.signal;
  if (outer?.aborted) {
    queue.fail(modelCallCancelled(outer.reason), true);
    return queue;
  }
  const stop = new AbortController();
  const onAbort = () => {
    const error = modelCallCancelled(outer!.reason);
    stop.abort(error);
    queue.fail(error, true);
  };
  outer?.addEventListener('abort', onAbort, { once: true });
  queue.onReturn = () => {
    if (!stop.signal.aborted) stop.abort(new BuildwrightError({ code: 'RUN_CANCELLED', message: 'The reader stopped reading the model stream.' }));
  };
  let toolCallSent = false;
  let attempts = 0;
  let refusedWaitMs: number | undefined;

  const runAttempt = async (attempt: number) => {
    attempts = attempt;
    const controller = new AbortController();
    const forward = () => controller.abort(stop.signal.reason);
    stop.signal.addEventListener('abort', forward, { once: true });
    const timer = stallTimer(options.timeoutMs, () => controller.abort(stalled));
    try {
      await options.run({
        attempt,
        signal: controller.signal,
        emit(part) {
          if (controller.signal.aborted) return;
          if (part.type === 'tool-call') toolCallSent = true;
          queue.push(part);
        },
        touch: timer.touch,
      });
      if (controller.signal.aborted) throw controller.signal.reason;
    } catch (error) {
      if (stop.signal.aborted) throw new AbortError(stop.signal.reason as Error);
      if (controller.signal.reason === stalled) {
        throw new BuildwrightError({
          code: 'LLM_TIMEOUT',
          message: `${options.label} sent nothing for ${options.timeoutMs} ms (timeoutMs). Raise timeoutMs for slow models. See ${options.docs}.`,
          retryable: true,
          details: { timeoutMs: options.timeoutMs },
          cause: error === stalled ? undefined : error,
        });
      }
      throw BuildwrightError.isInstance(error) ? error : options.toError(error);
    } finally {
      timer.clear();
      stop.signal.removeEventListener('abort', forward);
    }
  };

  const shouldRetry = async ({ error, attemptNumber }: { error: Error; attemptNumber: number }) => {
    if (!BuildwrightError.isInstance(error) || !error.retryable || toolCallSent || stop.signal.aborted) return false;
    const asked = typeof error.details['retryAfterMs'] === 'number' ? error.details['retryAfterMs'] : undefined;
    if (asked !== undefined && asked > options.maxRetryWaitMs) {
      refusedWaitMs = asked;
      return false;
    }
    const backoff = Math.round(options.retryDelayMs * 2 ** (attemptNumber - 1) * (0.8 + Math.random() * 0.4));
    const waitMs = asked ?? Math.min(backoff, options.maxRetryWaitMs);
    queue.push({ type: 'retry', attempt: attemptNumber, waitMs, code: error.code, message: error.message });
    await sleep(waitMs, stop.signal);
    return true;
  };

  pRetry(runAttempt, { retries: options.maxRetries, minTimeout: 0, maxTimeout: 0, signal: stop.signal, shouldRetry })
    .then(
      () => queue.close(),
      (error: unknown) => queue.fail(finalError(error, attempts, refusedWaitMs, options)),
    )
    .finally(() => outer?.removeEventListener('abort', onAbort));
  return queue;
}

/**
 * An AsyncIterable that runs `open` (connect, read the key...) on the first `next()` and then
 * hands every call straight to the stream it opened.
 */
export function deferredStream(open: () => Promise<AsyncIterable<LlmStreamPart>>): AsyncIterable<LlmStreamPart> {
  return {
    [Symbol.asyncIterator]() {
      let inner: AsyncIterator<LlmStreamPart> | undefined;
      let opening: Promise<AsyncIterator<LlmStreamPart>> | undefined;
      let returned = false;
      return {
        next() {
          if (inner) return inner.next();
          opening ??= open().then((iterable) => {
            inner = iterable[Symbol.asyncIterator]();
            if (returned) void inner.return?.();
            return inner;
          });
          return opening.then((iterator) => iterator.next());
        },
        return() {
          returned = true;
          return inner?.return?.() ?? Promise.resolve({ done: true, value: undefined });
        },
      };
    },
  };
}

function finalError(error: unknown, attempts: number, refusedWaitMs: number | undefined, options: RetryingStreamOptions): BuildwrightError {
  if (!BuildwrightError.isInstance(error)) return modelCallCancelled(error);
  if (error.code === 'RUN_CANCELLED') return error;
  const notes: string[] = [];
  if (refusedWaitMs !== undefined) notes.push(`The server asked to wait ${Math.ceil(refusedWaitMs / 1000)} s, longer than maxRetryWaitMs (${options.maxRetryWaitMs} ms), so it was not retried.`);
  if (attempts > 1) notes.push(`Gave up after ${attempts} attempts.`);
  if (notes.length === 0) return error;
  return new BuildwrightError({
    code: error.code,
    message: `${error.message} ${notes.join(' ')}`,
    retryable: error.retryable,
    details: { ...error.details, attempts },
    cause: error.cause,
  });
}

/** Fires `onStall` after `ms` without a touch; one timer, re-armed lazily (cheap per chunk). */
function stallTimer(ms: number, onStall: () => void): { touch(): void; clear(): void } {
  let last = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const idle = performance.now() - last;
    if (idle >= ms) onStall();
    else timer = setTimeout(check, ms - idle);
  };
  timer = setTimeout(check, ms);
  return {
    touch() {
      last = performance.now();
    },
    clear() {
      clearTimeout(timer);
    },
  };
}
