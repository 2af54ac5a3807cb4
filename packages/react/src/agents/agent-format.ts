/** Dollars with 4 decimals: `$0.0123`. */
export const formatCost = (costUsd: number): string => `$${costUsd.toFixed(4)}`;

/** Milliseconds as `850 ms` or `1.2 s`; `—` when unknown. */
export const formatLatency = (latencyMs: number | null): string => (latencyMs === null ? '—' : latencyMs < 1_000 ? `${latencyMs} ms` : `${(latencyMs / 1_000).toFixed(1)} s`);

/** A value shown as text: strings as they are, anything else as indented JSON. */
export const formatValue = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value, null, 2) ?? String(value)));
