// Security check benchmark (react-vite template, real local sandbox, installed dependencies):
//   pnpm exec tsx bench/security-check.ts [--runs 3] [--no-worker]
// Times the security check (secrets, lint, audit; no model review) of new projects made one after
// another, as bench/agents.ts makes them, and a second check of the same project (a fix loop's next
// verification), with the time of each part: the secrets scan, the files the lint writes into the
// sandbox, the ESLint run and npm audit. Medians with the load average.
import { performance } from 'node:perf_hooks';
import type { CheckContext } from '@buildwright/core';
import { securityCheck, webChecks } from '@buildwright/adapters/checks';
import { installedProjects } from './installed-projects.js';
import { loadAverage } from './load-average.js';

const runs = Math.max(1, Number(process.argv[process.argv.indexOf('--runs') + 1] || 3) || 3);
const worker = !process.argv.includes('--no-worker');
const projects = installedProjects('security');

/** A new installed project whose commands, file writes and worker requests are timed. */
async function project(into: { times: Map<string, number> }): Promise<CheckContext> {
  const { sandbox, context } = await projects.next();
  const add = (key: string, ms: number) => into.times.set(key, (into.times.get(key) ?? 0) + ms);
  /** `call`, with its time added under `key(its first argument)`. */
  const timing =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>, key: (first: A[0]) => string) =>
    async (...args: A): Promise<R> => {
      const started = performance.now();
      try {
        return await call(...args);
      } finally {
        add(key(args[0]), performance.now() - started);
      }
    };
  sandbox.writeFile = timing(sandbox.writeFile.bind(sandbox), () => 'lint: files written');
  context.run = timing(context.run.bind(context), (command) => (command.startsWith('npm audit') ? 'audit: npm audit' : command.includes('eslint') ? 'lint: eslint command' : `command ${command}`));
  const emit = context.emit.bind(context);
  context.emit = async (event) => {
    // Requests to a server are announced once answered: their own duration is in the event.
    if (event.type === 'command.exited' && event.commandId.startsWith('worker')) add('lint: server request', event.durationMs);
    return emit(event);
  };
  return context;
}

async function timed(parts: Map<string, number>, context: CheckContext, check = securityCheck()): Promise<void> {
  const started = performance.now();
  const result = await check.run(context);
  parts.set('security check', performance.now() - started);
  if (result.status !== 'passed') throw new Error(`the security check did not pass: ${JSON.stringify(result)}`);
  const secretsStarted = performance.now();
  await securityCheck({ lint: false, audit: false }).run(context);
  parts.set('secrets (alone)', performance.now() - secretsStarted);
}

const results = new Map<string, Map<string, number[]>>();
const record = (scenario: string, parts: Map<string, number>) => {
  const scenarioResults = results.get(scenario) ?? new Map<string, number[]>();
  results.set(scenario, scenarioResults);
  for (const [part, ms] of parts) scenarioResults.set(part, [...(scenarioResults.get(part) ?? []), ms]);
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

console.log(`bench/security-check: react-vite template, local sandbox, ${runs} runs, worker ${worker ? 'on' : 'off'}; load ${loadAverage({ digits: 1 })}`);
try {
  // The checks of one webChecks() list, as a builder holds them: its security check is the one timed.
  const check = webChecks({ depth: 'full', worker }).find((entry) => entry.name === 'security')!;
  for (let round = 0; round <= runs; round += 1) {
    const into = { times: new Map<string, number>() };
    const context = await project(into);
    await timed(into.times, context, check);
    // Round 0 is the warm-up (the package's plugin files read, the dependency cache filled).
    if (round > 0) record('new project', into.times);
    into.times = new Map();
    await timed(into.times, context, check);
    if (round > 0) record('same project again', into.times);
  }
  for (const [scenario, parts] of results) {
    console.log(`\n${scenario}:`);
    for (const [part, values] of parts) console.log(`  ${part.padEnd(28)} ${median(values).toFixed(0).padStart(6)} ms   (${values.map((value) => value.toFixed(0)).join(', ')})`);
  }
  console.log(`\nload ${loadAverage({ digits: 1 })}`);
} finally {
  await projects.close();
}
