/** How the process was asked to stop. */
export type StopSignal = 'SIGINT' | 'SIGTERM';

/** Exit code of a process stopped by a signal (128 + its number). */
export const signalExitCodes: Record<StopSignal, number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Calls `handler` on the first Ctrl-C (SIGINT) or SIGTERM; a second one exits at once with the
 * signal's exit code. Returns a function that removes the handlers.
 *
 * @example
 * const dispose = onStop((signal) => run.cancel(`interrupted (${signal})`));
 */
export function onStop(handler: (signal: StopSignal) => void): () => void {
  let stopping = false;
  const listener = (signal: StopSignal) => {
    if (stopping) process.exit(signalExitCodes[signal]);
    stopping = true;
    handler(signal);
  };
  process.on('SIGINT', listener);
  process.on('SIGTERM', listener);
  return () => {
    process.off('SIGINT', listener);
    process.off('SIGTERM', listener);
  };
}

/**
 * Resolves with the signal on the next Ctrl-C or SIGTERM (for servers that run until stopped).
 *
 * @example
 * console.log(`serving ${url}, Ctrl-C stops`);
 * await waitForStop();
 */
export function waitForStop(): Promise<StopSignal> {
  return new Promise((resolve) => {
    const dispose = onStop((signal) => {
      dispose();
      resolve(signal);
    });
  });
}
