import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildwrightEvent } from '@buildwright/core';
import { pgliteStorage } from '../pglite/index.js';
import type { CrashProcessPlan } from './crash-process.test-support.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const script = fileURLToPath(new URL('./crash-process.test-support.ts', import.meta.url));

/** What a crash-process printed as its result. */
export interface CrashProcessResult {
  runId: string;
  version: number;
  files: Record<string, string>;
  /** What storage holds of the run at the end. */
  events: BuildwrightEvent[];
  versions: Array<{ number: number; runId: string | null }>;
  status: string | undefined;
  storedFiles: Record<string, string> | undefined;
}

/** One crash-process (see crash-process.test-support.ts) started from the repository root (test use only). */
export function startCrashProcess(plan: CrashProcessPlan, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(plan)], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ? null : code)));
  const output = () => ({ stdout, stderr });
  return {
    plan,
    child,
    exited,
    output,
    /** Resolves to the match once the output shows `pattern`; rejects when the process ends first or after `timeoutMs`. */
    async waitFor(pattern: RegExp, timeoutMs = 300_000): Promise<RegExpMatchArray> {
      const started = Date.now();
      let ended = false;
      void exited.then(() => (ended = true));
      while (Date.now() - started < timeoutMs) {
        const match = stdout.match(pattern);
        if (match) return match;
        if (ended) throw new Error(`the crash process ended before printing ${pattern}:\n${stdout.slice(-2000)}\n${stderr.slice(-4000)}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`timed out waiting for ${pattern}:\n${stdout.slice(-2000)}\n${stderr.slice(-4000)}`);
    },
    /** The JSON of the process's `<label> ` line, once it exited with 0. */
    async printed<T>(label: 'RESULT' | 'KEPT' | 'BOUNDARIES'): Promise<T> {
      const code = await exited;
      if (code !== 0) throw new Error(`the crash process exited with ${code}:\n${stdout.slice(-1000)}\n${stderr.slice(-4000)}`);
      const line = stdout.split('\n').find((candidate) => candidate.startsWith(`${label} `));
      if (!line) throw new Error(`the crash process printed no ${label}:\n${stdout.slice(-2000)}`);
      return JSON.parse(line.slice(label.length + 1)) as T;
    },
  };
}

const migratedDataDirs = new Map<string, Promise<string>>();

/**
 * A new data directory under `root` for one crash process: a copy of a migrated, empty PGlite
 * database made once per root. Creating a database (initdb in WebAssembly) costs a process ~2.9 s
 * more CPU than opening a copy, and the crash tests are about a run killed (and resumed), not
 * about creating its database (test use only).
 */
export async function freshDataDir(root: string): Promise<string> {
  let template = migratedDataDirs.get(root);
  if (!template) {
    template = (async () => {
      const directory = mkdtempSync(join(root, 'migrated-'));
      const storage = pgliteStorage({ dataDir: directory });
      await storage.migrate();
      await storage.close();
      return directory;
    })();
    migratedDataDirs.set(root, template);
  }
  const dataDir = mkdtempSync(join(root, 'data-'));
  cpSync(await template, dataDir, { recursive: true });
  return dataDir;
}
