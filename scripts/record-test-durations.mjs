#!/usr/bin/env node
// Writes tests/sequencing/file-durations.json from a run's JSON report (the path `npm test` prints
// at its end): the seconds each test file took, for the files that took 10 s or more. The suite's
// sequencer starts those first, longest first, so no long file is left to run alone at the end of a
// fresh clone's run (vitest's own duration cache is empty there). Refresh it when the slow files change:
//   node scripts/record-test-durations.mjs /tmp/buildwright-tests-XXXX/report.json
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const [reportPath] = process.argv.slice(2);
if (!reportPath) {
  console.error('usage: node scripts/record-test-durations.mjs <report.json written by npm test>');
  process.exit(2);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
/** The file's path in the repository, wherever the clone that wrote the report was. */
const repositoryPath = (name) => /^.*?\/((?:packages|examples|tests)\/.+)$/.exec(name)?.[1] ?? name;
const durations = Object.fromEntries(
  report.testResults
    .map((file) => [repositoryPath(file.name), Math.round((file.endTime - file.startTime) / 1000)])
    .filter(([, seconds]) => seconds >= 10)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
);
const target = fileURLToPath(new URL('../tests/sequencing/file-durations.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(durations, null, 2)}\n`);
console.log(`${Object.keys(durations).length} files of 10 s or more written to ${relative(process.cwd(), target)}`);
