/** JSON.stringify that writes bigints as decimal strings. */
export function stringifyJson(value: unknown, space?: number): string {
  return JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner), space);
}

/** A short, human form of a contract value for reports: `1000`, `"Tabs"`, `0xf39f…`, `[1, 2]`. */
export function describeValue(value: unknown): string {
  const text = typeof value === 'bigint' ? value.toString() : typeof value === 'string' ? JSON.stringify(value) : (stringifyJson(value) ?? String(value));
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}
