/** Per-consumer timings of one test file: step name → milliseconds, in the order they ran. */
const timings = new Map<string, Array<[step: string, milliseconds: number]>>();

export function recordTiming(consumer: string, step: string, milliseconds: number): void {
  if (!timings.has(consumer)) timings.set(consumer, []);
  timings.get(consumer)!.push([step, milliseconds]);
}

/** Prints one line per consumer, e.g. `express5: install 8.1s, generation 0.4s (total 8.5s)`. */
export function printTimings(): void {
  const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)}s`;
  const lines = [...timings].map(([consumer, steps]) => {
    const total = steps.reduce((sum, [, milliseconds]) => sum + milliseconds, 0);
    return `  ${consumer}: ${steps.map(([step, milliseconds]) => `${step} ${seconds(milliseconds)}`).join(', ')} (total ${seconds(total)})`;
  });
  if (lines.length > 0) console.log(`consumer timings:\n${lines.join('\n')}`);
}
