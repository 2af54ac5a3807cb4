/**
 * A duration for people: `850ms`, `4.2s`, `1m 05s`.
 *
 * @example
 * formatDuration(4200); // '4.2s'
 */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.floor((ms % 60_000) / 1000);
  return `${minutes}m ${String(seconds).padStart(2, '0')}s`;
}

/**
 * A size for people: `512 B`, `3.4 kB`, `1.2 MB`.
 *
 * @example
 * formatBytes(2400); // '2.4 kB'
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/**
 * A token count for people: `950`, `12.3k`, `1.25M`.
 *
 * @example
 * formatTokens(12_345); // '12.3k'
 */
export function formatTokens(tokens: number): string {
  if (tokens < 1000) return String(tokens);
  if (tokens < 1_000_000) return `${(tokens / 1000).toFixed(1)}k`;
  return `${(tokens / 1_000_000).toFixed(2)}M`;
}

/**
 * A cost in US dollars: `$0.00`, `$0.0042`, `$1.27`.
 *
 * @example
 * formatCost(0.0042); // '$0.0042'
 */
export function formatCost(usd: number): string {
  if (usd === 0) return '$0.00';
  return usd < 0.01 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`;
}

/**
 * The first non-empty line of a text, trimmed.
 *
 * @example
 * firstLine('\nValidate check failed\nmore'); // 'Validate check failed'
 */
export function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}
