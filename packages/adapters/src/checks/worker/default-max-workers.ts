import { availableParallelism, totalmem } from 'node:os';

/** What one warm check worker holds (TypeScript program, ESLint, Vite and the Rollup cache), with room for its threads' peaks. */
export const workerMemoryBytes = 640 * 1024 ** 2;

/**
 * The default `maxWorkers` for a machine: at most 3, no more than its cores (a worker checking
 * types or building keeps a core busy: on 2 cores a third worker only competes with the others),
 * and no more than fit in a quarter of its memory at `workerMemoryBytes` each (the rest is left to
 * Chromium, the preview servers, installs and the host). Never less than 1.
 *
 * @example
 * defaultMaxWorkers({ cores: 2, memoryBytes: 24 * 1024 ** 3 }); // 2
 */
export function defaultMaxWorkers(machine: { cores: number; memoryBytes: number } = { cores: availableParallelism(), memoryBytes: totalmem() }): number {
  return Math.max(1, Math.min(3, machine.cores, Math.floor(machine.memoryBytes / 4 / workerMemoryBytes)));
}
