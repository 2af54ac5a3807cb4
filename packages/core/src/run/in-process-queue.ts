import type { RunJob, RunJobOutcome, RunQueue, RunQueueConsumeOptions, RunQueueConsumer } from '../spec/queue.js';

/** Options of {@link inProcessQueue}. */
export interface InProcessQueueOptions {
  /** Times a job whose processing throws is tried in all before it is dropped. Default 3. */
  attempts?: number;
  /** Wait before trying a job again after a throw, doubled each time (ms). Default 1,000. */
  backoffMs?: number;
  /** Called with a job dropped after its last attempt threw (default: nothing; the run's record says how it stopped). */
  onFailed?: (job: RunJob, error: unknown) => void;
}

interface Waiting {
  job: RunJob;
  attempt: number;
}

/**
 * A run queue in this process's memory: jobs wait in order, consumers of the same queue object
 * take them, at most `concurrency` per consumer and `perOwnerConcurrency` per owner (a job over
 * its owner's limit waits while later jobs of other owners proceed). Nothing survives the
 * process: for one process, tests and demos. Use `bullmqQueue` to run workers in other processes.
 *
 * @example
 * import { createBuilder, createWorker, inProcessQueue } from '@buildwright/core';
 *
 * const queue = inProcessQueue();
 * const builder = createBuilder({ llm, sandbox, storage, queue });
 * const worker = createWorker({ llm, sandbox, storage, queue, concurrency: 2 });
 * const run = builder.generate({ prompt: 'a counter app' });
 * await run.result;
 * await worker.close();
 */
export function inProcessQueue(options: InProcessQueueOptions = {}): RunQueue {
  const attempts = options.attempts ?? 3;
  const backoffMs = options.backoffMs ?? 1_000;
  const waiting: Waiting[] = [];
  const consumers = new Set<Consumer>();
  /** Jobs being processed by owner, across consumers. */
  const activeByOwner = new Map<string, number>();
  const timers = new Set<ReturnType<typeof setTimeout>>();

  interface Consumer {
    options: RunQueueConsumeOptions;
    active: Set<Promise<void>>;
    closing: boolean;
  }

  const later = (entry: Waiting, delayMs: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      waiting.push(entry);
      dispatch();
    }, delayMs);
    timers.add(timer);
  };

  const settle = async (consumer: Consumer, entry: Waiting, outcome: RunJobOutcome | { status: 'threw'; error: unknown }) => {
    if (outcome.status === 'delay') later(entry, outcome.delayMs);
    else if (outcome.status === 'released') waiting.unshift(entry);
    else if (outcome.status === 'threw') {
      if (entry.attempt < attempts) later({ job: entry.job, attempt: entry.attempt + 1 }, backoffMs * 2 ** (entry.attempt - 1));
      else {
        options.onFailed?.(entry.job, outcome.error);
        const reason = outcome.error instanceof Error ? outcome.error : new Error(String(outcome.error));
        // Awaited inside the job's processing, so the consumer's close() waits for the run's end to be stored.
        await consumer.options.abandoned?.(entry.job, reason).catch(() => undefined);
      }
    }
  };

  const dispatch = () => {
    for (const consumer of consumers) {
      if (consumer.closing) continue;
      while (consumer.active.size < consumer.options.concurrency) {
        const limit = consumer.options.perOwnerConcurrency ?? Number.POSITIVE_INFINITY;
        const index = waiting.findIndex((entry) => (activeByOwner.get(entry.job.ownerId) ?? 0) < limit);
        if (index === -1) break;
        const [entry] = waiting.splice(index, 1) as [Waiting];
        const owner = entry.job.ownerId;
        activeByOwner.set(owner, (activeByOwner.get(owner) ?? 0) + 1);
        const processing: Promise<void> = Promise.resolve()
          .then(() => consumer.options.process(entry.job))
          .then(
            (outcome) => settle(consumer, entry, outcome),
            (error: unknown) => settle(consumer, entry, { status: 'threw', error }),
          )
          .finally(() => {
            activeByOwner.set(owner, (activeByOwner.get(owner) ?? 1) - 1);
            consumer.active.delete(processing);
            dispatch();
          });
        consumer.active.add(processing);
      }
    }
  };

  return {
    specificationVersion: 'v1',
    provider: 'in-process',
    async enqueue(job) {
      if (waiting.some((entry) => entry.job.runId === job.runId)) return;
      waiting.push({ job: structuredClone(job), attempt: 1 });
      queueMicrotask(dispatch);
    },
    consume(consumeOptions): RunQueueConsumer {
      const consumer: Consumer = { options: consumeOptions, active: new Set(), closing: false };
      consumers.add(consumer);
      queueMicrotask(dispatch);
      return {
        async close() {
          consumer.closing = true;
          while (consumer.active.size > 0) await Promise.allSettled([...consumer.active]);
          consumers.delete(consumer);
        },
      };
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}
