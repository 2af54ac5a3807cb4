// CLI startup: time for `buildwright --help`, and for `buildwright generate` to print its first
// event (NDJSON) with a recorded transcript, on an existing PGlite data directory (the first run,
// which creates the database, is printed separately) and on Postgres (BUILDWRIGHT_TEST_DATABASE_URL,
// default postgres://postgres@127.0.0.1:5432/test) to tell the CLI's start from PGlite's.
// Then the time a process pays before its first model call beyond the store's own open (issue 14):
// `generate` with BUILDWRIGHT_STARTUP_TIMING=1 (its stderr line: first model call since the process
// started, and the store's open in the same process), and the first run of a Node script through
// createBuilder (bench/startup-first-run.ts), both on an existing PGlite database. The script runs twice
// over: under tsx, whose loader hooks (run on a thread of their own) see each of its ~200 imported modules,
// and transpiled (TypeScript's transpileModule) under plain node, as a compiled script or a .mjs runs.
// Then `edit` on an existing project, from spawn to published and to verified (bench/cli-edit.ts:
// one `generate`, then min(runs, 3) edits, each a new process, default local sandbox and checks).
// With --server, the edits go to one `buildwright serve` started over the same store after the
// `generate`: each `edit --server` process is timed from spawn to published and to verified (the
// server's first edit, with its check worker and browser cold, is printed apart).
// Median of several runs each; the load average is printed before and after (the figures are wall times).
// Targets: --help under 300 ms, first event under 800 ms (issue 6); first model call − store open
// under 300 ms, CLI edit to verified ≤ 2.5 s (issue 14).
// Needs the built packages (node scripts/setup.mjs). Run: pnpm exec tsx bench/cli-startup.ts [runs] [--edit-only | --startup-only] [--server]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { cliEditFigures } from './cli-edit.js';
import { loadAverage } from './load-average.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'packages/cli/dist/bin.js');
const transcript = join(root, 'examples/transcripts/fix-loop.json');
const runs = Number(process.argv.slice(2).find((argument) => /^\d+$/.test(argument)) ?? 7);
const editOnly = process.argv.includes('--edit-only');
/** The start-up figures alone (no `edit` part). */
const startupOnly = process.argv.includes('--startup-only');
/** The `edit` part through a running `buildwright serve` (`edit --server`). */
const onServer = process.argv.includes('--server');

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

/**
 * Milliseconds from spawn until the first line on stdout (or, with `stderrLine`, the first line on
 * stderr that starts with it); then the run is cancelled with SIGINT.
 */
function timeToFirstLine(args: string[], cwd: string, stderrLine?: string): Promise<{ ms: number; line: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const env = stderrLine ? { ...process.env, BUILDWRIGHT_STARTUP_TIMING: '1' } : process.env;
    const child = spawn(process.execPath, [bin, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = { stdout: '', stderr: '' };
    let firstLine: { ms: number; line: string } | undefined;
    const watch = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      output[stream] += chunk.toString();
      if (firstLine || (stream === 'stdout') !== (stderrLine === undefined)) return;
      const line = output[stream].split('\n').find((candidate, index, lines) => index < lines.length - 1 && (!stderrLine || candidate.startsWith(stderrLine)));
      if (line === undefined) return;
      firstLine = { ms: performance.now() - started, line };
      child.kill('SIGINT');
    };
    child.on('error', reject);
    child.stdout.on('data', watch('stdout'));
    child.stderr.on('data', watch('stderr'));
    child.on('exit', (code) => (firstLine ? resolve(firstLine) : reject(new Error(`generate exited with ${code} before printing ${stderrLine ?? 'an event'}: ${output.stderr.slice(-300)}`))));
  });
}

/** Startup figures of one process: its first model call and its store's open, in ms since it started. */
interface StartupFigures {
  firstModelCallMs: number;
  storeOpenMs: number;
  /** The process's CPU time (user + system) at its first model call: steadier than the clock on a busy machine. */
  cpuMs: number;
  /** A script's imports of the built packages, before it opens the store (the script only). */
  importsMs?: number;
}

/** `generate` with BUILDWRIGHT_STARTUP_TIMING=1: `buildwright startup: first model call 912 ms, store open 540 ms`. */
async function cliStartupFigures(args: string[], cwd: string): Promise<StartupFigures> {
  const { line } = await timeToFirstLine(args, cwd, 'buildwright startup:');
  const match = /first model call (\d+) ms, store open (\d+) ms, cpu (\d+) ms/.exec(line);
  if (!match) throw new Error(`unexpected startup line: ${line}`);
  return { firstModelCallMs: Number(match[1]), storeOpenMs: Number(match[2]), cpuMs: Number(match[3]) };
}

/** How the script runs: under tsx (its loader hooks see every import), or transpiled under plain node. */
type ScriptLoader = 'tsx' | 'node';

/**
 * The first run of a Node script through createBuilder (bench/startup-first-run.ts), in a new process.
 * Under plain node it runs as `startup-first-run.mjs` in `cwd`, transpiled by TypeScript (types removed only).
 */
