import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stalePackages } from '../../../scripts/stale-packages.mjs';
import { afterAll } from 'vitest';

/** The repository root. */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));
/** The bundled transcripts. */
export const transcriptsDirectory = join(repositoryRoot, 'examples/transcripts');

const tsxLoader = pathToFileURL(join(repositoryRoot, 'node_modules/tsx/dist/loader.mjs')).href;
/**
 * How the `buildwright` command starts: its build when every package's build is newer than its
 * sources (as `npm test` leaves them: the setup rebuilds first), else its sources through tsx, which
 * costs about 0.4–0.8 s more per process.
 */
const cliStart: string[] = stalePackages(repositoryRoot).length === 0 ? [join(repositoryRoot, 'packages/cli/dist/bin.js')] : ['--import', tsxLoader, join(repositoryRoot, 'packages/cli/src/bin.ts')];

/**
 * The command line and environment that start the real `buildwright` command from its sources
 * (as {@link startCli} does), for a test whose client spawns the process itself (an MCP client's
 * stdio transport).
 *
 * @example
 * const { command, args, env } = cliCommandLine(['mcp', '--sandbox', 'local:none']);
 * new StdioClientTransport({ command, args, env, cwd });
 */
export function cliCommandLine(args: string[], extraEnv: Record<string, string | undefined> = {}): { command: string; args: string[]; env: Record<string, string> } {
  return { command: process.execPath, args: [...cliStart, ...args], env: cliEnvironment(extraEnv) as Record<string, string> };
}

/** How a CLI process ended. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A running CLI process (or script, see {@link startScript}). */
export interface CliProcess {
  child: ChildProcess;
  /** Resolves with the first stdout line that `match` accepts. */
  waitForLine(match: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Complete stdout lines so far. */
  lines(): string[];
  done: Promise<CliRun>;
}

/**
 * Starts the real `buildwright` command as a child process: its build when that is up to date, else
 * its TypeScript sources through tsx, so no build is needed. Model keys are removed from the
 * environment; colors are off unless the test sets them.
 */
export function startCli(args: string[], options: { cwd: string; env?: Record<string, string | undefined>; stdin?: string }): CliProcess {
  return startProcess(cliStart, args, options);
}

/**
 * Starts a TypeScript file of the workspace as a child process, as {@link startCli} starts the
 * CLI (a worker process of a test, for one).
 *
 * @example
 * const worker = startScript(workerScript, [JSON.stringify(plan)], { cwd: repositoryRoot });
 * await worker.waitForLine((line) => line === 'READY');
 */
export function startScript(script: string, args: string[], options: { cwd: string; env?: Record<string, string | undefined>; stdin?: string }): CliProcess {
  return startProcess(['--import', tsxLoader, script], args, options);
}

function startProcess(start: string[], args: string[], options: { cwd: string; env?: Record<string, string | undefined>; stdin?: string }): CliProcess {
  const env = cliEnvironment(options.env ?? {});
  const child = spawn(process.execPath, [...start, ...args], { cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin!.end(options.stdin ?? '');
  let stdout = '';
  let stderr = '';
  const lineWaiters = new Set<{ match: (line: string) => boolean; resolve: (line: string) => void }>();
  const seen: string[] = [];
  let partial = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const text = chunk.toString();
    stdout += text;
    partial += text;
    const lines = partial.split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      seen.push(line);
      for (const waiter of lineWaiters) if (waiter.match(line)) lineWaiters.delete(waiter), waiter.resolve(line);
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return {
    child,
    done,
    lines: () => [...seen],
    waitForLine(match, timeoutMs = 120_000) {
      const already = seen.find(match);
      if (already !== undefined) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching line within ${timeoutMs} ms; stdout so far:\n${stdout.slice(-2000)}\nstderr:\n${stderr.slice(-2000)}`)), timeoutMs);
        const waiter = {
          match,
          resolve: (line: string) => {
            clearTimeout(timer);
            resolve(line);
          },
        };
        lineWaiters.add(waiter);
        void done.then(() => {
          if (lineWaiters.delete(waiter)) {
            clearTimeout(timer);
            reject(new Error(`the CLI exited before a matching line; stdout:\n${stdout.slice(-2000)}\nstderr:\n${stderr.slice(-2000)}`));
          }
        });
      });
    },
  };
}

/** The test process's environment without model keys and color settings, plus `extra` (an undefined value removes the variable). */
function cliEnvironment(extra: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, TSX_TSCONFIG_PATH: join(repositoryRoot, 'tsconfig.json') };
  for (const name of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'ANTHROPIC_API_KEY', 'E2B_API_KEY', 'NO_COLOR', 'FORCE_COLOR', 'BUILDWRIGHT_MODEL']) delete env[name];
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** Runs the CLI to completion. */
export function runCli(args: string[], options: { cwd: string; env?: Record<string, string | undefined>; stdin?: string }): Promise<CliRun> {
  return startCli(args, options).done;
}

/**
 * Fresh empty directories for one test file, each removed after the file's tests: call it once at
 * the file's top level, then call what it returns for each directory.
 *
 * @example
 * const freshDirectory = freshDirectories();
 * await runCli(['list'], { cwd: freshDirectory() });
 */
export function freshDirectories(): () => string {
  const made: string[] = [];
  afterAll(() => made.forEach((directory) => rmSync(directory, { recursive: true, force: true })));
  return () => {
    const directory = temporaryDirectory();
    made.push(directory);
    return directory;
  };
}

/** A fresh empty directory to run the CLI in (its `.buildwright/` data lands there). */
export function temporaryDirectory(prefix = 'buildwright-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
