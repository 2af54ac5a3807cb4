// CLI startup: time for `buildwright --help`, and for `buildwright generate` to print its first
// event (NDJSON) with a recorded transcript, on an existing PGlite data directory (the first run,
// which creates the database, is printed separately) and on Postgres (BUILDWRIGHT_TEST_DATABASE_URL,
// default postgres://postgres@127.0.0.1:5432/test) to tell the CLI's start from PGlite's.
// Median of several runs each.
// Targets (issue 6): --help under 300 ms, first event under 800 ms.
// Needs the built packages (node scripts/setup.mjs). Run: pnpm exec tsx bench/cli-startup.ts [runs]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'packages/cli/dist/bin.js');
const transcript = join(root, 'examples/transcripts/fix-loop.json');
const runs = Number(process.argv[2] ?? 7);

if (!existsSync(bin) || !existsSync(join(root, 'packages/core/dist/index.js')) || !existsSync(join(root, 'packages/adapters/dist/pglite/index.js'))) {
  console.error('Build the packages first: node scripts/setup.mjs');
  process.exit(1);
}

/** Milliseconds from spawn until the process exits. */
function timeToExit(args: string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - started));
  });
}

/** Milliseconds from spawn until the first line on stdout; then the run is cancelled with SIGINT. */
function timeToFirstLine(args: string[], cwd: string): Promise<{ ms: number; line: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let firstLine: { ms: number; line: string } | undefined;
    child.on('error', reject);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (!firstLine && output.includes('\n')) {
        firstLine = { ms: performance.now() - started, line: output.split('\n')[0]! };
        child.kill('SIGINT');
      }
    });
    child.on('exit', (code) => (firstLine ? resolve(firstLine) : reject(new Error(`generate exited with ${code} before printing an event`))));
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const format = (ms: number) => `${ms.toFixed(0)} ms`;

const cwd = mkdtempSync(join(tmpdir(), 'buildwright-bench-cli-'));
try {
  const help: number[] = [];
  for (let index = 0; index < runs; index++) help.push(await timeToExit(['--help'], cwd));

  const generateArgs = ['generate', 'a pomodoro timer', '--llm', `script:${transcript}`, '--json', '--replay-delay', '60000'];
  const cold = await timeToFirstLine(generateArgs, cwd);
  const warm: number[] = [];
  for (let index = 0; index < runs; index++) warm.push((await timeToFirstLine(generateArgs, cwd)).ms);

  // The same on Postgres, to separate the CLI's own start from PGlite's (skipped when unreachable).
  const databaseUrl = process.env.BUILDWRIGHT_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const postgres: number[] = [];
  try {
    for (let index = 0; index < runs; index++) postgres.push((await timeToFirstLine([...generateArgs, '--storage', databaseUrl], cwd)).ms);
  } catch (error) {
    console.log(`(postgres figure skipped: ${(error as Error).message.split('\n')[0]})`);
  }

  const helpMedian = median(help);
  const warmMedian = median(warm);
  console.log(
    `buildwright --help                     median ${format(helpMedian)} of ${runs} (min ${format(Math.min(...help))}, max ${format(Math.max(...help))})  target < 300 ms  ${helpMedian < 300 ? 'ok' : 'OVER'}`,
  );
  console.log(
    `generate → first event (existing db)   median ${format(warmMedian)} of ${runs} (min ${format(Math.min(...warm))}, max ${format(Math.max(...warm))})  target < 800 ms  ${warmMedian < 800 ? 'ok' : 'OVER'}`,
  );
  if (postgres.length)
    console.log(`generate → first event (postgres)       median ${format(median(postgres))} of ${runs} (min ${format(Math.min(...postgres))}, max ${format(Math.max(...postgres))})`);
  console.log(`generate → first event (new database)  ${format(cold.ms)} (once; PGlite creates its data directory)`);
  console.log(`first event: ${JSON.parse(cold.line).type}`);
} finally {
  rmSync(cwd, { recursive: true, force: true });
}