function scriptStartupFigures(dataDir: string, cwd: string, loader: ScriptLoader): Promise<StartupFigures> {
  return new Promise((resolve, reject) => {
    const source = join(root, 'bench/startup-first-run.ts');
    const plan = JSON.stringify({ dataDir, transcript, packages: pathToFileURL(join(root, 'packages/')).href });
    let args: string[];
    if (loader === 'tsx') {
      // tsx by its URL: the child runs in the temporary directory, where `--import tsx` would not resolve.
      args = ['--import', import.meta.resolve('tsx'), source, plan];
    } else {
      const script = join(cwd, 'startup-first-run.mjs');
      if (!existsSync(script)) {
        const { outputText } = ts.transpileModule(readFileSync(source, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true } });
        writeFileSync(script, outputText);
      }
      args = [script, plan];
    }
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.on('error', reject);
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      const line = output.split('\n').find((candidate) => candidate.startsWith('FIGURES '));
      if (line) resolve(JSON.parse(line.slice('FIGURES '.length)) as StartupFigures);
      else reject(new Error(`bench/startup-first-run.ts (${loader}) exited with ${code} without its figures`));
    });
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const format = (ms: number) => `${ms.toFixed(0)} ms`;
const spread = (values: number[]) => `median ${format(median(values))} of ${values.length} (min ${format(Math.min(...values))}, max ${format(Math.max(...values))})`;
/** The before-the-first-model-call figure against the 300 ms target. */
function beyondStoreOpen(label: string, figures: StartupFigures[]): string {
  const beyond = figures.map((figure) => figure.firstModelCallMs - figure.storeOpenMs);
  const verdict = median(beyond) <= 300 ? 'met' : 'missed';
  const imports = figures.flatMap((figure) => (figure.importsMs === undefined ? [] : [figure.importsMs]));
  const split = imports.length ? `, of which the packages' imports ${format(median(imports))} and after the store's open ${format(median(beyond.map((ms, index) => ms - imports[index]!)))}` : '';
  return `${label} first model call − store open ${spread(beyond)}  target ≤ 300 ms  ${verdict}\n${' '.repeat(label.length)} (first model call ${format(median(figures.map((figure) => figure.firstModelCallMs)))}, store open ${format(median(figures.map((figure) => figure.storeOpenMs)))}, CPU time at the first model call ${format(median(figures.map((figure) => figure.cpuMs)))}${split}, medians)`;
}

console.log(`load average at start: ${loadAverage()} (wall times: a busy machine stretches them)`);

const cwd = mkdtempSync(join(tmpdir(), 'buildwright-bench-cli-'));
try {
  if (!editOnly) await startupFigures();
  if (!startupOnly) await editFigures();
  console.log(`load average at end: ${loadAverage()}`);
} finally {
  rmSync(cwd, { recursive: true, force: true });
}

async function editFigures(): Promise<void> {
  const { generate, edits, firstOnServer, serverStartMs } = await cliEditFigures(bin, cwd, Math.min(runs, 3), { server: onServer });
  const verified = median(edits.map((edit) => edit.verifiedMs));
  const edit = onServer ? 'edit --server (warm)   ' : 'edit (existing project)';
  const load = `(load ${loadAverage({ digits: 1 })})`;
  console.log(`generate (new project)                 published ${format(generate.publishedMs)}, verified ${format(generate.verifiedMs)}, exit ${format(generate.exitMs)} (once)`);
  if (firstOnServer && serverStartMs !== undefined) {
    console.log(`serve → listening                      ${format(serverStartMs)} (once, over the generate's store)`);
    console.log(
      `edit --server (server's first edit)    published ${format(firstOnServer.publishedMs)}, verified ${format(firstOnServer.verifiedMs)}, exit ${format(firstOnServer.exitMs)} (once: cold check worker and browser)`,
    );
  }
  console.log(`${edit} → published     ${spread(edits.map((run) => run.publishedMs))}; → exit ${format(median(edits.map((run) => run.exitMs)))} ${load}`);
  console.log(`${edit} → verified      ${spread(edits.map((run) => run.verifiedMs))}  target ≤ 2500 ms  ${verified <= 2500 ? 'met' : 'MISSED'} ${load}`);
}

async function startupFigures(): Promise<void> {
  const help: number[] = [];
  for (let index = 0; index < runs; index++) help.push(await timeToExit(['--help'], cwd));

  const generateArgs = ['generate', 'a pomodoro timer', '--llm', `script:${transcript}`, '--json', '--replay-delay', '60000'];
  const cold = await timeToFirstLine(generateArgs, cwd);
  const warm: number[] = [];
  for (let index = 0; index < runs; index++) warm.push((await timeToFirstLine(generateArgs, cwd)).ms);

  // Before the first model call, beyond the store's own open: the CLI, then a Node script's first run.
  const cli: StartupFigures[] = [];
  for (let index = 0; index < runs; index++) cli.push(await cliStartupFigures(generateArgs, cwd));
  const scriptData = join(cwd, 'script-data');
  await scriptStartupFigures(scriptData, cwd, 'node'); // creates the database
  // Alternated, so both loaders see the same load.
  const script: Record<ScriptLoader, StartupFigures[]> = { tsx: [], node: [] };
  for (let index = 0; index < runs; index++) for (const loader of ['node', 'tsx'] as const) script[loader].push(await scriptStartupFigures(scriptData, cwd, loader));

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
  console.log(beyondStoreOpen('generate (existing db)           ', cli));
  console.log(beyondStoreOpen('createBuilder first run (node)   ', script.node));
  console.log(beyondStoreOpen('createBuilder first run (tsx)    ', script.tsx));
}
