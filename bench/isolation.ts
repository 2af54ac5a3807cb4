// What the sandbox boundary costs: the same verified web run (react-vite template, scripted model,
// webChecks(), Chromium) on a local sandbox with bubblewrap and with isolation: 'none', runs
// interleaved so both see the same machine, on a warm dependency cache.
//   pnpm exec tsx bench/isolation.ts [--runs 5]
// Figures: median ms of the install check (warm cache), the build-app check, the browser check,
// and the whole run (run.started → run.completed); the ratio is bubblewrap / none. Target: the
// boundary costs at most 10% of a verified run.
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBuilder } from '@buildwright/core';
import type { BuildwrightEvent, Transcript } from '@buildwright/core';
import { webChecks } from '@buildwright/adapters/checks';
import { localSandbox } from '@buildwright/adapters/local';
import { memoryStorage } from '@buildwright/adapters/memory';
import { scriptedLlm } from '@buildwright/adapters/scripted';
import { templates } from '@buildwright/adapters/templates';
import { loadAverage } from './load-average.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 5) || 5;
const work = mkdtempSync(join(tmpdir(), 'bw-bench-isolation-'));
const cacheDirectory = join(work, 'deps');
const modes = ['bubblewrap', 'none'] as const;
type Mode = (typeof modes)[number];

const transcript = (label: string): Transcript => ({
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: label, summary: label, steps: [{ id: 'app', title: 'Write App', files: ['src/App.tsx'] }] } }] },
    {
      node: 'build',
      toolCalls: [
        {
          name: 'write_file',
          arguments: { path: 'src/App.tsx', content: `export default function App() {\n  return <h1 className="text-3xl font-bold">${label}</h1>;\n}\n` },
        },
      ],
    },
    { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: label } }] },
  ],
});

const columns = ['install', 'build-app', 'browser', 'run'] as const;
type Figures = Record<(typeof columns)[number], number>;

async function verifiedRun(mode: Mode, label: string): Promise<Figures> {
  const builder = createBuilder({
    llm: scriptedLlm({ transcript: transcript(label) }),
    sandbox: localSandbox({ root: join(work, `sandboxes-${mode}`), isolation: mode }),
    storage: memoryStorage(),
    checks: webChecks({ install: { cacheDirectory } }),
    templates,
    artifactsDir: join(work, 'artifacts'),
  });
  try {
    const run = builder.generate({ prompt: label, kind: 'web' });
    const events: BuildwrightEvent[] = [];
    for await (const event of run) events.push(event);
    await run.result;
    const at = (event: BuildwrightEvent | undefined) => (event ? Date.parse(event.at) : Number.NaN);
    const figures = { run: at(events.at(-1)) - at(events[0]) } as Figures;
    for (const check of ['install', 'build-app', 'browser'] as const) {
      const passed = events.find((event) => event.type === 'check.passed' && event.check === check);
      if (passed?.type !== 'check.passed') throw new Error(`${mode}: the ${check} check did not pass`);
      figures[check] = passed.durationMs;
    }
    return figures;
  } finally {
    await builder.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

try {
  // Warm-up: fills the dependency cache and the OS caches for both modes.
  for (const mode of modes) await verifiedRun(mode, `warm ${mode}`);
  const results: Record<Mode, Figures[]> = { bubblewrap: [], none: [] };
  for (let index = 0; index < runs; index += 1) {
    for (const mode of index % 2 === 0 ? modes : [...modes].reverse()) results[mode].push(await verifiedRun(mode, `run ${index} ${mode}`));
  }
  const medians = Object.fromEntries(modes.map((mode) => [mode, Object.fromEntries(columns.map((column) => [column, median(results[mode].map((figures) => figures[column]))]))])) as Record<
    Mode,
    Figures
  >;
  console.log(`bench/isolation: verified react-vite run, warm dependency cache, ${runs} interleaved runs per mode, median ms; load average ${loadAverage()}`);
  console.log(['mode'.padEnd(12), ...columns.map((column) => column.padStart(10))].join(''));
  for (const mode of modes) console.log([mode.padEnd(12), ...columns.map((column) => String(Math.round(medians[mode][column])).padStart(10))].join(''));
  console.log(['ratio'.padEnd(12), ...columns.map((column) => (medians.bubblewrap[column] / medians.none[column]).toFixed(2).padStart(10))].join(''));
  const cost = medians.bubblewrap.run / medians.none.run - 1;
  console.log(`isolation costs ${(cost * 100).toFixed(1)}% of a verified run (target: at most 10%)`);
} finally {
  await rm(work, { recursive: true, force: true });
}
