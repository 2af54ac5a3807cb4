// Preview benchmark for the default template (react-vite) in a local sandbox.
//   pnpm exec tsx bench/preview.ts [--runs 5] [--skip-cold]
// Stages per project: scaffold (write files), imports, install, validate (tsc + ESLint), build (vite), browser (Chromium).
//   cold: a new project with an empty dependency cache (npm's own download cache may be warm)
//   warm: a new project with the dependency cache filled
//   edit: a one-file change in a checked project, to the updated, verified preview
// Prints the median of the runs for each stage, in milliseconds.
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Check } from '@buildwright/core';
import { browserCheck, buildCheck, importsCheck, installCheck, validateCheck } from '@buildwright/adapters/checks';
import { localSandbox } from '@buildwright/adapters/local';
import { templateProjects } from '../packages/adapters/src/checks/test-helpers.js';
import type { TemplateProject } from '../packages/adapters/src/checks/test-helpers.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] || 5) || 5;
const skipCold = process.argv.includes('--skip-cold');
const work = mkdtempSync(join(tmpdir(), 'bw-bench-preview-'));
const warmCache = join(work, 'deps-warm');

const app = (label: string) => ({
  'src/App.tsx': `import { useState } from 'react';

export default function App() {
  const [count, setCount] = useState(0);
  return (
    <main className="min-h-screen flex flex-col items-center justify-center gap-4">
      <h1 className="text-3xl font-bold">${label}</h1>
      <button className="rounded bg-indigo-600 px-4 py-2 text-white" onClick={() => setCount(count + 1)}>Clicked {count} times</button>
    </main>
  );
}
`,
});

type Stage = 'scaffold' | 'imports' | 'install' | 'validate' | 'build' | 'browser';
const stages: Stage[] = ['scaffold', 'imports', 'install', 'validate', 'build', 'browser'];

async function checked(project: TemplateProject, cacheDirectory: string): Promise<Record<Stage, number>> {
  const checks: Array<[Stage, Check]> = [
    ['imports', importsCheck()],
    ['install', installCheck({ cacheDirectory })],
    ['validate', validateCheck()],
    ['build', buildCheck()],
    ['browser', browserCheck()],
  ];
  const times = { scaffold: 0 } as Record<Stage, number>;
  for (const [stage, check] of checks) {
    const started = performance.now();
    const result = await check.run(project.context);
    times[stage] = performance.now() - started;
    if (result.status !== 'passed') throw new Error(`${stage} did not pass: ${JSON.stringify(result)}`);
  }
  return times;
}

async function newProject(projects: ReturnType<typeof templateProjects>, label: string, cacheDirectory: string): Promise<{ project: TemplateProject; times: Record<Stage, number> }> {
  const started = performance.now();
  const project = await projects.open(app(label));
  const scaffold = performance.now() - started;
  const times = await checked(project, cacheDirectory);
  return { project, times: { ...times, scaffold } };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function report(name: string, samples: Array<Record<Stage, number>>): number {
  const row = stages.map((stage) => median(samples.map((sample) => sample[stage])));
  const total = median(samples.map((sample) => stages.reduce((sum, stage) => sum + sample[stage], 0)));
  console.log(`${name.padEnd(6)} ${row.map((value) => String(Math.round(value)).padStart(9)).join('')}${String(Math.round(total)).padStart(9)}   (median of ${samples.length}, ms)`);
  return total;
}

const sandbox = localSandbox({ root: join(work, 'sandboxes') });
const projects = templateProjects(sandbox);
console.log(`bench/preview: react-vite template, local sandbox (${(await sandbox.open({ projectId: 'probe' })).isolation ?? 'unknown'} isolation), ${runs} runs per stage`);
console.log(`${'stage'.padEnd(6)} ${stages.map((stage) => stage.padStart(9)).join('')}${'total'.padStart(9)}`);
try {
  if (!skipCold) {
    const cold: Array<Record<Stage, number>> = [];
    for (let run = 0; run < runs; run += 1) {
      const { project, times } = await newProject(projects, `Cold ${run}`, join(work, `deps-cold-${run}`));
      cold.push(times);
      await project.close();
    }
    report('cold', cold);
  }

  await (await newProject(projects, 'Fill', warmCache)).project.close();
  const warm: Array<Record<Stage, number>> = [];
  let last: TemplateProject | undefined;
  for (let run = 0; run < runs; run += 1) {
    const { project, times } = await newProject(projects, `Warm ${run}`, warmCache);
    warm.push(times);
    if (last) await last.close();
    last = project;
  }
  const warmTotal = report('warm', warm);

  const edit: Array<Record<Stage, number>> = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await last!.context.writeFiles(app(`Edited ${run}`));
    const scaffold = performance.now() - started;
    edit.push({ ...(await checked(last!, warmCache)), scaffold });
  }
  const editTotal = report('edit', edit);
  console.log(`targets: warm < 5000 ms → ${Math.round(warmTotal)} ms ${warmTotal < 5000 ? 'met' : 'MISSED'}; edit < 1000 ms → ${Math.round(editTotal)} ms ${editTotal < 1000 ? 'met' : 'MISSED'}`);
} finally {
  await projects.cleanup();
  await rm(work, { recursive: true, force: true });
}
