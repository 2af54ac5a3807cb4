/** Timestamps come back as Date (pg, PGlite) or string; the port speaks ISO strings. */
export function isoString(value: unknown): string {
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

/** bytea comes back as a Buffer (pg) or a Uint8Array (PGlite). */
export function utf8(value: Uint8Array): string {
  return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('utf8');
}

/**
 * JSON text for a jsonb parameter. jsonb cannot hold U+0000, which command output may contain:
 * it is stored as U+FFFD (the replacement character a terminal would show).
 */
export function jsonParameter(value: unknown): string {
  return JSON.stringify(value).replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1\\ufffd');
}
