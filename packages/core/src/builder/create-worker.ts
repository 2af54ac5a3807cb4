import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { BuildwrightError } from '@buildwright/client';
import { abandonRunJob } from '../actions/abandon-run-job.js';
import { executeRunJob } from '../actions/execute-run-job.js';
import { defaultEventBus } from '../run/default-event-bus.js';
import { createBuilderContext, releaseSandboxesAndBackgroundWork, type BuilderOptions } from '../run/run-context.js';
import type { RunQueue } from '../spec/queue.js';

/** Options of {@link createWorker}: the builder's adapters and options, the queue, and how many runs at once. */
export interface WorkerOptions extends Omit<BuilderOptions, 'queue'> {
  /** The queue the builders enqueue on (`createBuilder({ queue })`), over the same storage. */
  queue: RunQueue;
  /** Runs this worker executes at once. Default 1. */
  concurrency?: number;
  /** Runs of one owner executing at once across every worker of the queue; over it, the owner's next run waits. Unlimited when omitted. */
  perOwnerConcurrency?: number;
  /** This worker's name, the holder of its leases. Default `<hostname>:<pid>:<random>`. */
  workerId?: string;
  /** How long a run's lease lasts without renewal (renewed every third of it): how soon a run of a worker that died can be claimed again. Default 30,000 ms. */
  leaseMs?: number;
  /** How long `close()` lets running runs reach their next checkpoint or finish before it gives them up. Default 30,000 ms. */
  shutdownTimeoutMs?: number;
}

/** A worker consuming a run queue (see {@link createWorker}). */
export interface Worker {
  readonly workerId: string;
  /**
   * Stops taking jobs; each running run goes on to its next checkpoint (or its end), then gives
   * its lease up and goes back on the queue for another worker to resume. After `timeoutMs`
   * (default `shutdownTimeoutMs`) the runs still going are given up where they are. Then the
   * sandboxes this worker opened are stopped. Storage, chain and queue stay open (a builder may
   * share them): close them yourself.
   */
  close(options?: { timeoutMs?: number }): Promise<void>;
}

/**
 * Starts a worker: it takes runs from `queue` and executes them with the given adapters, at most
 * `concurrency` at once. Each run is claimed with a lease in storage; a run whose worker died is
 * resumed from its last checkpoint by another worker once the queue notices (see docs/queue.md).
 *
 * @example
 * import { createWorker } from '@buildwright/core';
 * import { bullmqQueue } from '@buildwright/adapters/bullmq';
 * import { postgresStorage } from '@buildwright/adapters/postgres';
 *
 * const worker = createWorker({ llm, sandbox, storage: postgresStorage(), queue: bullmqQueue({ url: 'redis://127.0.0.1:6379' }), concurrency: 4 });
 * process.on('SIGTERM', () => void worker.close());
 */
export function createWorker(options: WorkerOptions): Worker {
  const {
    queue,
    concurrency = 1,
    perOwnerConcurrency,
    workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    leaseMs = 30_000,
    shutdownTimeoutMs = 30_000,
    ...builderOptions
  } = options;
  for (const port of ['llm', 'sandbox', 'storage', 'queue'] as const) {
    if (!options[port]) throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'queue.md', message: `createWorker needs a ${port} adapter (options.${port}).` });
  }
  for (const [name, value] of Object.entries({ concurrency, leaseMs, shutdownTimeoutMs, ...(perOwnerConcurrency === undefined ? {} : { perOwnerConcurrency }) })) {
    if (!Number.isInteger(value) || value < 1) throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'queue.md', message: `createWorker: ${name} must be a positive integer (got ${value}).` });
  }
  // Without a bus of its own, the worker shares the in-process bus of builders given the same queue object.
  const context = { ...createBuilderContext({ ...builderOptions, eventBus: builderOptions.eventBus ?? defaultEventBus(queue) }), detachParkedRuns: true };
  const draining = new AbortController();
  const stopping = new AbortController();
  const control = { workerId, leaseMs, draining: draining.signal, stopping: stopping.signal };
  const consumer = queue.consume({
    workerId,
    concurrency,
    ...(perOwnerConcurrency === undefined ? {} : { perOwnerConcurrency }),
    process: (job) => executeRunJob(context, job, control),
    abandoned: (job, reason) => abandonRunJob(context, job, reason, control),
  });
  let closing: Promise<void> | undefined;
  return {
    workerId,
    close(closeOptions = {}) {
      closing ??= (async () => {
        draining.abort();
        const timer = setTimeout(() => stopping.abort(), closeOptions.timeoutMs ?? shutdownTimeoutMs);
        try {
          await consumer.close();
        } finally {
          clearTimeout(timer);
        }
        await releaseSandboxesAndBackgroundWork(context, () => (options.checks ?? []).map((check) => check.close?.()));
      })();
      return closing;
    },
  };
}
