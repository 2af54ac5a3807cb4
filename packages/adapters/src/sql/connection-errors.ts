import { sqlState } from './sql-errors.js';

// Node socket codes of a connection that could not be opened or was cut.
const lostNodeCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
// SQLSTATE class 08 (connection exception); 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now.
const lostStates = /^(08|57P0[123])/;
// pg reports a cut connection without a code.
const lostMessages = /Connection terminated|not queryable|timeout exceeded when trying to connect|Connection ended unexpectedly/i;

/**
 * Proof that COMMIT did not commit: the connection was never opened (refused, server
 * starting up, a client pg already knows is broken) or the server ended the session before
 * answering (57P01/57P02 arrive instead of the statement's result, so it was rolled back).
 */
const unsentNodeCodes = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
const unsentStates = /^(08001|08004|57P0[123])$/;
const unsentMessages = /not queryable|timeout exceeded when trying to connect/i;

const commitUnknown = new WeakSet<object>();

/** The error and its causes (a `STORAGE_ERROR` keeps the driver error as `cause`). */
function chain(error: unknown): unknown[] {
  const links: unknown[] = [];
  for (let current = error; current !== undefined && current !== null && links.length < 4; current = (current as { cause?: unknown }).cause) links.push(current);
  return links;
}

function matches(error: unknown, codes: Set<string>, states: RegExp, messages: RegExp): boolean {
  for (const link of chain(error)) {
    const code = sqlState(link);
    if (code !== undefined && (codes.has(code) || states.test(code))) return true;
    if (link instanceof Error && messages.test(link.message)) return true;
  }
  return false;
}

/** True when the database connection could not be opened or was lost (trying again later may work). */
export function isConnectionLost(error: unknown): boolean {
  return matches(error, lostNodeCodes, lostStates, lostMessages);
}

/**
 * Marks a connection error raised by COMMIT: the server may have committed before the answer was
 * lost, so repeating the transaction could apply it twice.
 */
export function markCommitUnknown(error: unknown): void {
  if (typeof error === 'object' && error !== null && isConnectionLost(error) && !matches(error, unsentNodeCodes, unsentStates, unsentMessages)) commitUnknown.add(error);
}

/** True when {@link markCommitUnknown} marked this error (or its cause). */
export function isCommitUnknown(error: unknown): boolean {
  return chain(error).some((link) => typeof link === 'object' && link !== null && commitUnknown.has(link));
}
