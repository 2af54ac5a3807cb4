import { BuildwrightError } from '@buildwright/core';
import type { RunJob, RunQueue, RunQueueConsumeOptions, RunQueueConsumer } from '@buildwright/core';
import type { Job, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { importPeer, requirePeers } from '../internal/peer-dependency.js';
import { OwnerSlots } from './owner-slots.js';

/** Options of {@link bullmqQueue}. */
export interface BullmqQueueOptions {
  /** Redis address. Default: the REDIS_URL environment variable, then `redis://127.0.0.1:6379`. */
  url?: string;
  /** Queue name. Default `buildwright-runs`. */
  name?: string;
  /** Prefix of every Redis key of the queue (BullMQ's `prefix`). Default `bull`. */
  prefix?: string;
  /** Times a job whose processing throws (the database unreachable...) is tried in all, with exponential backoff. Default 3. */
  attempts?: number;
  /** First wait before trying a job again (ms), doubled each time. Default 1,000. */
  backoffMs?: number;
  /**
   * How long a worker's lock on a job lasts (ms; BullMQ renews it at half). A worker that died is
   * noticed after it, on the next stalled-jobs check, and its job goes back to wait for another
   * worker. Keep the workers' `leaseMs` no longer. Default 30,000.
   */
  lockDurationMs?: number;
  /** How often workers look for stalled jobs (ms). Default 30,000. */
  stalledIntervalMs?: number;
  /** Times a job may stall (its worker died) and go back to wait before BullMQ fails it. Default 2. */
  maxStalledCount?: number;
  /** Wait before a job over its owner's `perOwnerConcurrency` is tried again (ms). Default 500. */
  ownerRetryDelayMs?: number;
}

interface Loaded {
  bullmq: typeof import('bullmq');
  connect(): Redis;
}

/**
 * A run queue on Redis with BullMQ: builders in any process enqueue, workers in any process
 * consume. A worker that dies is noticed by BullMQ's stalled-job check (its job lock is no longer
 * renewed) and its job goes back to wait, to a worker that resumes the run from its checkpoint.
 * Per-owner concurrency is a slot count in Redis: a job over it is moved to BullMQ's delayed set
 * and tried again. `bullmq` and `ioredis` are loaded on first use; creating the queue does no I/O.
 *
 * @example
 * import { createBuilder, createWorker } from '@buildwright/core';
 * import { bullmqQueue } from '@buildwright/adapters/bullmq';
 *
 * const queue = bullmqQueue({ url: 'redis://127.0.0.1:6379' });
 * const builder = createBuilder({ llm, sandbox, storage, queue }); // API process
 * const worker = createWorker({ llm, sandbox, storage, queue, concurrency: 4 }); // worker process
 */
export function bullmqQueue(options: BullmqQueueOptions = {}): RunQueue {
  requirePeers('bullmqQueue', ['bullmq', 'ioredis']);
  const name = options.name ?? 'buildwright-runs';
  const prefix = options.prefix ?? 'bull';
  const attempts = options.attempts ?? 3;
  const backoffMs = options.backoffMs ?? 1_000;
  const lockDuration = options.lockDurationMs ?? 30_000;
  const ownerRetryDelayMs = options.ownerRetryDelayMs ?? 500;
  for (const [key, value] of Object.entries({ attempts, backoffMs, lockDurationMs: lockDuration, ownerRetryDelayMs })) {
    if (!Number.isInteger(value) || value < 1) throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'queue.md', message: `bullmqQueue: ${key} must be a positive integer (got ${value}).` });
  }
  const connections: Redis[] = [];
  let loading: Promise<Loaded> | undefined;
  const load = () =>
    (loading ??= (async () => {
      const [bullmq, { Redis: RedisClient }] = await Promise.all([importPeer('bullmqQueue', 'bullmq', () => import('bullmq')), importPeer('bullmqQueue', 'ioredis', () => import('ioredis'))]);
      const url = options.url ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
      return {
        bullmq,
        connect() {
          // BullMQ's workers block on Redis: they need maxRetriesPerRequest null.
          const connection = new RedisClient(url, { maxRetriesPerRequest: null });
          connections.push(connection);
          return connection;
        },
      };
    })());
  let producer: Promise<Queue> | undefined;
  const queue = () => (producer ??= load().then(({ bullmq, connect }) => new bullmq.Queue(name, { connection: connect(), prefix })));

  return {
    specificationVersion: 'v1',
    provider: 'bullmq',
    async enqueue(job: RunJob) {
      // The run id is the job id: BullMQ ignores a second add of a job that is still there.
      await (await queue()).add('run', job, { jobId: job.runId, attempts, backoff: { type: 'exponential', delay: backoffMs }, removeOnComplete: true, removeOnFail: { count: 1_000 } });
    },
    consume(consumeOptions: RunQueueConsumeOptions): RunQueueConsumer {
      const started = load().then(({ bullmq, connect }) => startWorker(bullmq, connect, consumeOptions));
      // A failure to start (Redis unreachable) is reported by close().
      started.catch(() => undefined);
      return {
        async close() {
          const { worker, abandoning } = await started;
          await worker.close();
          await Promise.allSettled([...abandoning]);
        },
      };
    },
    async close() {
      if (producer) await (await producer).close();
      await Promise.allSettled(connections.map((connection) => connection.quit()));
    },
  };

  function startWorker(bullmq: typeof import('bullmq'), connect: () => Redis, consumeOptions: RunQueueConsumeOptions): { worker: Worker; abandoning: Set<Promise<void>> } {
    /** Runs of jobs BullMQ gave up on, being stored as failed: close() waits for them. */
    const abandoning = new Set<Promise<void>>();
    const slots = consumeOptions.perOwnerConcurrency === undefined ? undefined : new OwnerSlots(connect(), `${prefix}:${name}`, consumeOptions.perOwnerConcurrency, lockDuration);
    const later = async (job: Job, token: string | undefined, delayMs: number): Promise<never> => {
      await job.moveToDelayed(Date.now() + delayMs, token);
      throw new bullmq.DelayedError();
    };
    const worker = new bullmq.Worker<RunJob>(
      name,
      async (job, token) => {
        const { ownerId } = job.data;
        const jobId = job.id ?? job.data.runId;
        if (slots && !(await slots.acquire(ownerId, jobId))) return later(job, token, ownerRetryDelayMs);
        const renew = slots && setInterval(() => void slots.renew(ownerId, jobId).catch(() => undefined), lockDuration / 3);
        try {
          const outcome = await consumeOptions.process(job.data);
          if (outcome.status === 'delay') return await later(job, token, outcome.delayMs);
          // Given up at a checkpoint by a worker shutting down: back to wait at once for another worker.
          if (outcome.status === 'released') return await later(job, token, 0);
        } finally {
          if (renew) clearInterval(renew);
          await slots?.release(ownerId, jobId).catch(() => undefined);
        }
      },
      {
        connection: connect(),
        prefix,
        name: consumeOptions.workerId,
        concurrency: consumeOptions.concurrency,
        lockDuration,
        stalledInterval: options.stalledIntervalMs ?? 30_000,
        maxStalledCount: options.maxStalledCount ?? 2,
      },
    );
    // Errors of a job are its run's; errors of the worker itself (Redis lost) are retried by BullMQ.
    worker.on('error', () => undefined);
    // Every failed attempt is reported here; only a job BullMQ gave up on (its last attempt, or
    // stalled past maxStalledCount, which BullMQ fails on its next delivery) is in the failed set.
    const { abandoned } = consumeOptions;
    if (abandoned) {
      worker.on('failed', (job, error) => {
        if (!job) return;
        const storing = job
          .getState()
          .then((state) => (state === 'failed' ? abandoned(job.data, error) : undefined))
          .catch(() => undefined)
          .finally(() => abandoning.delete(storing));
        abandoning.add(storing);
      });
    }
    return { worker, abandoning };
  }
}
