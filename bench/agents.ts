// Agents benchmark (react-vite template through the whole engine: createBuilder, the scripted
// counter-app transcript, a local sandbox, webChecks() and Chromium):
//   pnpm exec tsx bench/agents.ts [--runs 3] [--only security,full] [--timeline] [--shared-typescript]
// (--only: just the configurations whose names contain one of the words, and the floor;
// --timeline: each measured run's model turns and checks, start–end in ms from run.started, to see
// what is on the critical path.)
// The time of a verified run with no agent (the floor: webChecks() without the accessibility scan,
// measured in the same process after the same warm-up) against the same run with each agent alone
// (the accessibility scan, the requirements analyst, the testing agent, the security check with
// and without its model review, the performance check's bundle budget, and with Lighthouse) and
// with all of them, configured as createBuilder({ agents }) (target: the full set adds at most 60% to the floor). Each configuration runs
// --runs times in turn, so a change in the machine's load falls on all of them; medians are
// printed with the load average. The scripted model answers at once: the model's own time is not
// in these figures, only the engine's and the tools'.
import { mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createBuilder, requirements } from '@buildwright/core';
import type { Builder, BuilderOptions, BuildwrightEvent, Transcript } from '@buildwright/core';
import { a11y, performance as performanceAgent, security, testing, webChecks } from '@buildwright/adapters/checks';
import type { WebChecksOptions } from '@buildwright/adapters/checks';
import { localSandbox } from '@buildwright/adapters/local';
import { memoryStorage } from '@buildwright/adapters/memory';
import { scriptedLlm } from '@buildwright/adapters/scripted';
import { templates } from '@buildwright/adapters/templates';
import { loadAverage } from './load-average.js';

const timeline = process.argv.includes('--timeline');
// --shared-typescript: every configuration type-checks in the shared TypeScript services, warm across projects (webChecks({ sharedTypeScript: true })).
const sharedTypeScript = process.argv.includes('--shared-typescript');
const runs = Math.max(1, Number(process.argv[process.argv.indexOf('--runs') + 1] || 3) || 3);
const counterApp = JSON.parse(readFileSync(fileURLToPath(new URL('../packages/adapters/src/checks/fixtures/counter-app.json', import.meta.url)), 'utf8')) as Transcript;
const work = mkdtempSync(join(tmpdir(), 'bw-bench-agents-'));

/** The counter app's transcript with the turns of the agents' nodes; a run takes only the turns of the nodes it has. */
const transcript: Transcript = {
  ...counterApp,
  turns: [
    {
      node: 'requirements',
      toolCalls: [
        {
          name: 'submit_requirements',
          arguments: {
            summary: 'A page with a button that counts its clicks.',
            stories: [{ as: 'a visitor', want: 'to click a button and see how often I clicked', acceptance: ['each click adds one to the count shown on the button'] }],
            entities: [],
            pages: [{ path: '/', purpose: 'the counter' }],
            kind: 'web',
            kindReason: 'a page in the browser',
            template: 'react-vite',
            templateReason: 'a single React page',
          },
        },
      ],
    },
    ...counterApp.turns,
    {
      node: 'tests',
      toolCalls: [
        {
          name: 'write_file',
          arguments: {
            path: 'tests/e2e/app.flow.json',
            content: JSON.stringify({
              format: 'buildwright.e2e/v1',
              tests: [
                {
                  name: 'counts clicks',
                  criterion: 'each click adds one to the count shown on the button',
                  steps: [{ expect: { role: 'button', name: 'Clicked 0 times' } }, { click: { role: 'button', name: 'Clicked 0 times' } }, { expect: { role: 'button', name: 'Clicked 1 times' } }],
                },
              ],
            }),
          },
        },
      ],
    },
    { node: 'tests', toolCalls: [{ name: 'finish', arguments: { summary: 'One test: a click counts.' } }] },
    { node: 'security-review', toolCalls: [{ name: 'report_security_findings', arguments: { findings: [] } }] },
  ],
};

interface Configuration {
  name: string;
  checks: WebChecksOptions;
  /** Builder options besides the checks (the requirements analyst). */
  builder?: Partial<BuilderOptions>;
}

const floor: WebChecksOptions = { a11y: false };
const allConfigurations: Configuration[] = [
  { name: 'floor (no agent)', checks: floor },
  { name: '+ accessibility (axe)', checks: {} },
  { name: '+ requirements analyst', checks: floor, builder: { requirements: true } },
  { name: '+ testing agent (e2e)', checks: { ...floor, testing: true } },
  { name: '+ security (rules)', checks: { ...floor, security: {} } },
  { name: '+ security with model review', checks: { ...floor, security: { review: true } } },
  { name: '+ bundle budget', checks: { ...floor, performance: true } },
  { name: '+ budget and Lighthouse', checks: { ...floor, performance: { lighthouse: true } } },
  {
    name: 'full set',
    checks: {},
    builder: { agents: [requirements(), testing(), a11y(), performanceAgent({ lighthouse: true }), security({ review: true })] },
  },
];

const only = process.argv.includes('--only') ? (process.argv[process.argv.indexOf('--only') + 1] ?? '').split(',').filter(Boolean) : undefined;
// The floor stays first: every other line is measured against it.
const configurations = allConfigurations.filter((configuration, index) => index === 0 || !only || only.some((word) => configuration.name.includes(word)));

