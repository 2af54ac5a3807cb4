/**
 * Lighthouse's machine benchmark, measured once per process. Each Lighthouse run starts by running
 * `computeBenchmarkIndex` in the page: a fixed one-second busy loop that rates the machine's CPU.
 * The index is the machine's, not the app's: it feeds `lhr.environment.benchmarkIndex` and a
 * slow-machine warning of Lighthouse's command line, and no audit or score of performance or
 * best-practices reads it. So the first run measures it in its page, and later runs are answered
 * with that measurement: a second less of page CPU per run (docs/checks.md, "Performance check").
 */

/** The `Runtime.evaluate` response of the first measurement that returned an index. */
let measured: unknown;

/** Whether a CDP command is Lighthouse's benchmark (its expression wraps the page function by name). */
export function isMachineBenchmark(method: string, params: object | undefined): boolean {
  if (method !== 'Runtime.evaluate') return false;
  const expression = (params as { expression?: unknown } | undefined)?.expression;
  return typeof expression === 'string' && expression.includes('function computeBenchmarkIndex(');
}

/**
 * The benchmark's response: the one measured earlier in this process, else `measure()`'s, kept when
 * it holds an index (an error or a page gone is measured again next time).
 *
 * @example
 * if (isMachineBenchmark(method, params)) return machineBenchmark(() => session.send(method, params));
 */
export async function machineBenchmark(measure: () => Promise<unknown>): Promise<unknown> {
  if (measured !== undefined) return measured;
  const response = await measure();
  if (typeof (response as { result?: { value?: unknown } } | undefined)?.result?.value === 'number') measured = response;
  return response;
}
