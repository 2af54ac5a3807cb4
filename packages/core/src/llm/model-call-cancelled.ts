import { BuildwrightError } from '@buildwright/client';

/**
 * The caller's abort reason of a model call as a BuildwrightError: the reason itself when it
 * already is one (a run's cancel or timeout), else RUN_CANCELLED with the reason as its cause.
 * Model adapters throw it when `request.signal` aborts.
 *
 * @example
 * if (request.signal?.aborted) throw modelCallCancelled(request.signal.reason);
 */
export function modelCallCancelled(reason: unknown): BuildwrightError {
  if (BuildwrightError.isInstance(reason)) return reason;
  return new BuildwrightError({ code: 'RUN_CANCELLED', message: 'The model call was aborted.', cause: reason });
}
