import { afterEach, describe, expect, it, vi } from 'vitest';
import { fanOutHarness } from './run-fan-out.test-support.js';
import { formatEvent } from './sse.js';

/** Every event encoded into an SSE frame, counted by seq (the fan-out's one serialisation). */
const encoded = vi.hoisted(() => new Map<number, number>());
vi.mock('./sse.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('./sse.js')>();
  return {
    ...original,
    encodeEventFrame: (event: Parameters<typeof original.encodeEventFrame>[0]) => {
      encoded.set(event.seq, (encoded.get(event.seq) ?? 0) + 1);
      return original.encodeEventFrame(event);
    },
  };
});

const harnesses: { close(): Promise<void> }[] = [];
afterEach(async () => {
  encoded.clear();
  await Promise.all(harnesses.splice(0).map((harness) => harness.close()));
});

describe('runFanOuts (serialisation)', () => {
  it('behavior: 200 clients of one live run are sent byte-identical frames, each event serialised once for all of them', async () => {
    const run = await fanOutHarness({ pageSize: 500, windowSize: 1000 });
    harnesses.push(run);
    await run.emit();
    const clients = Array.from({ length: 200 }, () => run.follow(0));
    for (let count = 0; count < 20; count++) await run.emit();
    await run.end();
    await Promise.all(clients.map((client) => client.done));
    const stored = await run.stored();
    expect(stored).toHaveLength(22);
    const expected = stored.map(formatEvent);
    for (const client of clients) {
      expect(client.ended).toBe('ended');
      expect(client.frames.map((frame) => new TextDecoder().decode(frame))).toEqual(expected);
    }
    expect([...encoded.entries()].sort(([a], [b]) => a - b)).toEqual(stored.map((event) => [event.seq, 1]));
  });

  it('behavior: clients that join behind and read stored pages on their own reuse the kept frames: no event is serialised twice while it is kept', async () => {
    const run = await fanOutHarness({ pageSize: 2, windowSize: 1000 });
    harnesses.push(run);
    const leader = run.follow(0);
    for (let count = 0; count < 6; count++) await run.emit();
    const late = Array.from({ length: 50 }, () => run.follow(2));
    for (let count = 0; count < 3; count++) await run.emit();
    await run.end();
    await Promise.all([leader.done, ...late.map((client) => client.done)]);
    expect(late.every((client) => client.seqs.join() === leader.seqs.slice(2).join())).toBe(true);
    expect(Math.max(...encoded.values())).toBe(1);
    expect(encoded.size).toBe(10);
  });
});
