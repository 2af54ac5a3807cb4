// A worker process of bench/queue.ts (argument: JSON { databaseUrl, redisUrl, prefix, name, modelMs, runs }):
// the memory sandbox, the scripted model (paced by modelMs per call), an instant check, Postgres storage.
// Prints READY; SIGTERM closes it.
import { createWorker, pacedLlm } from '@buildwright/core';
import { memorySandbox, scriptedLlm } from '@buildwright/core/doubles';
import { bullmqQueue } from '@buildwright/adapters/bullmq';
import { postgresStorage } from '@buildwright/adapters/postgres';
import { benchTranscript } from './queue-transcript.js';

const plan = JSON.parse(process.argv[2]!) as { databaseUrl: string; redisUrl: string; prefix: string; name: string; modelMs: number; runs: number };
const storage = postgresStorage({ connectionString: plan.databaseUrl });
const queue = bullmqQueue({ url: plan.redisUrl, prefix: plan.prefix, name: plan.name });
const worker = createWorker({
  llm: pacedLlm(scriptedLlm({ transcript: benchTranscript(plan.runs) }), plan.modelMs),
  sandbox: memorySandbox(),
  storage,
  checks: [{ name: 'instant', run: async () => ({ status: 'passed' }) }],
  queue,
});
process.on('SIGTERM', () => {
  void worker
    .close()
    .then(() => Promise.all([queue.close(), storage.close()]))
    .finally(() => process.exit(0));
});
process.stdout.write('READY\n');
