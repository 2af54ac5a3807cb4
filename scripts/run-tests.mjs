#!/usr/bin/env node
// Runs every test with vitest and ends with the plain summary line CI reads:
// "tests: N passed, N failed, N skipped".
//
// Without arguments the two vitest projects run side by side as two lanes: `integration`
// (x.int.test.ts: sandboxes, browsers, chains, services) one file at a time, so heavy files never
// compete with each other for the two cores, and `unit` with two workers. Vitest alone would run
// everything in one worker on a 2-core machine (its default is one fewer worker than cores).
// With arguments (`npm test -- packages/core`), one vitest run takes them as given.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const reports = mkdtempSync(join(tmpdir(), 'buildwright-tests-'));
const given = process.argv.slice(2);
const lanes = given.length
  ? [{ name: '', args: given }]
  : [
      { name: 'integration', args: ['--project', 'integration', '--maxWorkers', '1', '--minWorkers', '1'] },
      { name: 'unit', args: ['--project', 'unit', '--maxWorkers', '2', '--minWorkers', '1'] },
    ];

function runLane(lane) {
  const report = join(reports, `${lane.name || 'all'}.json`);
  const started = Date.now();
  const child = spawn('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...lane.args], {
    stdio: lane.name ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    shell: process.platform === 'win32',
  });
  // Side by side, each line says which lane printed it.
  if (lane.name) {
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      createInterface({ input: stream }).on('line', (line) => out.write(`[${lane.name}] ${line}\n`));
    }
  }
  return new Promise((resolve) => {
    child.on('close', (code) => {
      const counts = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : undefined;
      resolve({ lane, code: code ?? 1, counts, seconds: Math.round((Date.now() - started) / 1000) });
    });
  });
}

const results = await Promise.all(lanes.map(runLane));
const sum = (key) => results.reduce((total, { counts }) => total + (counts?.[key] ?? 0), 0);
for (const { lane, code, counts, seconds } of results) {
  if (!lane.name) continue;
  const line = counts ? `${counts.numPassedTests} passed, ${counts.numFailedTests} failed` : 'no report';
  console.log(`lane ${lane.name}: ${line}, exit ${code}, ${seconds} s`);
}
if (results.some(({ counts }) => counts)) {
  console.log(`tests: ${sum('numPassedTests')} passed, ${sum('numFailedTests')} failed, ${sum('numPendingTests') + sum('numTodoTests')} skipped`);
}
process.exit(results.every(({ code }) => code === 0) ? 0 : 1);
