// Settings of the property tests (`*.fuzz.test.ts`; not exported from the package). One place
// for the seed and the number of runs, so CI is repeatable and a bigger run is one variable away.
import type { Parameters } from 'fast-check';

/** The seed CI runs every property with. */
export const defaultFuzzSeed = 20_261_201;

/**
 * fast-check parameters of one property: a fixed seed and `runs` runs (a modest number, so the
 * whole set stays quick), each overridable from the environment:
 * `BUILDWRIGHT_FUZZ_RUNS` (runs of every property), `BUILDWRIGHT_FUZZ_SEED` (the seed) and
 * `BUILDWRIGHT_FUZZ_PATH` (the `path` a failure prints, to replay only its shrunk counterexample).
 * See docs/testing.md.
 *
 * @example
 * fc.assert(fc.property(fc.string(), (text) => ...), fuzzParameters());
 */
export function fuzzParameters<T>(runs = 100): Parameters<T> {
  const seed = integerFrom('BUILDWRIGHT_FUZZ_SEED') ?? defaultFuzzSeed;
  const numRuns = integerFrom('BUILDWRIGHT_FUZZ_RUNS') ?? runs;
  const path = process.env['BUILDWRIGHT_FUZZ_PATH'];
  return { seed, numRuns, ...(path ? { path } : {}) };
}

function integerFrom(name: string): number | undefined {
  const text = process.env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got "${text}".`);
  return value;
}
