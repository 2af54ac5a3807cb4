// The property tests (`*.fuzz.test.ts`) with many runs and a fresh random seed: the same properties CI
// runs with a fixed seed and a few runs, searching further. Prints, per property, the runs, the time
// and runs per second; the seed; the load average; and the floor measured in the same run (the set at
// one run per property: vitest start-up, imports and setup such as PGlite), so time over the floor
// is the time spent fuzzing. A failure prints its counterexample and the command that replays it.
// Run: pnpm exec tsx bench/fuzz.ts [--runs 5000] [--seed N] [files...]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAverage } from './load-average.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args.splice(at, 2)[1];
};
const runs = Number(option('--runs') ?? 5_000);
const seed = Number(option('--seed') ?? Math.floor(Math.random() * 2 ** 31));
const files = args.length ? args : gitFiles('packages/**/*.fuzz.test.ts');

interface Report {
  numFailedTests: number;
  testResults: { name: string; assertionResults: { fullName: string; status: string; duration?: number; failureMessages: string[] }[] }[];
}

function gitFiles(pattern: string): string[] {
  return spawnSync('git', ['ls-files', pattern], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
}

/** Runs the properties with `numRuns` runs each; returns vitest's report and the wall time. */
function runProperties(numRuns: number): { report: Report; ms: number; status: number } {
  const output = join(mkdtempSync(join(tmpdir(), 'buildwright-fuzz-')), 'report.json');
  const started = performance.now();
  const result = spawnSync('npx', ['vitest', 'run', '--reporter=json', `--outputFile=${output}`, '--testTimeout=0', ...files], {
    env: { ...process.env, BUILDWRIGHT_FUZZ_RUNS: String(numRuns), BUILDWRIGHT_FUZZ_SEED: String(seed) },
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  return { report: JSON.parse(readFileSync(output, 'utf8')) as Report, ms, status: result.status ?? 1 };
}

console.log(`bench/fuzz: ${files.length} files, ${runs} runs per property, seed ${seed}; load average ${loadAverage()}`);
const floor = runProperties(1);
const full = runProperties(runs);

console.log(`${'property'.padEnd(100)}${'ms'.padStart(9)}${'runs/s'.padStart(9)}`);
for (const file of full.report.testResults) {
  for (const test of file.assertionResults) {
    const ms = test.duration ?? 0;
    const perSecond = test.fullName.includes('they disagree today') ? '-' : Math.round((runs * 1000) / Math.max(ms, 1)).toString();
    console.log(`${`${test.status === 'passed' ? ' ' : '✗'} ${test.fullName}`.slice(0, 99).padEnd(100)}${ms.toFixed(0).padStart(9)}${perSecond.padStart(9)}`);
  }
}
console.log(
  `wall: ${(full.ms / 1000).toFixed(1)} s for ${runs} runs per property; floor (1 run per property) ${(floor.ms / 1000).toFixed(1)} s; ratio ${(full.ms / floor.ms).toFixed(1)}x; load average ${loadAverage()}`,
);

for (const file of full.report.testResults) {
  for (const test of file.assertionResults.filter((result) => result.status === 'failed')) {
    const message = test.failureMessages[0] ?? '';
    const replay = /path: "([^"]*)"/.exec(message)?.[1];
    console.log(`\nFAILED ${test.fullName}\n${message.split('\n').slice(0, 6).join('\n')}`);
    console.log(
      `replay: BUILDWRIGHT_FUZZ_SEED=${seed}${replay ? ` BUILDWRIGHT_FUZZ_PATH=${replay}` : ` BUILDWRIGHT_FUZZ_RUNS=${runs}`} npx vitest run ${file.name.replace(`${process.cwd()}/`, '')} -t ${JSON.stringify(test.fullName.split(' > ').at(-1))}`,
    );
  }
}
process.exit(full.status);
