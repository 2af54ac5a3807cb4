/**
 * One job of a run queue: the run to execute. Its state is in storage (records, events, the
 * checkpoint), so a job is only ids and can be delivered again: a worker that takes it claims the
 * run's lease, then resumes the run from its checkpoint or starts it.
 */
export interface RunJob {
  runId: string;
  /** Owner of the run: storage reads are scoped to it, and per-owner concurrency counts by it. */
  ownerId: string;
  /**
   * What a generation needs to rebuild its starting files when no worker stored its first
   * checkpoint yet: the `template` name and the existing `contract` given to `generate` (JSON).
   */
  start?: { template?: string; contract?: unknown };
  /** The run stops after its plan until it is approved (`generate({ approvePlan: true })`). */
  approvePlan?: boolean;
}

/**
 * What processing a job came to.
 * - `done`: the run ended (completed, failed or cancelled) or has nothing left to do: remove the job.
 * - `delay`: the run is leased by another worker (it may have stalled): deliver the job again after
 *   `delayMs`, without counting an attempt.
 * - `released`: the worker is shutting down and gave the run's lease up at a checkpoint: deliver
 *   the job again at once (to another worker), without counting an attempt.
 *
 * A `process` that throws failed for a reason outside the run (storage unreachable...): the queue
 * retries it, a bounded number of times, then gives up.
 */
export type RunJobOutcome = { status: 'done' } | { status: 'delay'; delayMs: number } | { status: 'released' };

/** What {@link RunQueue.consume} is given. */
export interface RunQueueConsumeOptions {
  /** This consumer's name (logs, and the lease holder). */
  workerId: string;
  /** Jobs processed at once by this consumer. */
  concurrency: number;
  /**
   * Jobs of one owner processed at once across every consumer of the queue; a job over it waits
   * (is delivered again later) while other owners' jobs proceed. Unlimited when omitted.
   */
  perOwnerConcurrency?: number;
  /** Processes one job. */
  process(job: RunJob): Promise<RunJobOutcome>;
  /**
   * Called once when the queue gives a job up for good: its last attempt threw, or it stalled
   * (its worker died) more times than the queue allows. The job will not be delivered again, so
   * the consumer stores its run's end here (`createWorker` stores it as failed with
   * `RUN_ABANDONED`). `reason` says why the queue gave up.
   */
  abandoned?(job: RunJob, reason: Error): Promise<void>;
}

/** A running consumer of a queue. */
export interface RunQueueConsumer {
  /** Stops taking jobs and resolves once the jobs being processed settled (their outcome applied). */
  close(): Promise<void>;
}

/**
 * The run queue port: where runs wait for a worker. `createBuilder({ queue })` enqueues each
 * generate and edit; `createWorker({ queue })` consumes them. Delivery is at least once: a job
 * may be delivered again (a worker died, a delay), which the run's lease in storage makes safe.
 *
 * Implementations: `inProcessQueue` (`@buildwright/core`), `bullmqQueue` (`@buildwright/adapters/bullmq`).
 */
export interface RunQueue {
  readonly specificationVersion: 'v1';
  /** Provider name, e.g. `in-process`, `bullmq`. */
  readonly provider: string;
  /** Adds a job; resolves once the queue holds it. One job per run id (a second enqueue of a run id waiting already is ignored). */
  enqueue(job: RunJob): Promise<void>;
  /** Starts consuming jobs until the consumer is closed. */
  consume(options: RunQueueConsumeOptions): RunQueueConsumer;
  /** Releases connections (after every consumer closed). */
  close(): Promise<void>;
}
