// The machine's load averages, printed beside a bench's figures: other sessions share the cores.
// Its own module (not bench-services.ts, which loads pg) so any bench can import it cheaply.
import { loadavg } from 'node:os';

/**
 * The 1, 5 and 15 minute load averages, space-separated, each with `digits` decimals (2 unless given).
 *
 * @example
 * console.log(`load average ${loadAverage()}`); // "load average 1.52 1.31 1.07"
 * console.log(`load ${loadAverage({ digits: 1 })}`); // "load 1.5 1.3 1.1"
 */
export const loadAverage = ({ digits = 2 }: { digits?: number } = {}): string =>
  loadavg()
    .map((value) => value.toFixed(digits))
    .join(' ');
