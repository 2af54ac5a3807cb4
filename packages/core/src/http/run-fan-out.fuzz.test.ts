import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzParameters } from '../testing/fuzz-test-support.js';
import { type FollowerLog, fanOutHarness, seqsAfter } from './run-fan-out.test-support.js';

/** One step of a schedule: events stored and published, a client joining from a seq or leaving, time passing. */
const step = fc.oneof(
  fc.record({ kind: fc.constant('emit' as const), count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('join' as const), behind: fc.integer({ min: -2, max: 12 }) }),
  fc.record({ kind: fc.constant('leave' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('wait' as const), macrotask: fc.boolean() }),
);

describe('runFanOuts (properties)', () => {
  it('property: whenever clients join (from any seq) and leave, each gets every seq after its own once, in order, and the end', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }), fc.array(step, { minLength: 1, maxLength: 25 }), async (pageSize, windowSize, steps) => {
        const run = await fanOutHarness({ pageSize, windowSize });
        try {
          let lastSeq = 0;
          const staying: FollowerLog[] = [];
          const left: FollowerLog[] = [];
          for (const next of steps) {
            if (next.kind === 'emit') {
              for (let count = 0; count < next.count; count++) await run.emit();
              lastSeq += next.count;
            } else if (next.kind === 'join') staying.push(run.follow(Math.max(0, lastSeq - next.behind)));
            else if (next.kind === 'leave' && staying.length > 0) {
              const [leaving] = staying.splice(next.index % staying.length, 1);
              leaving!.stop();
              left.push(leaving!);
            } else if (next.kind === 'wait') await (next.macrotask ? new Promise((resolve) => setTimeout(resolve, 0)) : Promise.resolve());
          }
          await run.end();
          lastSeq++;
          await Promise.all(staying.map((follower) => follower.done));
          for (const follower of staying) {
            expect(follower.seqs).toEqual(seqsAfter(Math.min(follower.afterSeq, lastSeq), lastSeq));
            expect(follower.ended).toBe('ended');
          }
          // A client that left had a gap-free start of its seqs.
          for (const follower of left) expect(follower.seqs).toEqual(seqsAfter(follower.afterSeq, follower.afterSeq + follower.seqs.length));
        } finally {
          await run.close();
        }
      }),
      fuzzParameters(60),
    );
  });
});
