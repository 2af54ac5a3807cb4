// A worker process of bench/queue.ts (argument: JSON { databaseUrl, redisUrl, prefix, name, modelMs, runs }):
// the memory sandbox, the scripted model (paced by modelMs per call), an instant check, Postgres storage,
// the Redis event bus. Warms up first (one run in memory: the run machinery is loaded on the first run),
// then prints READY; on SIGTERM it closes, prints `FIGURES <json>` (its storage calls, SQL statements
// and CPU time since READY, and the CPU time of the warm-up: see queue-profile.ts) and exits.
import { createBuilder, createWorker, pacedLlm } from '@buildwright/core';
import { memorySandbox, memoryStorage, scriptedLlm } from '@buildwright/core/doubles';
import { bullmqQueue } from '@buildwright/adapters/bullmq';
import { postgresStorage } from '@buildwright/adapters/postgres';
import { redisEventBus } from '@buildwright/adapters/redis';
import { type CallFigures, countingStorage, countSqlStatements, ownCpuMs, type ProcessFigures } from './queue-profile.js';
import { benchTranscript } from './queue-transcript.js';

const check = { name: 'instant', run: async () => ({ status: 'passed' as const }) };
const startedCpuMs = ownCpuMs();
await createBuilder({ llm: scriptedLlm({ transcript: benchTranscript(1) }), sandbox: memorySandbox(), storage: memoryStorage(), checks: [check] }).generate({ prompt: 'warm-up' }).result;
const warmUpCpuMs = ownCpuMs() - startedCpuMs;

const plan = JSON.parse(process.argv[2]!) as { databaseUrl: string; redisUrl: string; prefix: string; name: string; modelMs: number; runs: number };
const statements = countSqlStatements();
const calls: CallFigures = {};
const storage = postgresStorage({ connectionString: plan.databaseUrl });
const queue = bullmqQueue({ url: plan.redisUrl, prefix: plan.prefix, name: plan.name });
const eventBus = redisEventBus({ url: plan.redisUrl, prefix: plan.prefix });
const worker = createWorker({
  llm: pacedLlm(scriptedLlm({ transcript: benchTranscript(plan.runs) }), plan.modelMs),
  sandbox: memorySandbox(),
  storage: countingStorage(storage, calls),
  eventBus,
  checks: [check],
  queue,
});
process.on('SIGTERM', () => {
  void worker
    .close()
    .then(() => {
      const figures: ProcessFigures = { calls, statements, cpuMs: ownCpuMs() - readyCpuMs, warmUpCpuMs };
      process.stdout.write(`FIGURES ${JSON.stringify(figures)}\n`);
      return Promise.all([queue.close(), eventBus.close(), storage.close()]);
    })
    .finally(() => process.exit(0));
});
const readyCpuMs = ownCpuMs();
process.stdout.write('READY\n');
