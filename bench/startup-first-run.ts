// A child process of bench/cli-startup.ts (argument: JSON { dataDir, transcript, packages }): the first run of a
// Node script through createBuilder — PGlite on an existing data directory, the local sandbox, the
// web checks, the built-in templates, the scripted model. The built packages (under `packages`, a file URL
// ending in /) are imported after the clock starts; the store is opened (and its migrations checked) on its
// own, timed, before the builder is created. At the first model call the run is cancelled and the
// process prints `FIGURES {"firstModelCallMs":…,"storeOpenMs":…,"importsMs":…,"cpuMs":…}` (milliseconds since its
// start; importsMs: the packages' imports; cpuMs: the process's CPU time at the first model call, a loader's own
// start included). The bench runs it under tsx (its loader hooks see every import) and, transpiled, under plain node.
import { readFileSync } from 'node:fs';
import type { LlmAdapter } from '@buildwright/core';

const startedAt = performance.now();
const plan = JSON.parse(process.argv[2]!) as { dataDir: string; transcript: string; packages: string };
// The built packages, as an application gets them (tsx would load the sources through tsconfig's paths).
const dist = (path: string) => import(new URL(path, plan.packages).href);
const [{ createBuilder, parseTranscript }, { pgliteStorage }, { localSandbox }, { scriptedLlm }, { webChecks }, { templates }] = (await Promise.all([
  dist('core/dist/index.js'),
  dist('adapters/dist/pglite/index.js'),
  dist('adapters/dist/local/index.js'),
  dist('adapters/dist/scripted/index.js'),
  dist('adapters/dist/checks/index.js'),
  dist('adapters/dist/templates/index.js'),
])) as [
  typeof import('@buildwright/core'),
  typeof import('@buildwright/adapters/pglite'),
  typeof import('@buildwright/adapters/local'),
  typeof import('@buildwright/adapters/scripted'),
  typeof import('@buildwright/adapters/checks'),
  typeof import('@buildwright/adapters/templates'),
];
const importsMs = performance.now() - startedAt;

const storeStartedAt = performance.now();
const storage = pgliteStorage({ dataDir: plan.dataDir });
await storage.migrate();
const storeOpenMs = performance.now() - storeStartedAt;

let firstModelCallMs: number | undefined;
let cpuMs: number | undefined;
let cancel = () => {};
const model = scriptedLlm({ transcript: parseTranscript(JSON.parse(readFileSync(plan.transcript, 'utf8')), plan.transcript) });
const llm: LlmAdapter = {
  specificationVersion: model.specificationVersion,
  provider: model.provider,
  modelId: model.modelId,
  stream(request) {
    firstModelCallMs ??= performance.now() - startedAt;
    cpuMs ??= (process.cpuUsage().user + process.cpuUsage().system) / 1000;
    cancel();
    return model.stream(request);
  },
};
const builder = createBuilder({ llm, sandbox: localSandbox(), storage, checks: webChecks(), templates: { ...templates } });
const run = builder.generate({ prompt: 'a pomodoro timer', kind: 'web' });
cancel = () => run.cancel('the bench measured the first model call');
await run.result.catch(() => undefined);
await builder.close();
process.stdout.write(`FIGURES ${JSON.stringify({ firstModelCallMs, storeOpenMs, importsMs, cpuMs })}\n`);
process.exit(0);