function builderFor(configuration: Configuration): Builder {
  return createBuilder({
    // Each run replays the transcript from its first turn: one builder (and its warm Chromium and workers) serves every run.
    llm: scriptedLlm({ transcript, perRun: true }),
    sandbox: localSandbox({ root: join(work, 'sandboxes') }),
    storage: memoryStorage(),
    checks: webChecks({ ...configuration.checks, ...(sharedTypeScript ? { sharedTypeScript } : {}) }),
    templates,
    artifactsDir: join(work, 'artifacts'),
    ...configuration.builder,
  });
}

/** Wall time of one verified run, and each check's own time (check.started to its outcome). */
async function timedRun(builder: Builder): Promise<{ totalMs: number; checks: Map<string, number>; events: BuildwrightEvent[] }> {
  const started = performance.now();
  // The template named, so the requirements analyst is offered the one the other runs start from.
  const run = builder.generate({ prompt: 'A counter app', kind: 'web', template: 'react-vite' });
  const events: BuildwrightEvent[] = [];
  for await (const event of run) events.push(event);
  const totalMs = performance.now() - started;
  const last = events.at(-1);
  if (last?.type !== 'run.completed') {
    const failures = events.flatMap((event) => (event.type === 'check.failed' ? [`${event.check}: ${JSON.stringify(event).slice(0, 1500)}`] : []));
    throw new Error(`bench/agents: the run did not end verified: ${JSON.stringify(last)}\nfailed checks:\n${failures.join('\n')}`);
  }
  const checks = new Map<string, number>();
  for (const event of events) if (event.type === 'check.passed' || event.type === 'check.failed') checks.set(event.check, (checks.get(event.check) ?? 0) + event.durationMs);
  return { totalMs, checks, events };
}

/**
 * One run's critical path: the model's last turn of each node (its `usage`), then each check's
 * start–end, in ms from `run.started` (events carry ms timestamps), in the order they started.
 */
function timelineOf(events: BuildwrightEvent[]): string {
  const start = Date.parse(events[0]!.at);
  const at = (event: BuildwrightEvent) => Date.parse(event.at) - start;
  const marks: string[] = [];
  const open = new Map<string, { index: number; from: number }>();
  for (const event of events) {
    if (event.type === 'usage') {
      // A node's turns one after another: its last one.
      if (marks.at(-1)?.startsWith(`${event.node} turn `)) marks.pop();
      marks.push(`${event.node} turn ${at(event)}`);
    } else if (event.type === 'check.started') {
      open.set(event.check, { index: marks.length, from: at(event) });
      marks.push(`${event.check} ${at(event)}–?`);
    } else if (event.type === 'check.passed' || event.type === 'check.failed' || event.type === 'check.skipped') {
      const started = open.get(event.check);
      const mark = `${event.check} ${started?.from ?? '?'}–${at(event)}${event.type === 'check.passed' ? '' : ` (${event.type.split('.')[1]})`}`;
      if (started) marks[started.index] = mark;
      else marks.push(mark);
      open.delete(event.check);
    } else if (event.type === 'run.completed') marks.push(`completed ${at(event)}`);
  }
  return marks.join(', ');
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

console.log(`bench/agents: react-vite counter app, local sandbox, webChecks(${sharedTypeScript ? '{ sharedTypeScript: true }' : ''}), Chromium; ${runs} runs each; load ${loadAverage({ digits: 1 })}`);
const builders = configurations.map(builderFor);
try {
  // Warm-up: fills the dependency cache and the check workers' caches, and launches Chromium once per builder.
  for (const builder of builders) await timedRun(builder);
  const results = configurations.map(() => ({ total: [] as number[], checks: new Map<string, number[]>() }));
  for (let round = 0; round < runs; round += 1) {
    for (const [index, builder] of builders.entries()) {
      const { totalMs, checks, events } = await timedRun(builder);
      if (timeline) console.log(`  [${configurations[index]!.name}, run ${round + 1}, load ${loadAverage({ digits: 1 })}] ${timelineOf(events)}`);
      results[index]!.total.push(totalMs);
      for (const [name, ms] of checks) results[index]!.checks.set(name, [...(results[index]!.checks.get(name) ?? []), ms]);
    }
  }
  const floorMs = median(results[0]!.total);
  for (const [index, configuration] of configurations.entries()) {
    const total = median(results[index]!.total);
    const added = total - floorMs;
    const share = (added / floorMs) * 100;
    const target = configuration.name === 'full set' ? ` (target ≤ 60%: ${share <= 60 ? 'met' : 'missed'})` : '';
    // The checks the floor does not run: the agent's own (the browser check's accessibility scan is inside the browser check).
    const own = [...results[index]!.checks].filter(([name]) => !results[0]!.checks.has(name)).map(([name, values]) => `${name} ${median(values).toFixed(0)} ms`);
    const checks = own.length > 0 ? `; its checks: ${own.join(', ')}` : '';
    console.log(
      `  ${configuration.name.padEnd(30)} verified run ${total.toFixed(0)} ms (median), ${index === 0 ? 'floor' : `${added >= 0 ? '+' : ''}${added.toFixed(0)} ms, ${share >= 0 ? '+' : ''}${share.toFixed(0)}% over the floor${target}`}${checks}`,
    );
  }
  console.log(`  load after: ${loadAverage({ digits: 1 })}`);
} finally {
  await Promise.allSettled(builders.map((builder) => builder.close()));
  await rm(work, { recursive: true, force: true });
}
