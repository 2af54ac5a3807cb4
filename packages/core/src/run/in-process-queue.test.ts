import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { RunJob, RunJobOutcome } from '../spec/queue.js';
import { inProcessQueue } from './in-process-queue.js';

const job = (runId: string, ownerId = 'owner-a'): RunJob => ({ runId, ownerId });

/** A controllable processor: each job waits until `finish(runId)`; records the order jobs started in. */
function gatedProcessor() {
  const started: string[] = [];
  const gates = new Map<string, (outcome: RunJobOutcome) => void>();
  let active = 0;
  let maxActive = 0;
  return {
    started,
    get maxActive() {
      return maxActive;
    },
    process(job: RunJob) {
      started.push(job.runId);
      active += 1;
      maxActive = Math.max(maxActive, active);
      return new Promise<RunJobOutcome>((resolve) =>
        gates.set(job.runId, (outcome) => {
          active -= 1;
          resolve(outcome);
        }),
      );
    },
    finish(runId: string, outcome: RunJobOutcome = { status: 'done' }) {
      gates.get(runId)!(outcome);
      gates.delete(runId);
    },
  };
}

const settle = () => sleep(10);

describe('inProcessQueue', () => {
  it('default: jobs are taken in order, at most concurrency at once', async () => {
    const queue = inProcessQueue();
    const processor = gatedProcessor();
    const consumer = queue.consume({ workerId: 'w', concurrency: 2, process: (job) => processor.process(job) });
    for (const id of ['r1', 'r2', 'r3']) await queue.enqueue(job(id, `owner-${id}`));
    await settle();
    expect(processor.started).toEqual(['r1', 'r2']);
    processor.finish('r1');
    await settle();
    expect(processor.started).toEqual(['r1', 'r2', 'r3']);
    processor.finish('r2');
    processor.finish('r3');
    await consumer.close();
    expect(processor.maxActive).toBe(2);
  });

  it('behavior: perOwnerConcurrency 2 makes an owner’s third job wait while another owner’s job proceeds', async () => {
    const queue = inProcessQueue();
    const processor = gatedProcessor();
    const consumer = queue.consume({ workerId: 'w', concurrency: 4, perOwnerConcurrency: 2, process: (job) => processor.process(job) });
    for (const id of ['a1', 'a2', 'a3']) await queue.enqueue(job(id, 'owner-a'));
    await queue.enqueue(job('b1', 'owner-b'));
    await settle();
    expect(processor.started).toEqual(['a1', 'a2', 'b1']);
    processor.finish('a1');
    await settle();
    expect(processor.started).toEqual(['a1', 'a2', 'b1', 'a3']);
    for (const id of ['a2', 'b1', 'a3']) processor.finish(id);
    await consumer.close();
  });

  it('behavior: delay delivers the job again later, released at once; neither counts as an attempt', async () => {
    const queue = inProcessQueue({ attempts: 1 });
    const seen: string[] = [];
    const consumer = queue.consume({
      workerId: 'w',
      concurrency: 1,
      process: async (job) => {
        seen.push(job.runId);
        if (seen.length === 1) return { status: 'delay', delayMs: 30 };
        if (seen.length === 2) return { status: 'released' };
        return { status: 'done' };
      },
    });
    await queue.enqueue(job('r1'));
    await sleep(100);
    expect(seen).toEqual(['r1', 'r1', 'r1']);
    await consumer.close();
  });

  it('error: a job that throws is tried `attempts` times with backoff, then given to onFailed and to the consumer’s abandoned, once', async () => {
    const failed: string[] = [];
    const abandoned: string[] = [];
    const queue = inProcessQueue({ attempts: 3, backoffMs: 5, onFailed: (failedJob) => failed.push(failedJob.runId) });
    let tries = 0;
    const consumer = queue.consume({
      workerId: 'w',
      concurrency: 1,
      process: async () => {
        tries += 1;
        throw new Error('database down');
      },
      abandoned: async (abandonedJob, reason) => void abandoned.push(`${abandonedJob.runId}: ${reason.message}`),
    });
    await queue.enqueue(job('r1'));
    await sleep(100);
    expect(tries).toBe(3);
    expect(failed).toEqual(['r1']);
    expect(abandoned).toEqual(['r1: database down']);
    await consumer.close();
  });

  it('behavior: a run id already waiting is not enqueued twice; close waits for the jobs being processed', async () => {
    const queue = inProcessQueue();
    const processor = gatedProcessor();
    await queue.enqueue(job('r1'));
    await queue.enqueue(job('r1'));
    const consumer = queue.consume({ workerId: 'w', concurrency: 2, process: (job) => processor.process(job) });
    await settle();
    let closed = false;
    const closing = consumer.close().then(() => (closed = true));
    await settle();
    expect(closed).toBe(false);
    processor.finish('r1');
    await closing;
    expect(processor.started).toEqual(['r1']);
  });

  it('behavior: a closed consumer takes no more jobs; another consumer of the queue does', async () => {
    const queue = inProcessQueue();
    const first: string[] = [];
    const second: string[] = [];
    const consumerA = queue.consume({ workerId: 'a', concurrency: 1, process: async (job) => (first.push(job.runId), { status: 'done' }) });
    await consumerA.close();
    const consumerB = queue.consume({ workerId: 'b', concurrency: 1, process: async (job) => (second.push(job.runId), { status: 'done' }) });
    await queue.enqueue(job('r1'));
    await settle();
    expect(first).toEqual([]);
    expect(second).toEqual(['r1']);
    await consumerB.close();
    await queue.close();
  });
});
