import { describe, expect, it } from 'vitest';
import type { BuildwrightEvent } from '../events/events.js';
import type { StorageAdapter } from '../spec/storage.js';
import { expectCode } from '../testing/expect-code.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { readEventPages } from './event-pages.js';

/** A run with events 1..count stored out of order, and a log of the reads made on it. */
async function storedRun(count: number) {
  const storage = memoryStorage();
  const project = await storage.createProject({ ownerId: 'alice', name: 'p', kind: 'web' });
  const run = await storage.createRun({ ownerId: 'alice', projectId: project.id, mode: 'generate', prompt: 'p', budgets: { maxFixAttempts: 1, maxTokens: 1, maxWallTimeMs: 1 } });
  const seqs = Array.from({ length: count }, (_, index) => index + 1).sort((a, b) => (a % 3) - (b % 3) || b - a);
  for (const seq of seqs) {
    await storage.appendEvent({ type: 'llm.delta', runId: run.id, projectId: project.id, seq, at: '2026-01-01T00:00:00.000Z', node: 'build', text: `t${seq}` });
  }
  const log: string[] = [];
  const logged: Pick<StorageAdapter, 'readEvents'> = {
    readEvents: (input) => {
      log.push(`read after ${input.afterSeq} limit ${input.limit}`);
      return storage.readEvents(input);
    },
  };
  return { storage: logged, runId: run.id, log };
}

async function collect(pages: AsyncIterable<BuildwrightEvent[]>, log: string[]): Promise<number[]> {
  const seqs: number[] = [];
  for await (const page of pages) {
    log.push(`page ${page.map((event) => event.seq).join(',')}`);
    seqs.push(...page.map((event) => event.seq));
  }
  return seqs;
}

describe('readEventPages', () => {
  it('default: pages of 2 give every stored event once, in seq order, each page yielded before the next is read', async () => {
    const { storage, runId, log } = await storedRun(7);
    const seqs = await collect(readEventPages(storage, { ownerId: 'alice', runId, afterSeq: 0, pageSize: 2 }), log);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(log).toEqual(['read after 0 limit 2', 'page 1,2', 'read after 2 limit 2', 'page 3,4', 'read after 4 limit 2', 'page 5,6', 'read after 6 limit 2', 'page 7']);
  });

  it('args: afterSeq starts after that seq; a run that fills its last page ends with one empty read', async () => {
    const { storage, runId, log } = await storedRun(6);
    expect(await collect(readEventPages(storage, { ownerId: 'alice', runId, afterSeq: 2, pageSize: 2 }), log)).toEqual([3, 4, 5, 6]);
    expect(log.filter((line) => line.startsWith('read'))).toEqual(['read after 2 limit 2', 'read after 4 limit 2', 'read after 6 limit 2']);
  });

  it('behavior: another owner reads nothing', async () => {
    const { storage, runId, log } = await storedRun(3);
    expect(await collect(readEventPages(storage, { ownerId: 'mallory', runId, afterSeq: 0, pageSize: 2 }), log)).toEqual([]);
  });

  it('error: a page size that is not a whole number of at least 1 is refused with INVALID_INPUT', async () => {
    const { storage, runId } = await storedRun(1);
    for (const pageSize of [0, -1, 1.5, Number.NaN]) {
      await expectCode(readEventPages(storage, { ownerId: 'alice', runId, afterSeq: 0, pageSize }).next(), 'INVALID_INPUT');
    }
  });
});
