// One process of the crash tests (test use only). Its single argument is a JSON CrashProcessPlan.
// `run` starts a generation (a web, DApp or API project, real local sandbox and checks, PGlite) and,
// at the pause point, stores the event or not (`before` / `after`), prints `PAUSED <runId>` and
// hangs there so that the parent can SIGKILL it; without a pause it runs to the end, and prints
// `BOUNDARIES <json>`: how many events were stored each time a checkpoint (or a finished node's
// writes) was, i.e. where a resume can continue from. `resume` prints `KEPT <json>` (the events
// stored before it resumes) and resumes the run. Both print `RESULT <json>` at the end: the run's
// files and version, and what storage holds of it (every event, its versions, its status).
import { join } from 'node:path';
import { createBuilder } from '@buildwright/core';
import type { ChainAdapter, Check, StorageAdapter } from '@buildwright/core';
import { apiChecks } from '../api/index.js';
import { webChecks } from '../checks/index.js';
import { dappChecks } from '../dapp/index.js';
import { localSandbox } from '../local/index.js';
import { pgliteStorage } from '../pglite/index.js';
import { scriptedLlm } from '../scripted/index.js';
import { templates } from '../templates/index.js';
import { localChain } from '../viem/index.js';

export interface CrashProcessPlan {
  mode: 'run' | 'resume';
  kind: 'web' | 'dapp' | 'api';
  /** The scripted model's transcript (a path). */
  transcript: string;
  prompt: string;
  dataDir: string;
  /** Root of the local sandboxes (one project directory under it). */
  sandboxRoot: string;
  isolation?: 'bubblewrap' | 'none';
  /**
   * The local chain's port (DApp runs). Fixed for every process of a matrix, so that the RPC URL
   * the generated `src/contracts/deployed.ts` holds is the same in the uninterrupted run and a resumed one.
   */
  chainPort?: number;
  /** Where `run` stops: before or after storing the `occurrence`-th (1-based) event of `type`. */
  pause?: { when: 'before' | 'after'; type: string; occurrence: number };
  runId?: string;
}

const plan = JSON.parse(process.argv[2]!) as CrashProcessPlan;

/** Notes the number of stored events each time a checkpoint or a node's writes are stored. */
function boundaryStorage(storage: StorageAdapter, boundaries: number[]): StorageAdapter {
  let stored = 0;
  return new Proxy(storage, {
    get(target, key, receiver) {
      if (key === 'appendEvent')
        return async (event: Parameters<StorageAdapter['appendEvent']>[0]) => {
          await target.appendEvent(event);
          stored += 1;
        };
      if (key === 'putCheckpoint' || key === 'putCheckpointWrites')
        return async (...args: unknown[]) => {
          const count = stored;
          await (Reflect.get(target, key, receiver) as (...rest: unknown[]) => Promise<unknown>).apply(target, args);
          boundaries.push(count);
        };
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Storage that stops at the pause point as a process killed there would: from then on no call
 * reaches the store (each hangs), so nothing is stored after the pause point while the parent
 * gets to its SIGKILL (a command of a parallel check exiting meanwhile stored its event: once, under load).
 */
function pausingStorage(storage: StorageAdapter, pause: NonNullable<CrashProcessPlan['pause']>): StorageAdapter {
  let seen = 0;
  let stopped = false;
  const hang = () => new Promise<never>(() => undefined);
  return new Proxy(storage, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      if (key === 'appendEvent') {
        return async (event: Parameters<StorageAdapter['appendEvent']>[0]) => {
          if (stopped) return hang();
          if (event.type !== pause.type || (seen += 1) !== pause.occurrence) return target.appendEvent(event);
          stopped = true;
          if (pause.when === 'after') await target.appendEvent(event);
          process.stdout.write(`PAUSED ${event.runId}\n`);
          return hang();
        };
      }
      return (...args: unknown[]) => (stopped ? hang() : value.apply(target, args));
    },
  });
}

const storage = pgliteStorage({ dataDir: plan.dataDir });
const boundaries: number[] = [];
const chain = plan.kind === 'dapp' ? localChain(plan.chainPort === undefined ? {} : { port: plan.chainPort }) : undefined;
const checks: Check[] = plan.kind === 'dapp' ? dappChecks() : plan.kind === 'api' ? apiChecks() : webChecks();
const builder = createBuilder({
  llm: scriptedLlm({ transcript: plan.transcript }),
  sandbox: localSandbox({ root: plan.sandboxRoot, ...(plan.isolation ? { isolation: plan.isolation } : {}) }),
  storage: plan.mode === 'resume' ? storage : plan.pause ? pausingStorage(storage, plan.pause) : boundaryStorage(storage, boundaries),
  ...(chain ? { chain: chain as ChainAdapter } : {}),
  templates,
  checks,
  artifactsDir: join(plan.sandboxRoot, '..', 'artifacts'),
});

const ownerId = 'local';
if (plan.mode === 'resume') process.stdout.write(`KEPT ${JSON.stringify(await storage.readEvents({ ownerId, runId: plan.runId! }))}\n`);
const handle = plan.mode === 'run' ? builder.generate({ prompt: plan.prompt, kind: plan.kind }) : builder.resume(plan.runId!);
process.stdout.write(`RUN ${handle.runId}\n`);
const result = await handle.result;
if (plan.mode === 'run') process.stdout.write(`BOUNDARIES ${JSON.stringify(boundaries)}\n`);
const [events, versions, run, stored] = await Promise.all([
  storage.readEvents({ ownerId, runId: result.runId }),
  storage.listVersions({ ownerId, projectId: result.project.id }),
  storage.getRun({ ownerId, runId: result.runId }),
  storage.getVersionFiles({ ownerId, projectId: result.project.id }),
]);
const outcome = {
  runId: result.runId,
  version: result.version.number,
  files: result.files,
  events,
  versions: versions.map((version) => ({ number: version.number, runId: version.runId })),
  status: run?.status,
  storedFiles: stored?.files,
};
process.stdout.write(`RESULT ${JSON.stringify(outcome)}\n`);
await builder.close();
process.exit(0);
