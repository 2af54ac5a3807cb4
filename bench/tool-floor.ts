// The floor of a verified preview, measured in the bench's own run (issue 14): the project's tools
// alone on the same files, warm (loaded and kept in one process, bench/tool-floor-process.ts):
// types (tsc), lint (ESLint), the production build (Vite) and Chromium loading the built page.
// Types, lint and build → browser are independent chains, so the parallel critical path is
// max(tsc, eslint, build + browser); the serial sum is all four one after another.
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FloorReply, ToolTimes } from './tool-floor-process.js';

export type { ToolTimes };

export interface ToolFloor {
  /** Runs each tool alone on `directory`, one after another; the first call loads the tools. */
  measure(directory: string): Promise<ToolTimes>;
  close(): void;
}

/** Starts the floor's kept process. */
export function startToolFloor(): ToolFloor {
  const script = fileURLToPath(new URL('./tool-floor-process.ts', import.meta.url));
  const child: ChildProcess = fork(script, { execArgv: ['--import', import.meta.resolve('tsx')], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map<number, { resolve(times: ToolTimes): void; reject(error: Error): void }>();
  let next = 0;
  child.on('message', (reply: FloorReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.times) waiting?.resolve(reply.times);
    else waiting?.reject(new Error(`tool floor: ${reply.error}`));
  });
  child.on('exit', (code) => {
    for (const waiting of pending.values()) waiting.reject(new Error(`the tool floor's process exited with ${code}`));
    pending.clear();
  });
  return {
    measure(directory) {
      const id = ++next;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        child.send({ id, directory });
      });
    },
    close: () => child.disconnect(),
  };
}

/**
 * Lays out a floor project: `files` under `root/name`, node_modules a symlink to one shared tree
 * (`root/node_modules`, hard-linked once from the bench's filled dependency cache), so that every
 * floor project resolves the same, already loaded, tool modules.
 */
export function floorProject(root: string, name: string, files: Record<string, string>, dependencyCache: string): string {
  const shared = join(root, 'node_modules');
  try {
    readdirSync(shared);
  } catch {
    // The cache holds one tree per dependency set: `<cache>/<key>/node_modules`.
    const [key] = readdirSync(dependencyCache).filter((entry) => readdirSync(join(dependencyCache, entry)).includes('node_modules'));
    if (!key) throw new Error(`no node_modules in the dependency cache ${dependencyCache}: run a generation first`);
    mkdirSync(root, { recursive: true });
    execFileSync('cp', ['-al', join(dependencyCache, key, 'node_modules'), shared]);
  }
  const directory = join(root, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(directory, path)), { recursive: true });
    writeFileSync(join(directory, path), content);
  }
  try {
    symlinkSync(shared, join(directory, 'node_modules'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return directory;
}

export const serialSum = (times: ToolTimes) => times.tsc + times.eslint + times.build + times.browser;
export const criticalPath = (times: ToolTimes) => Math.max(times.tsc, times.eslint, times.build + times.browser);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Median of each tool's time over the samples. */
export function medianTimes(samples: ToolTimes[]): ToolTimes {
  return {
    tsc: median(samples.map((sample) => sample.tsc)),
    eslint: median(samples.map((sample) => sample.eslint)),
    build: median(samples.map((sample) => sample.build)),
    browser: median(samples.map((sample) => sample.browser)),
  };
}

/** `floor warm: tsc 812, eslint 301, build 790, browser 140 → serial 2043, critical path 930 ms` */
export function floorLine(label: string, times: ToolTimes): string {
  const ms = (value: number) => Math.round(value);
  return `floor ${label}: tsc ${ms(times.tsc)}, eslint ${ms(times.eslint)}, vite build ${ms(times.build)}, browser ${ms(times.browser)} → serial ${ms(serialSum(times))}, parallel critical path ${ms(criticalPath(times))} ms`;
}

/** One target: the figure against `limit` ms (`ratio` × the floor when given), with its ratio to the floor. */
export function targetLine(label: string, figure: number, floor: number, limit: { ms: number } | { ratio: number }): string {
  const bound = 'ms' in limit ? limit.ms : limit.ratio * floor;
  const target = 'ms' in limit ? `≤ ${limit.ms} ms` : `≤ ${limit.ratio} × floor = ${Math.round(bound)} ms`;
  return `target ${label} ${target}: ${Math.round(figure)} ms, floor ${Math.round(floor)} ms, ratio ${(figure / floor).toFixed(2)} → ${figure <= bound ? 'met' : 'MISSED'}`;
}
