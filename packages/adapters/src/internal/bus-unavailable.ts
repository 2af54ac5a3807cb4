import { BuildwrightError } from '@buildwright/core';

/** `EVENT_BUS_UNAVAILABLE` for a bus operation that failed or took longer than `timeoutMs`. */
export function busUnavailable(bus: string, action: string, reason: string, cause?: unknown): BuildwrightError {
  return new BuildwrightError({
    code: 'EVENT_BUS_UNAVAILABLE',
    message: `${bus} could not ${action}: ${reason}. Check that the server is up and reachable; runs go on and watchers read their events from storage meanwhile.`,
    retryable: true,
    ...(cause === undefined ? {} : { cause }),
    details: { bus, action },
  });
}

/** Settles with `promise`, or rejects with `EVENT_BUS_UNAVAILABLE` once `timeoutMs` passed. */
export function withinTimeout<T>(promise: Promise<T>, options: { bus: string; action: string; timeoutMs: number }): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(busUnavailable(options.bus, options.action, `no answer within ${options.timeoutMs} ms (timeoutMs)`)), options.timeoutMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(BuildwrightError.isInstance(error) ? error : busUnavailable(options.bus, options.action, error instanceof Error ? error.message : String(error), error));
      },
    );
  });
}
