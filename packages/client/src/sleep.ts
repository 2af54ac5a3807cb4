/**
 * Waits `ms` milliseconds. With a `signal`, an abort ends the wait at once and the promise rejects
 * with the signal's reason (at once when it is already aborted), so a cancelled run or request
 * does not sit out a backoff or a poll interval.
 *
 * @example
 * await sleep(250, request.signal);
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
