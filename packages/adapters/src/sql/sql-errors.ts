import { BuildwrightError } from '@buildwright/core';

/** Postgres SQLSTATE of a driver error (pg and PGlite both set `code`), if any. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

// Connection loss, serialization failure, deadlock, shutdown: trying again may work.
const retryableStates = /^(08|40001|40P01|57P0[123]|53)/;
const retryableNodeCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);

/**
 * Wraps a database error as a `STORAGE_ERROR`, keeping BuildwrightErrors as they are.
 *
 * @example
 * try { await db.query(text) } catch (error) { throw toStorageError(error, 'createProject') }
 */
export function toStorageError(error: unknown, action: string, provider: string): BuildwrightError {
  if (BuildwrightError.isInstance(error)) return error;
  const state = sqlState(error);
  const detail = error instanceof Error ? error.message : String(error);
  return new BuildwrightError({
    code: 'STORAGE_ERROR',
    message: `Storage (${provider}) failed in ${action}: ${detail}. Check that the database is reachable and migrated (storage.migrate()).`,
    cause: error,
    retryable: (state !== undefined && retryableStates.test(state)) || retryableNodeCodes.has(state ?? ''),
    details: { action, provider, ...(state === undefined ? {} : { sqlState: state }) },
  });
}
