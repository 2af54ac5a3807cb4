// Live preview benchmark (react-vite template through the whole engine: createBuilder, the
// scripted model held between steps, a local sandbox, webChecks() and Chromium):
//   pnpm exec tsx bench/live-preview.ts [--steps 12]
// For each build step after the first two: the time from the step's `file.written` event to the
// open page showing the step's text by hot reload (the live preview's dev server), against the
// floor measured in the same run and on the same server and page: the same file written straight
// into the sandbox (Vite's own hot reload, no engine). Target: engine median and p95 ≤ 300 ms.
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBuilder } from '@buildwright/core';
import type { BuildwrightEvent, LlmAdapter, Sandbox, Transcript } from '@buildwright/core';
import { chromiumArgs, launchChromium } from '../packages/adapters/src/checks/chromium-launch.js';
import { webChecks } from '@buildwright/adapters/checks';
import { localSandbox } from '@buildwright/adapters/local';
import { memoryStorage } from '@buildwright/adapters/memory';
import { scriptedLlm } from '@buildwright/adapters/scripted';
import { templates } from '@buildwright/adapters/templates';
import { loadAverage } from './load-average.js';

const steps = Math.max(4, Number(process.argv[process.argv.indexOf('--steps') + 1] || 12) || 12);
const work = mkdtempSync(join(tmpdir(), 'bw-bench-live-'));
const app = (label: string) => `export default function App() {\n  return <h1 className="text-3xl font-bold">${label}</h1>;\n}\n`;
const label = (index: number) => `Engine step ${index}`;
const transcript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    {
      node: 'plan',
      toolCalls: [
        {
          name: 'submit_plan',
          arguments: { title: 'Steps', summary: 'Steps', steps: Array.from({ length: steps }, (_, index) => ({ id: `s${index}`, title: label(index), files: ['src/App.tsx'] })) },
        },
      ],
    },
    ...Array.from({ length: steps }, (_, index) => [
      { node: 'build', toolCalls: [{ name: 'write_file', arguments: { path: 'src/App.tsx', content: app(label(index)) } }] },
      { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: label(index) } }] },
    ]).flat(),
  ],
};

function builderWith(llm: LlmAdapter, sandboxes: Sandbox[]) {
  const adapter = localSandbox({ root: join(work, 'sandboxes') });
  return createBuilder({
    llm,
    sandbox: { ...adapter, open: async (options) => sandboxes[sandboxes.push(await adapter.open(options)) - 1]! },
    storage: memoryStorage(),
    checks: webChecks(),
    templates,
    artifactsDir: join(work, 'artifacts'),
  });
}

/** The scripted model; each build step after the first waits for `next()`. */
function heldModel() {
  const scripted = scriptedLlm({ transcript });
  const gates: Array<() => void> = [];
  const opened: Promise<void>[] = [];
  for (let step = 1; step < steps; step += 1) opened.push(new Promise<void>((resolve) => gates.push(resolve)));
  let calls = 0;
  const llm: LlmAdapter = {
    ...scripted,
    async *stream(request) {
      calls += 1;
      // Call 2 writes step 0; calls 4, 6, ... start steps 1, 2, ...
      if (calls >= 4 && calls % 2 === 0) await opened[calls / 2 - 2];
      yield* scripted.stream(request);
    },
  };
  return { llm, release: (step: number) => gates[step - 1]!() };
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95) };
};

console.log(`bench/live-preview: react-vite, local sandbox, Vite dev server, Chromium; ${steps} steps, load ${loadAverage({ digits: 1 })}`);
const closers: Array<() => Promise<unknown>> = [];
try {
  // Fills the dependency cache (the live preview starts once dependencies are in place).
  const fill = builderWith(scriptedLlm({ transcript }), []);
  closers.push(() => fill.close());
  await fill.generate({ prompt: 'fill', kind: 'web', template: 'react-vite' }).result;

  const sandboxes: Sandbox[] = [];
  const model = heldModel();
  const builder = builderWith(model.llm, sandboxes);
  closers.push(() => builder.close());
  // The template whose dependencies the fill put in the cache (a prompt alone may pick another, whose live preview would wait for an install).
  const run = builder.generate({ prompt: 'steps', kind: 'web', template: 'react-vite' });
  const waiters: Array<{ test: (event: BuildwrightEvent) => boolean; resolve: (at: number) => void }> = [];
  const next = (test: (event: BuildwrightEvent) => boolean) => new Promise<number>((resolve) => waiters.push({ test, resolve }));
  const firstLive = next((event) => event.type === 'preview.updated');
  let liveUrl = '';
  const reading = (async () => {
    for await (const event of run) {
      if (event.type === 'preview.updated') liveUrl = event.url;
      // A live preview that stopped says why once and never updates: the bench would wait forever.
      if (event.type === 'notice.posted' && event.level !== 'info') console.log(`  notice: ${event.message}`);
      if (event.type === 'run.failed') console.log(`  run failed: ${event.code} ${event.message}`);
      const now = performance.now();
      for (const waiter of waiters.filter(({ test }) => test(event))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(now);
      }
    }
  })();
  await firstLive;
  const browser = await launchChromium({ adapter: 'browserCheck', executablePath: process.env.BUILDWRIGHT_CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs });
  closers.unshift(() => browser.close());
  const page = await browser.newPage();
  await page.goto(liveUrl, { waitUntil: 'load' });
  await page.getByText(label(0)).waitFor({ timeout: 30_000 });
  const shows = (text: string) => page.waitForFunction((wanted) => document.body.innerText.includes(wanted), text, { polling: 'raf', timeout: 10_000 }).then(() => performance.now());

  const engine: number[] = [];
  const floor: number[] = [];
  // The last step has no live update (the verified preview follows it).
  for (let step = 1; step < steps - 1; step += 1) {
    const sandbox = sandboxes.at(-1)!;
    const floorText = `Floor ${step}`;
    const written = performance.now();
    await sandbox.writeFile('src/App.tsx', app(floorText));
    floor.push((await shows(floorText)) - written);

    const landed = next((event) => event.type === 'file.written' && event.path === 'src/App.tsx');
    const showing = shows(label(step));
    model.release(step);
    const at = await landed;
    const seen = await showing;
    // Step 1 is the warm-up (first hot update of the page); the rest are the figures.
    if (step > 1) engine.push(seen - at);
  }
  model.release(steps - 1);
  await reading;
  await run.result;
  const e = stats(engine);
  const f = stats(floor.slice(1));
  console.log(`floor  (file written into the sandbox → page shows it)   median ${f.median.toFixed(0)} ms   p95 ${f.p95.toFixed(0)} ms   (${floor.length - 1} samples)`);
  console.log(`engine (step's file.written → page shows it)             median ${e.median.toFixed(0)} ms   p95 ${e.p95.toFixed(0)} ms   (${engine.length} samples)`);
  console.log(`ratio engine/floor: median ${(e.median / f.median).toFixed(2)}`);
  console.log(`target ≤ 300 ms: median ${e.median <= 300 ? 'met' : 'MISSED'}, p95 ${e.p95 <= 300 ? 'met' : 'MISSED'}; load ${loadAverage({ digits: 1 })}`);
} finally {
  for (const close of closers) await close().catch(() => {});
  await rm(work, { recursive: true, force: true });
}
