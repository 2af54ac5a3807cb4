// Cold check worker bench (react-vite template, real local sandbox; issue 14's memory work put the
// worker's type check and lint in one tools thread, so a cold worker loads them one after another):
//   pnpm exec tsx bench/cold-tools.ts [--projects 3]
// For each new project, with its own check worker: the first validate (type check and lint, the
// worker started cold: Node, TypeScript, ESLint and typescript-eslint loaded) and a validate after a
// one-file edit (everything warm). Prints each with the load average beside it, and the medians.
import { performance } from 'node:perf_hooks';
import type { CheckContext } from '@buildwright/core';
import { validateCheck } from '@buildwright/adapters/checks';
import { createWebCheckSession } from '../packages/adapters/src/checks/web-check-session.js';
import { installedProjects } from './installed-projects.js';
import { loadAverage } from './load-average.js';

const count = Math.max(1, Number(process.argv[process.argv.indexOf('--projects') + 1] || 3) || 3);
const projects = installedProjects('coldtools');

async function timed(label: string, check: ReturnType<typeof validateCheck>, context: CheckContext): Promise<number> {
  const started = performance.now();
  const result = await check.run(context);
  const ms = performance.now() - started;
  if (result.status !== 'passed') throw new Error(`${label}: validate did not pass: ${JSON.stringify(result)}`);
  console.log(`${label.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms   (load ${loadAverage()})`);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

try {
  console.log(`load average at start: ${loadAverage()}`);
  const cold: number[] = [];
  const warm: number[] = [];
  for (let index = 1; index <= count; index += 1) {
    const { context } = await projects.next();
    const session = createWebCheckSession();
    const check = validateCheck({}, session);
    cold.push(await timed(`project ${index}: first validate, cold worker`, check, context));
    await context.writeFiles({ 'src/App.tsx': `${context.files['src/App.tsx']}\nexport const edited = ${index};\n` });
    warm.push(await timed(`project ${index}: validate after a one-file edit`, check, context));
  }
  console.log(`\nmedian: cold first validate ${median(cold).toFixed(0)} ms, warm after an edit ${median(warm).toFixed(0)} ms`);
  console.log(`load average at end: ${loadAverage()}`);
} finally {
  await projects.close();
}
