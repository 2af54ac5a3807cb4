// One worker process of the queue tests (test use only). Its single argument is a JSON
// QueueWorkerPlan. It consumes the BullMQ queue with Postgres storage, the Redis event bus, the memory sandbox, the
// scripted model (one replay per run) and an instant check, and prints `READY`. Each run it
// reports to onRunFinished prints `FINISHED <json>` (run id, owner, status, usage). With `pause`,
// it stops right after storing the `occurrence`-th event of `type` (its worker lock and run lease
// still renewed), prints `PAUSED <runId>` and hangs there, so that the parent can SIGKILL it
// mid-run. SIGTERM closes the worker gracefully and exits.
import { createWorker, pacedLlm } from '@buildwright/core';
import type { BuildwrightEvent, RunWriteOptions, StorageAdapter, Transcript } from '@buildwright/core';
import { memorySandbox, scriptedLlm } from '@buildwright/core/doubles';
import { postgresStorage } from '../postgres/index.js';
import { redisEventBus } from '../redis/index.js';
import { bullmqQueue } from './bullmq-queue.js';
import { queueTestCheck } from './queue-test-check.test-support.js';

export interface QueueWorkerPlan {
  workerId: string;
  databaseUrl: string;
  redisUrl: string;
  prefix: string;
  name: string;
  transcript: Transcript;
  pause?: { type: string; occurrence: number };
  /** BullMQ's maxStalledCount for this worker's queue (default 2). */
  maxStalledCount?: number;
  /** Runs at once (default 1). */
  concurrency?: number;
  /** Each model call waits this long first (`pacedLlm`), so a run stays live long enough to follow or cancel. */
  modelDelayMs?: number;
  /** Channel prefix of the Redis event bus at `redisUrl` it publishes events and hears cancel requests on (default `prefix`). */
  eventBusPrefix?: string;
}

const plan = JSON.parse(process.argv[2]!) as QueueWorkerPlan;

function pausingStorage(storage: StorageAdapter, pause: NonNullable<QueueWorkerPlan['pause']>): StorageAdapter {
  let seen = 0;
  return new Proxy(storage, {
    get(target, key, receiver) {
      if (key === 'appendEvent') {
        return async (event: BuildwrightEvent, options?: RunWriteOptions) => {
          await target.appendEvent(event, options);
          if (event.type !== pause.type || (seen += 1) !== pause.occurrence) return;
          process.stdout.write(`PAUSED ${event.runId}\n`);
          return new Promise(() => undefined);
        };
      }
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const storage = postgresStorage({ connectionString: plan.databaseUrl });
const queue = bullmqQueue({
  url: plan.redisUrl,
  prefix: plan.prefix,
  name: plan.name,
  lockDurationMs: 2_000,
  stalledIntervalMs: 1_000,
  ...(plan.maxStalledCount === undefined ? {} : { maxStalledCount: plan.maxStalledCount }),
});
const eventBus = redisEventBus({ url: plan.redisUrl, prefix: plan.eventBusPrefix ?? plan.prefix });
const worker = createWorker({
  llm: pacedLlm(scriptedLlm({ transcript: plan.transcript, perRun: true }), plan.modelDelayMs ?? 0),
  sandbox: memorySandbox(),
  storage: plan.pause ? pausingStorage(storage, plan.pause) : storage,
  checks: [queueTestCheck],
  queue,
  workerId: plan.workerId,
  leaseMs: 2_000,
  concurrency: plan.concurrency ?? 1,
  eventBus,
  onRunFinished: ({ run, ownerId, status, usage }) => void process.stdout.write(`FINISHED ${JSON.stringify({ runId: run.id, ownerId, status, usage })}\n`),
});
process.on('SIGTERM', () => {
  void worker
    .close({ timeoutMs: 5_000 })
    .then(() => Promise.all([queue.close(), eventBus.close(), storage.close()]))
    .finally(() => process.exit(0));
});
process.stdout.write('READY\n');
