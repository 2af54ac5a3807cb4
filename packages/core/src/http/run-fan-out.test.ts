import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { type FollowerLog, fanOutHarness, seqsAfter } from './run-fan-out.test-support.js';
import { formatEvent } from './sse.js';

const harnesses: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((harness) => harness.close()));
});

async function setup(options: Parameters<typeof fanOutHarness>[0]) {
  const harness = await fanOutHarness(options);
  harnesses.push(harness);
  return harness;
}

describe('runFanOuts', () => {
  it('default: two clients of one run are sent the same frame for each event, the one formatEvent gives', async () => {
    const run = await setup({ pageSize: 500, windowSize: 1000 });
    await run.emit();
    const [first, second] = [run.follow(0), run.follow(0)];
    for (let count = 0; count < 4; count++) await run.emit();
    await run.end();
    await Promise.all([first.done, second.done]);
    const stored = await run.stored();
    expect(first.seqs).toEqual([1, 2, 3, 4, 5, 6]);
    expect(second.seqs).toEqual(first.seqs);
    first.frames.forEach((frame, index) => expect(second.frames[index]).toBe(frame));
    expect(first.frames.map((frame) => new TextDecoder().decode(frame))).toEqual(stored.map(formatEvent));
    expect([first.ended, second.ended]).toEqual(['ended', 'ended']);
    expect(run.watches()).toBe(1);
  });

  it('behavior: a client that joins behind the kept frames reads stored pages of 2, then follows live with the others: every seq after its own once, in order', async () => {
    const run = await setup({ pageSize: 2, windowSize: 2 });
    const leader = run.follow(0);
    for (let count = 0; count < 9; count++) await run.emit();
    run.reads.length = 0;
    const late = run.follow(1);
    // Caught up (its stored pages read, then the kept frames) before the next events come.
    await vi.waitFor(() => expect(late.seqs.at(-1)).toBe(leader.seqs.at(-1)));
    for (let count = 0; count < 3; count++) await run.emit();
    await run.end();
    await Promise.all([leader.done, late.done]);
    expect(leader.seqs).toEqual(seqsAfter(0, 13));
    expect(late.seqs).toEqual(seqsAfter(1, 13));
    expect(late.ended).toBe('ended');
    // Its own reads: pages of 2 from seq 1 until it reached the two frames kept (8 and 9).
    expect(run.reads).toEqual([
      { afterSeq: 1, limit: 2 },
      { afterSeq: 3, limit: 2 },
      { afterSeq: 5, limit: 2 },
    ]);
  });

  it('behavior: a replay of a finished run reads pages of 2, ends after the terminal event and never watches live events', async () => {
    const run = await setup({ pageSize: 2, windowSize: 2 });
    for (let count = 0; count < 4; count++) await run.emit();
    await run.end();
    const replay = run.follow(0);
    await replay.done;
    expect(replay.seqs).toEqual([1, 2, 3, 4, 5]);
    expect(run.reads).toEqual([
      { afterSeq: 0, limit: 2 },
      { afterSeq: 2, limit: 2 },
      { afterSeq: 4, limit: 2 },
    ]);
    expect(replay.ended).toBe('ended');
    expect(run.watches()).toBe(0);
  });

  it('behavior: a replay of 10,000 stored events holds at most one page: each read comes after every event read before it was sent, the first long before the last page', async () => {
    const storage = memoryStorage();
    const run = await setup({ pageSize: 500, windowSize: 1000, storage });
    for (let count = 0; count < 9_999; count++) await run.emit();
    await run.end();
    const read = storage.readEvents.bind(storage);
    const sentAtRead: { afterSeq: number; sent: number; returned: number }[] = [];
    let replay: FollowerLog | undefined;
    storage.readEvents = async (input) => {
      const sent = replay?.seqs.length ?? 0;
      const page = await read(input);
      sentAtRead.push({ afterSeq: input.afterSeq ?? 0, sent, returned: page.length });
      return page;
    };
    replay = run.follow(0);
    await replay.done;
    expect(replay.seqs).toEqual(seqsAfter(0, 10_000));
    expect(replay.ended).toBe('ended');
    expect(sentAtRead).toHaveLength(20);
    for (const [index, { afterSeq, sent, returned }] of sentAtRead.entries()) {
      expect(afterSeq).toBe(index * 500);
      // Everything read before this query was already sent: no more than one page is ever held.
      expect(sent).toBe(afterSeq);
      expect(returned).toBe(500);
    }
    expect(sentAtRead.at(-1)!.sent).toBe(9_500);
  });

  it('behavior: when its last client leaves, a run stops being read; a later client starts again from its own seq', async () => {
    const run = await setup({ pageSize: 500, windowSize: 1000 });
    const first = run.follow(0);
    await run.emit();
    await new Promise((resolve) => setTimeout(resolve, 10));
    first.stop();
    await run.emit();
    const second = run.follow(1);
    await run.emit();
    await run.end();
    await second.done;
    expect(first.seqs).toEqual([1]);
    expect(second.seqs).toEqual([2, 3, 4]);
    expect(run.watches()).toBe(2);
  });

  it('error: a storage that fails ends every client with fail(error)', async () => {
    const storage = memoryStorage();
    const run = await setup({ pageSize: 500, windowSize: 1000, storage });
    await run.emit();
    const down = new Error('database down');
    storage.readEvents = () => Promise.reject(down);
    const [first, second] = [run.follow(0), run.follow(0)];
    await Promise.all([first.done, second.done]);
    expect([first.failed, second.failed]).toEqual([down, down]);
  });
});
