// Check agents benchmark (react-vite template through the whole engine: createBuilder, the
// scripted counter-app transcript, a local sandbox, webChecks() and Chromium):
//   pnpm exec tsx bench/agents.ts [--runs 3]
// The time of a verified run without the performance check (the floor, measured in the same
// process, after the same warm-up) against the same run with the performance check's bundle
// budget, and with the budget plus Lighthouse (performance and best-practices, desktop). Each
// configuration runs --runs times in turn (floor, budget, Lighthouse, floor, ...), so a change in
// the machine's load falls on all of them; medians are printed with the load average.
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createBuilder } from '@buildwright/core';
import type { Builder, BuildwrightEvent, LlmAdapter } from '@buildwright/core';
import { webChecks } from '@buildwright/adapters/checks';
import type { WebChecksOptions } from '@buildwright/adapters/checks';
import { localSandbox } from '@buildwright/adapters/local';
import { memoryStorage } from '@buildwright/adapters/memory';
import { scriptedLlm } from '@buildwright/adapters/scripted';
import { templates } from '@buildwright/adapters/templates';

const runs = Math.max(1, Number(process.argv[process.argv.indexOf('--runs') + 1] || 3) || 3);
const transcript = fileURLToPath(new URL('../packages/adapters/src/checks/fixtures/counter-app.json', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'bw-bench-agents-'));
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

const configurations: Array<{ name: string; checks: WebChecksOptions }> = [
  { name: 'floor (no performance check)', checks: {} },
  { name: '+ bundle budget', checks: { performance: true } },
  { name: '+ budget and Lighthouse', checks: { performance: { lighthouse: true } } },
];

/** The scripted model, from the top of the transcript at each run's plan call: one builder (and its warm Chromium and workers) serves every run. */
function replayingModel(): LlmAdapter {
  let current = scriptedLlm({ transcript });
  return {
    ...current,
    stream(request) {
      if (request.node === 'plan') current = scriptedLlm({ transcript });
      return current.stream(request);
    },
  };
}

function builderFor(checks: WebChecksOptions): Builder {
  return createBuilder({
    llm: replayingModel(),
    sandbox: localSandbox({ root: join(work, 'sandboxes') }),
    storage: memoryStorage(),
    checks: webChecks(checks),
    templates,
    artifactsDir: join(work, 'artifacts'),
  });
}

/** Wall time of one verified run, and the performance check's own time (check.started to its outcome). */
async function timedRun(builder: Builder): Promise<{ totalMs: number; performanceMs: number | undefined }> {
  const started = performance.now();
  const run = builder.generate({ prompt: 'A counter app', kind: 'web' });
  const events: BuildwrightEvent[] = [];
  for await (const event of run) events.push(event);
  const totalMs = performance.now() - started;
  const last = events.at(-1);
  if (last?.type !== 'run.completed') throw new Error(`bench/agents: the run did not end verified: ${JSON.stringify(last)}`);
  const begin = events.find((event) => event.type === 'check.started' && event.check === 'performance');
  const end = events.find((event) => (event.type === 'check.passed' || event.type === 'check.failed') && event.check === 'performance');
  return { totalMs, performanceMs: begin && end ? Date.parse(end.at) - Date.parse(begin.at) : undefined };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

console.log(`bench/agents: react-vite counter app, local sandbox, webChecks(), Chromium; ${runs} runs each; load ${load()}`);
const builders = configurations.map((configuration) => builderFor(configuration.checks));
try {
  // Warm-up: fills the dependency cache and the check workers' caches, and launches Chromium once per builder.
  for (const builder of builders) await timedRun(builder);
  const results = configurations.map(() => ({ total: [] as number[], check: [] as number[] }));
  for (let round = 0; round < runs; round += 1) {
    for (const [index, builder] of builders.entries()) {
      const { totalMs, performanceMs } = await timedRun(builder);
      results[index]!.total.push(totalMs);
      if (performanceMs !== undefined) results[index]!.check.push(performanceMs);
    }
  }
  const floor = median(results[0]!.total);
  for (const [index, configuration] of configurations.entries()) {
    const total = median(results[index]!.total);
    const check = results[index]!.check.length > 0 ? `, performance check ${median(results[index]!.check).toFixed(0)} ms` : '';
    console.log(`  ${configuration.name.padEnd(30)} verified run ${total.toFixed(0)} ms (median), ${index === 0 ? 'floor' : `+${(total - floor).toFixed(0)} ms over the floor`}${check}`);
  }
  console.log(`  load after: ${load()}`);
} finally {
  await Promise.allSettled(builders.map((builder) => builder.close()));
  await rm(work, { recursive: true, force: true });
}
