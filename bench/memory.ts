// Memory benchmark (issue 14; react-vite template through the whole engine: createBuilder, the
// scripted counter app, a local sandbox, webChecks({ keepPreview: false }) and Chromium):
//   pnpm exec tsx bench/memory.ts [--runs 4] [--max-workers 3]
// Resident memory (RSS summed over this process and every process it started, from /proc, sampled
// every 100 ms; PSS beside it, where a page shared by n processes counts 1/n in each) at its peak
// while `--runs` generations run at the same time, and 5 s after the last one ended; the floor is
// one generation alone, measured the same way in the same run (after a first generation that
// fills the dependency cache). At the peak of `--runs`, the children's memory by kind of process
// and this process's own. Targets: peak ≤ 3 GB; 5 s after, ≤ 300 MB in the processes the
// runs started (this process itself is printed beside it).
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBuilder } from '@buildwright/core';
import type { Builder } from '@buildwright/core';
import { webChecks } from '@buildwright/adapters/checks';
import { localSandbox } from '@buildwright/adapters/local';
import { memoryStorage } from '@buildwright/adapters/memory';
import { scriptedLlm } from '@buildwright/adapters/scripted';
import { templates } from '@buildwright/adapters/templates';
import { treeMemory } from '../packages/adapters/src/local/process-tree.js';
import { liveCheckWorkers } from '../packages/adapters/src/checks/worker/check-worker.js';
import { defaultMaxWorkers } from '../packages/adapters/src/checks/worker/default-max-workers.js';
import { loadAverage } from './load-average.js';

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
type Tree = Awaited<ReturnType<typeof treeMemory>>['tree'];
/** RSS (PSS) of the processes at a moment, by what they are (the check worker, each kind of Chromium process, the preview server, ...), with their count, largest first; a process of no known kind by its command line. */
function breakdown(tree: Tree): string {
  const kinds: Array<[string, RegExp]> = [
    ['worker', /worker\/main\.mjs/],
    ['chromium renderer', /chrom.*--type=renderer/i],
    ['chromium gpu', /chrom.*--type=gpu/i],
    ['chromium utility', /chrom.*--type=utility/i],
    ['chromium zygote', /chrom.*--type=zygote/i],
    ['chromium browser', /chrom/i],
    ['install', /npm|tar|install/],
    ['preview', /static-server|vite/],
    ['sandbox bridge', /bridge\.cjs/],
    ['sandbox', /bwrap|sandbox/],
  ];
  const sums = new Map<string, { rss: number; pss: number; count: number }>();
  for (const entry of tree) {
    const kind = kinds.find(([, pattern]) => pattern.test(entry.commandLine))?.[0] ?? `other: ${entry.commandLine.slice(0, 60)}`;
    const sum = sums.get(kind) ?? { rss: 0, pss: 0, count: 0 };
    sums.set(kind, { rss: sum.rss + entry.rssBytes, pss: sum.pss + entry.pssBytes, count: sum.count + 1 });
  }
  return [...sums]
    .sort((a, b) => b[1].rss - a[1].rss)
    .map(([kind, sum]) => `${kind} ×${sum.count} ${megabytes(sum.rss)} (${megabytes(sum.pss)})`)
    .join(', ');
}
const sumOf = (tree: Tree, field: 'rssBytes' | 'pssBytes') => tree.reduce((sum, entry) => sum + entry[field], 0);

interface Figures {
  peak: { rss: number; pss: number };
  atPeak: string;
  workers: number;
  after: Awaited<ReturnType<typeof treeMemory>>;
  seconds: number;
}

/** Peak tree RSS and PSS and most check workers alive while `count` generations run at once; then what is resident 5 s after the last ended. */
async function measure(count: number): Promise<Figures> {
  const peak = { rss: 0, pss: 0 };
  let atPeak = '';
  let workers = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const now = await treeMemory();
      if (now.rssBytes > peak.rss) {
        peak.rss = now.rssBytes;
        atPeak = `${breakdown(now.tree)}; this process ${megabytes(now.rssBytes - sumOf(now.tree, 'rssBytes'))}`;
      }
      peak.pss = Math.max(peak.pss, now.pssBytes);
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
  return { peak, atPeak, workers, after: await treeMemory(), seconds };
}

console.log(
  `bench/memory: react-vite counter app, local sandbox, webChecks({ keepPreview: false${maxWorkers === undefined ? ` }) (maxWorkers ${defaultMaxWorkers()} by default here` : `, maxWorkers: ${maxWorkers} }`}), Chromium; ${runs} at once; load ${loadAverage({ digits: 1 })}`,
);
console.log('RSS summed over this process and its children (PSS, shared pages counted once, in parentheses)');
try {
  // Fills the dependency cache, so that every measured generation installs from it.
  await generate('fill');
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  const idle = await treeMemory();
  console.log(`idle before                peak ${megabytes(idle.rssBytes).padStart(8)} (${megabytes(idle.pssBytes)})   children ${megabytes(sumOf(idle.tree, 'rssBytes'))}`);
  const one = await measure(1);
  const many = await measure(runs);
  const row = (label: string, figures: Figures) =>
    console.log(
      `${label.padEnd(26)} peak ${megabytes(figures.peak.rss).padStart(8)} (${megabytes(figures.peak.pss)})   workers at most ${figures.workers}   5 s after: ${megabytes(figures.after.rssBytes)} (${megabytes(figures.after.pssBytes)}), children ${megabytes(sumOf(figures.after.tree, 'rssBytes'))} in ${figures.after.tree.length} processes   ${figures.seconds.toFixed(1)} s`,
    );
  row('floor: 1 generation', one);
  row(`${runs} generations at once`, many);
  console.log(`at the peak of ${runs}, by kind: ${many.atPeak}`);
  console.log(`ratio peak ${runs}/1: RSS ${(many.peak.rss / one.peak.rss).toFixed(2)}, PSS ${(many.peak.pss / one.peak.pss).toFixed(2)}`);
  const children = sumOf(many.after.tree, 'rssBytes');
  console.log(
    `targets: peak ≤ 3 GB: RSS ${many.peak.rss <= 3 * 1024 ** 3 ? 'met' : 'MISSED'}, PSS ${many.peak.pss <= 3 * 1024 ** 3 ? 'met' : 'MISSED'}; children 5 s after ≤ 300 MB ${children <= 300 * 1024 ** 2 ? 'met' : 'MISSED'}; load ${loadAverage({ digits: 1 })}`,
  );
} finally {
  for (const builder of builders) await builder.close().catch(() => {});
  await rm(work, { recursive: true, force: true });
}
