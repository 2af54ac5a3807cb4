// Shared TypeScript benchmark (react-vite template, real local sandbox, the validate check's types
// only: lint is per project and stays out):
//   pnpm exec tsx bench/warm-typecheck.ts
// Times, once each: a new project's first validate with its own cold check worker (today's path),
// the first project of an empty shared pool (prepare starts the service, as during the model's
// turns; then its validate), a new project's first validate with the pool warm (no prepare), and a
// project's validate after a one-file edit (everything warm). Target (issue 14): new project with a warm pool ≤ 1.3 × the edit's.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { CheckContext } from '@buildwright/core';
import { validateCheck } from '@buildwright/adapters/checks';
import { createWebCheckSession } from '../packages/adapters/src/checks/web-check-session.js';
import { installedProjects } from './installed-projects.js';
import { loadAverage } from './load-average.js';

const projects = installedProjects('warmts');

async function project(): Promise<CheckContext> {
  return (await projects.next()).context;
}

async function timed(label: string, check: ReturnType<typeof validateCheck>, context: CheckContext): Promise<number> {
  const started = performance.now();
  const result = await check.run(context);
  const ms = performance.now() - started;
  if (result.status !== 'passed') throw new Error(`${label}: validate did not pass: ${JSON.stringify(result)}`);
  console.log(`${label.padEnd(58)} ${ms.toFixed(0).padStart(6)} ms   (load ${loadavg()[0]!.toFixed(2)})`);
  return ms;
}

const edit = (context: CheckContext) => context.writeFiles({ 'src/App.tsx': `${context.files['src/App.tsx']}\nexport const edited = 1;\n` });

try {
  console.log(`load average at start: ${loadAverage()}`);
  const perProject = validateCheck({ lint: false }, createWebCheckSession());
  const cold = await timed('cold: new project, its own check worker', perProject, await project());
  const shared = validateCheck({ lint: false }, createWebCheckSession({ sharedTypeScript: true }));
  const first = await project();
  // As in a run: prepare (while the model works) starts the service and warms it with the starting files.
  const preparing = performance.now();
  await shared.prepare?.(first);
  console.log(`${'shared pool empty: prepare of the first project (untimed by runs)'.padEnd(58)} ${(performance.now() - preparing).toFixed(0).padStart(6)} ms`);
  await timed('shared pool: that first project, validate after prepare', shared, first);
  const second = await project();
  const warmNew = await timed('shared pool warm: a new project, first validate', shared, second);
  await edit(second);
  const afterEdit = await timed('shared pool warm: that project after a one-file edit', shared, second);
  const third = await project();
  const warmNewAgain = await timed('shared pool warm: another new project, first validate', shared, third);
  await shared.close?.();
  const ratio = Math.min(warmNew, warmNewAgain) / afterEdit;
  console.log(`\nnew project with a warm pool / project after an edit: ${ratio.toFixed(2)} (target ≤ 1.3); cold / warm new: ${(cold / warmNew).toFixed(1)}×`);
  console.log(`load average at end: ${loadAverage()}`);
} finally {
  await projects.close();
}
