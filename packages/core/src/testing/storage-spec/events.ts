import { describe, expect, it } from 'vitest';
import type { BuildwrightEvent } from '../../events/events.js';
import { expectError, uniqueId, type StorageSpecContext } from './context.js';

/** Storage spec, events: see runStorageSpec. */
export function describeEvents(spec: StorageSpecContext): void {
  const { storage, newProject, newRun, stepEvent } = spec;
  describe('events', () => {
    it('default: readEvents replays every event ordered by seq', async () => {
      const run = await newRun();
      for (const seq of [1, 2, 3]) await storage.appendEvent(stepEvent(run, seq));
      const events = await storage.readEvents({ ownerId: run.ownerId, runId: run.id });
      expect(events).toEqual([stepEvent(run, 1), stepEvent(run, 2), stepEvent(run, 3)]);
    });

    it('behavior: events appended out of order are read in seq order', async () => {
      const run = await newRun();
      for (const seq of [2, 3, 1]) await storage.appendEvent(stepEvent(run, seq));
      const events = await storage.readEvents({ ownerId: run.ownerId, runId: run.id });
      expect(events.map((event) => event.seq)).toEqual([1, 2, 3]);
    });

    it('args: afterSeq returns only later events, limit caps the count', async () => {
      const run = await newRun();
      for (let seq = 1; seq <= 6; seq++) await storage.appendEvent(stepEvent(run, seq));
      expect((await storage.readEvents({ ownerId: run.ownerId, runId: run.id, afterSeq: 3 })).map((event) => event.seq)).toEqual([4, 5, 6]);
      expect((await storage.readEvents({ ownerId: run.ownerId, runId: run.id, afterSeq: 1, limit: 2 })).map((event) => event.seq)).toEqual([2, 3]);
      expect(await storage.readEvents({ ownerId: run.ownerId, runId: run.id, afterSeq: 6 })).toEqual([]);
    });

    it('behavior: pages of 2 (afterSeq = the last seq of the previous page) give every event once, in seq order, also appended out of order', async () => {
      const run = await newRun();
      for (const seq of [5, 2, 7, 1, 3, 6, 4]) await storage.appendEvent(stepEvent(run, seq));
      const pages: number[][] = [];
      let afterSeq = 0;
      while (true) {
        const page = (await storage.readEvents({ ownerId: run.ownerId, runId: run.id, afterSeq, limit: 2 })).map((event) => event.seq);
        pages.push(page);
        if (page.length < 2) break;
        afterSeq = page.at(-1)!;
      }
      expect(pages).toEqual([[1, 2], [3, 4], [5, 6], [7]]);
      expect(await storage.readEvents({ ownerId: 'someone-else', runId: run.id, afterSeq: 0, limit: 2 })).toEqual([]);
    });

    it('behavior: nested payloads round-trip', async () => {
      const run = await newRun();
      const failed: BuildwrightEvent = {
        type: 'check.failed',
        runId: run.id,
        projectId: run.projectId,
        seq: 1,
        at: '2025-01-01T00:00:00.000Z',
        check: 'types',
        report: 'src/App.tsx(3,1): error TS2304: Cannot find name "x". — «ünïcödé» 🚀',
        issues: [{ file: 'src/App.tsx', line: 3, column: 1, message: 'Cannot find name "x".' }, { message: 'no location' }],
        durationMs: 1234.5,
      };
      const plan: BuildwrightEvent = {
        type: 'plan.created',
        runId: run.id,
        projectId: run.projectId,
        seq: 2,
        at: '2025-01-01T00:00:01.000Z',
        plan: { title: 'Todo', summary: 'A list', steps: [{ id: 's1', title: 'UI', files: ['src/App.tsx', 'src/main.tsx'] }] },
      };
      await storage.appendEvent(failed);
      await storage.appendEvent(plan);
      expect(await storage.readEvents({ ownerId: run.ownerId, runId: run.id })).toEqual([failed, plan]);
    });

    it('error: a duplicate (runId, seq) is refused and the first event kept', async () => {
      const run = await newRun();
      const first = stepEvent(run, 1);
      await storage.appendEvent(first);
      await expectError(storage.appendEvent({ ...stepEvent(run, 1), stepId: 'other' } as BuildwrightEvent), 'STORAGE_ERROR');
      expect(await storage.readEvents({ ownerId: run.ownerId, runId: run.id })).toEqual([first]);
    });

    it('error: appendEvent to an unknown run', async () => {
      await expectError(storage.appendEvent({ ...stepEvent(await newRun(), 1), runId: uniqueId('missing') }), 'RUN_NOT_FOUND');
    });

    it('behavior: the same seq in two runs is fine', async () => {
      const project = await newProject();
      const first = await newRun(project);
      const second = await newRun(project);
      await storage.appendEvent(stepEvent(first, 1));
      await storage.appendEvent(stepEvent(second, 1));
      expect(await storage.readEvents({ ownerId: project.ownerId, runId: second.id })).toHaveLength(1);
    });

    it('behavior: owner B cannot read owner A events', async () => {
      const run = await newRun();
      await storage.appendEvent(stepEvent(run, 1));
      expect(await storage.readEvents({ ownerId: uniqueId('owner'), runId: run.id })).toEqual([]);
    });
  });
}
