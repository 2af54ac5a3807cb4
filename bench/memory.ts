// Memory benchmark (issue 14; react-vite template through the whole engine: createBuilder, the
// scripted counter app, a local sandbox, webChecks({ keepPreview: false }) and Chromium):
//   pnpm exec tsx bench/memory.ts [--runs 4] [--max-workers 3]
// Resident memory (RSS summed over this process and every process it started, from /proc, sampled
// every 100 ms) at its peak while `--runs` generations run at the same time, and 5 s after the last
// one ended; the floor is one generation alone, measured the same way in the same run (after a
// first generation that fills the dependency cache). Targets: peak ≤ 3 GB; 5 s after, ≤ 300 MB in
// the processes the runs started (this process itself is printed beside it).
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBuilder } from '@buildwright/core';
import type { Builder } from '@buildwright/core';
import { webChecks } from '@buildwright/adapters/checks';
import { localSandbox } from '@buildwright/adapters/local';
import { memoryStorage } from '@buildwright/adapters/memory';
import { scriptedLlm } from '@buildwright/adapters/scripted';
import { templates } from '@buildwright/adapters/templates';
import { processTree, treeRssBytes } from '../packages/adapters/src/local/process-tree.js';
import { liveCheckWorkers } from '../packages/adapters/src/checks/worker/check-worker.js';

const runs = Math.max(1, Number(process.argv[process.argv.indexOf('--runs') + 1] || 4) || 4);
const maxWorkers = process.argv.includes('--max-workers') ? Math.max(1, Number(process.argv[process.argv.indexOf('--max-workers') + 1]) || 3) : undefined;
const transcript = fileURLToPath(new URL('../packages/adapters/src/checks/fixtures/counter-app.json', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'bw-bench-memory-'));
const sandbox = localSandbox({ root: join(work, 'sandboxes') });
// One webChecks() for every generation, as in a server: its check workers and Chromium are shared.
const checks = webChecks({ keepPreview: false, ...(maxWorkers === undefined ? {} : { maxWorkers }) });
const builders: Builder[] = [];
/** A generation with its own builder (the scripted model replays its transcript once), sharing the sandbox adapter and the checks. */
function generate(prompt: string) {
  const builder = createBuilder({ llm: scriptedLlm({ transcript }), sandbox, storage: memoryStorage(), checks, templates, artifactsDir: join(work, 'artifacts') });
  builders.push(builder);
  return builder.generate({ prompt, kind: 'web' }).result;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
/** RSS of the processes at a moment, by what they are (the check worker, Chromium, the preview server, ...), largest first. */
function breakdown(tree: Awaited<ReturnType<typeof processTree>>): string {
  const kinds: Array<[string, RegExp]> = [
    ['worker', /worker\/main\.mjs/],
    ['chromium', /chrom/i],
    ['install', /npm|tar|install/],
    ['preview', /static-server|vite/],
  ];
  const sums = new Map<string, number>();
  for (const entry of tree) {
    const kind = kinds.find(([, pattern]) => pattern.test(entry.commandLine))?.[0] ?? 'other';
    sums.set(kind, (sums.get(kind) ?? 0) + entry.rssBytes);
  }
  return [...sums]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, bytes]) => `${kind} ${megabytes(bytes)}`)
    .join(', ');
}
const children = async () => (await processTree()).reduce((sum, entry) => sum + entry.rssBytes, 0);

/** Peak tree RSS and most check workers alive while `count` generations run at once; then what is resident 5 s after the last ended. */
async function measure(count: number): Promise<{ peak: number; workers: number; after: number; afterChildren: number; afterProcesses: number; seconds: number; atPeak: string }> {
  let peak = 0;
  let atPeak = '';
  let workers = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const [total, tree] = await Promise.all([treeRssBytes(), processTree()]);
      if (total > peak) {
        peak = total;
        atPeak = breakdown(tree);
      }
      workers = Math.max(workers, liveCheckWorkers());
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const started = Date.now();
  const results = await Promise.allSettled(Array.from({ length: count }, (_, index) => generate(`counter app ${index}`)));
  const seconds = (Date.now() - started) / 1000;
  sampling = false;
  await sampler;
  const failed = results.filter((result) => result.status === 'rejected');
  if (failed.length > 0) throw new Error(`${failed.length} of ${count} generations failed: ${String((failed[0] as PromiseRejectedResult).reason)}`);
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  return { atPeak, peak, workers, after: await treeRssBytes(), afterChildren: await children(), afterProcesses: (await processTree()).length, seconds };
}

console.log(`bench/memory: react-vite counter app, local sandbox, webChecks({ keepPreview: false }), Chromium; ${runs} at once; load ${load()}`);
try {
  // Fills the dependency cache, so that every measured generation installs from it.
  await generate('fill');
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  console.log(`idle before (this process + children)           ${megabytes(await treeRssBytes())}   children ${megabytes(await children())}`);
  const one = await measure(1);
  const many = await measure(runs);
  const row = (label: string, figures: typeof one) =>
    console.log(
      `${label.padEnd(24)} peak ${megabytes(figures.peak).padStart(8)}   workers at most ${figures.workers}   5 s after: ${megabytes(figures.after).padStart(7)} (children ${megabytes(figures.afterChildren)} in ${figures.afterProcesses} processes)   ${figures.seconds.toFixed(1)} s`,
    );
  row('floor: 1 generation', one);
  row(`${runs} generations at once`, many);
  console.log(`at the peak of ${runs}, children by kind: ${many.atPeak} (this process: the rest)`);
  console.log(`ratio peak ${runs}/1: ${(many.peak / one.peak).toFixed(2)}`);
  console.log(`targets: peak ≤ 3 GB ${many.peak <= 3 * 1024 ** 3 ? 'met' : 'MISSED'}; children 5 s after ≤ 300 MB ${many.afterChildren <= 300 * 1024 ** 2 ? 'met' : 'MISSED'}; load ${load()}`);
} finally {
  for (const builder of builders) await builder.close().catch(() => {});
  await rm(work, { recursive: true, force: true });
}
