import { BuildwrightError } from '@buildwright/core';
import pRetry from 'p-retry';
import { isCommitUnknown, isConnectionLost } from './connection-errors.js';
import { sqlState } from './sql-errors.js';

/** How a storage call may be repeated after a lost connection. */
export type RepeatPolicy =
  /** Repeating it is harmless: reads, upserts, or writes that recognize their own row on a retry. */
  | 'safe'
  /** One transaction that must not apply twice: repeated only when it provably did not commit. */
  | 'unless-committed';

export interface RetryConnectionOptions {
  action: string;
  provider: string;
  /** How long to keep trying, in ms; 0 tries once. */
  retryForMs: number;
  repeat: RepeatPolicy;
  /** Stops waiting (the storage was closed). */
  signal: AbortSignal;
}

/**
 * Runs one storage call, trying it again with exponential backoff (100 ms doubling up to 2 s,
 * with jitter) while the database connection is lost, for at most `retryForMs`. `attempt` gets
 * `retried: true` on every attempt after the first, so a write can count its own row (stored by
 * an attempt whose answer was lost) as success. Past the bound, or when a transaction's COMMIT
 * was cut off and it must not run twice, throws `STORAGE_UNAVAILABLE`.
 *
 * @example
 * await retryConnection((retried) => insertEvent(db, event, retried), { action: 'appendEvent', provider: 'postgres', retryForMs: 30_000, repeat: 'safe', signal });
 */
export async function retryConnection<T>(attempt: (retried: boolean) => Promise<T>, options: RetryConnectionOptions): Promise<T> {
  const started = Date.now();
  let attempts = 0;
  try {
    return await pRetry(() => attempt(attempts++ > 0), {
      retries: Number.POSITIVE_INFINITY,
      maxRetryTime: options.retryForMs,
      minTimeout: 100,
      factor: 2,
      maxTimeout: 2_000,
      randomize: true,
      signal: options.signal,
      shouldRetry: ({ error }) => isConnectionLost(error) && (options.repeat === 'safe' || !isCommitUnknown(error)),
    });
  } catch (error) {
    if (options.signal.aborted || !isConnectionLost(error)) throw error;
    throw storageUnavailable(error, { ...options, attempts, elapsedMs: Date.now() - started });
  }
}

function storageUnavailable(error: unknown, context: RetryConnectionOptions & { attempts: number; elapsedMs: number }): BuildwrightError {
  const { action, provider, attempts, elapsedMs } = context;
  const detail = rootMessage(error);
  const outcomeUnknown = isCommitUnknown(error) && context.repeat === 'unless-committed';
  const what = outcomeUnknown
    ? `The connection to the ${provider} database was lost while ${action} committed, so it may or may not have been stored (${detail}); it was not repeated, to not store it twice.`
    : `The ${provider} database is unreachable: ${action} failed ${attempts} time(s) over ${Math.round(elapsedMs / 1000)} s (${detail}).`;
  const state = [error, (error as { cause?: unknown })?.cause].map(sqlState).find((code) => code !== undefined);
  return new BuildwrightError({
    code: 'STORAGE_UNAVAILABLE',
    message: `${what} Check that the database server is running and reachable; then resume the run (buildwright resume <runId>, or builder.resume(runId)). See docs/storage.md.`,
    cause: error,
    retryable: true,
    details: { action, provider, attempts, elapsedMs, ...(outcomeUnknown ? { commitUnknown: true } : {}), ...(state === undefined ? {} : { sqlState: state }) },
  });
}

function rootMessage(error: unknown): string {
  let current = error;
  while (BuildwrightError.isInstance(current) && current.cause !== undefined) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}
