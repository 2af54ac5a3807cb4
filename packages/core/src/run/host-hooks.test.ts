import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { describe, expect, it } from 'vitest';
import { createBuilder } from '../builder/create-builder.js';
import type { BuildwrightEvent } from '../events/events.js';
import type { RunNode } from '../graph/run-runtime.js';
import type { StorageAdapter } from '../spec/storage.js';
import { expectCode } from '../testing/expect-code.js';
import type { BuilderOptions } from './run-context.js';
import type { RunFinishedReport } from './host-hooks.js';
import { gate, pageRunTokens, pageTranscript, perRunModel, usageSum } from './host-hooks.test-support.js';

function setup(options: Partial<BuilderOptions> = {}) {
  const storage = options.storage ?? memoryStorage();
  const llm = perRunModel(pageTranscript);
  const builder = createBuilder({ llm, sandbox: memorySandbox(), storage, ...options });
  return { builder, storage, llm };
}

/** A clock the test moves. */
function clock(start: string) {
  let at = new Date(start);
  return { now: () => at, set: (iso: string) => (at = new Date(iso)) };
}

describe('host hooks', () => {
  describe('beforeRun', () => {
    it('default: asked with the owner, kind, prompt and mode (and the project of an edit) before the run starts', async () => {
      const asked: unknown[] = [];
      const { builder } = setup({ beforeRun: (request) => void asked.push(request) });
      const run = builder.generate({ prompt: 'a page', kind: 'web', ownerId: 'alice' });
      const { project } = await run.result;
      expect(asked).toEqual([{ ownerId: 'alice', kind: 'web', prompt: 'a page', mode: 'generate' }]);
      await builder.edit(project.id, { prompt: 'again', ownerId: 'alice' }).result;
      expect(asked[1]).toEqual({ ownerId: 'alice', kind: 'web', prompt: 'again', mode: 'edit', projectId: project.id });
    });

    it('error: a refusal rejects the result with its code, message and retry-after, and stores no project, run or event', async () => {
      const { builder, storage } = setup({
        beforeRun: async ({ ownerId }) =>
          ownerId === 'alice' ? { refuse: { code: 'PAYMENT_REQUIRED', message: 'Your trial ended. Add a card in Billing to keep building.', retryAfterSeconds: 60.2 } } : undefined,
      });
      const run = builder.generate({ prompt: 'a page', ownerId: 'alice' });
      const error = await expectCode(run.result, 'PAYMENT_REQUIRED');
      expect(error.message).toBe('Your trial ended. Add a card in Billing to keep building.');
      expect(error.details).toMatchObject({ retryAfterSeconds: 61, refusedBy: 'beforeRun' });
      expect(error.docsUrl).toMatch(/host-hooks#errors$/);
      expect(await storage.listProjects({ ownerId: 'alice' })).toEqual([]);
      expect(await storage.getRun({ ownerId: 'alice', runId: run.runId })).toBeUndefined();
      await expect(builder.generate({ prompt: 'a page', ownerId: 'bob' }).result).resolves.toMatchObject({ version: { number: 1 } });
    });

    it('error: a throwing beforeRun refuses the run (fail closed) and stores nothing', async () => {
      const { builder, storage } = setup({
        beforeRun: () => {
          throw new Error('billing service down');
        },
      });
      const error = await expectCode(builder.generate({ prompt: 'a page', ownerId: 'alice' }).result, 'INTERNAL');
      expect(error.message).toContain('billing service down');
      expect(await storage.listProjects({ ownerId: 'alice' })).toEqual([]);
    });

    it('error: an unknown refusal code is an INTERNAL error naming the codes to use', async () => {
      const { builder } = setup({ beforeRun: () => ({ refuse: { code: 'NOPE' as 'QUOTA_EXCEEDED', message: 'no' } }) });
      const error = await expectCode(builder.generate({ prompt: 'a page' }).result, 'INTERNAL');
      expect(error.message).toContain('QUOTA_EXCEEDED or PAYMENT_REQUIRED');
    });

    it('behavior: a resumed run is not asked again', async () => {
      let asked = 0;
      const { builder, storage } = setup({ beforeRun: () => void asked++ });
      const run = builder.generate({ prompt: 'a page' });
      run.on('step.started', () => run.cancel('pause'));
      await expectCode(run.result, 'RUN_CANCELLED');
      await createBuilder({ llm: perRunModel(pageTranscript), sandbox: memorySandbox(), storage, beforeRun: () => void asked++ }).resume(run.runId).result;
      expect(asked).toBe(1);
    });
  });

  describe('ownerLimits', () => {
    it('behavior: over a daily token limit a run is refused until midnight of usageTimeZone, then allowed again', async () => {
      // 23:30 on 28 February in New York is already 1 March in UTC: the quota day follows New York.
      const time = clock('2025-03-01T04:30:00Z');
      const { builder, storage } = setup({ ownerLimits: { maxTokensPerDay: pageRunTokens }, usageTimeZone: 'America/New_York', now: time.now });
      const first = await builder.generate({ prompt: 'a page', ownerId: 'alice' }).result;
      expect(await storage.getOwnerUsage({ ownerId: 'alice', day: '2025-02-28' })).toEqual({
        ownerId: 'alice',
        day: '2025-02-28',
        ...usageSum(await storage.readEvents({ ownerId: 'alice', runId: first.runId })),
      });

      const refused = builder.generate({ prompt: 'another page', ownerId: 'alice' });
      const error = await expectCode(refused.result, 'QUOTA_EXCEEDED');
      expect(error.retryable).toBe(true);
      expect(error.details).toMatchObject({ limit: 'maxTokensPerDay', used: pageRunTokens, max: pageRunTokens, day: '2025-02-28', resetsAt: '2025-03-01T05:00:00.000Z', retryAfterSeconds: 1800 });
      expect(error.message).toContain('America/New_York');
      expect(await storage.getRun({ ownerId: 'alice', runId: refused.runId })).toBeUndefined();
      expect(await storage.listProjects({ ownerId: 'alice' })).toHaveLength(1);
      // Another owner has a quota of their own.
      await expect(builder.generate({ prompt: 'a page', ownerId: 'bob' }).result).resolves.toBeDefined();

      time.set('2025-03-01T05:00:01Z');
      await expect(builder.generate({ prompt: 'after midnight', ownerId: 'alice' }).result).resolves.toMatchObject({ version: { number: 1 } });
      expect(await storage.getOwnerUsage({ ownerId: 'alice', day: '2025-03-01' })).toMatchObject({ inputTokens: 200, outputTokens: 40 });
    });

    it('behavior: a daily cost limit, per owner from a function', async () => {
      const storage = memoryStorage();
      const builder = createBuilder({
        llm: perRunModel(pageTranscript, { costUsd: 0.5 }),
        sandbox: memorySandbox(),
        storage,
        ownerLimits: async (ownerId) => (ownerId === 'free' ? { maxCostUsdPerDay: 1 } : {}),
        now: () => new Date('2025-06-01T12:00:00Z'),
      });
      await builder.generate({ prompt: 'a page', ownerId: 'free' }).result;
      const error = await expectCode(builder.generate({ prompt: 'a page', ownerId: 'free' }).result, 'QUOTA_EXCEEDED');
      expect(error.details).toMatchObject({ limit: 'maxCostUsdPerDay', used: 1, retryAfterSeconds: 12 * 3600 });
      await builder.generate({ prompt: 'a page', ownerId: 'pro' }).result;
      await builder.generate({ prompt: 'a page', ownerId: 'pro' }).result;
    });

    it('behavior: concurrent runs per owner: the third of alice is refused while bob proceeds, and a slot frees when a run ends', async () => {
      const held = gate();
      const storage = memoryStorage();
      const builder = createBuilder({ llm: perRunModel(pageTranscript, { gate: held.wait }), sandbox: memorySandbox(), storage, ownerLimits: { maxConcurrentRuns: 2 } });
      const [one, two] = [builder.generate({ prompt: 'one', ownerId: 'alice' }), builder.generate({ prompt: 'two', ownerId: 'alice' })];
      const three = builder.generate({ prompt: 'three', ownerId: 'alice' });
      const error = await expectCode(three.result, 'QUOTA_EXCEEDED');
      expect(error.details).toMatchObject({ limit: 'maxConcurrentRuns', max: 2, running: 2, retryAfterSeconds: 10 });
      expect(await storage.getRun({ ownerId: 'alice', runId: three.runId })).toBeUndefined();
      const bob = builder.generate({ prompt: 'bob', ownerId: 'bob' });
      held.open();
      await Promise.all([one.result, two.result, bob.result]);
      await expect(builder.generate({ prompt: 'four', ownerId: 'alice' }).result).resolves.toBeDefined();
    });

    it('behavior: a failed run gives its slot back', async () => {
      const { builder } = setup({ ownerLimits: { maxConcurrentRuns: 1, maxTokensPerRun: 150 } });
      await expectCode(builder.generate({ prompt: 'a page' }).result, 'BUDGET_EXCEEDED');
      await expectCode(builder.generate({ prompt: 'a page' }).result, 'BUDGET_EXCEEDED');
    });

    it('error: over maxTokensPerRun the run fails with BUDGET_EXCEEDED, as limits.maxTokens does', async () => {
      const { builder, storage } = setup({ ownerLimits: { maxTokensPerRun: 150 } });
      const run = builder.generate({ prompt: 'a page' });
      const error = await expectCode(run.result, 'BUDGET_EXCEEDED');
      expect(error.details).toMatchObject({ budget: 'maxTokens' });
      expect((await storage.getRun({ ownerId: 'local', runId: run.runId }))?.budgets.maxTokens).toBe(150);
    });

    it('error: over maxCostUsdPerRun the run fails with BUDGET_EXCEEDED naming the cost', async () => {
      const builder = createBuilder({ llm: perRunModel(pageTranscript, { costUsd: 0.3 }), sandbox: memorySandbox(), storage: memoryStorage(), ownerLimits: { maxCostUsdPerRun: 0.5 } });
      const error = await expectCode(builder.generate({ prompt: 'a page' }).result, 'BUDGET_EXCEEDED');
      expect(error.details).toMatchObject({ budget: 'maxCostUsd' });
      expect(error.message).toContain('maxCostUsdPerRun');
    });

    it('error: an unknown usageTimeZone fails createBuilder', () => {
      expect(() => setup({ usageTimeZone: 'Mars/Olympus' })).toThrow(/Invalid usageTimeZone "Mars\/Olympus"/);
    });
  });

  describe('recordOwnerUsage', () => {
    /** A memory storage counting addOwnerUsage calls. */
    const countingUsage = () => {
      const storage = memoryStorage();
      let added = 0;
      const counted: StorageAdapter = { ...storage, addOwnerUsage: (input) => (added++, storage.addOwnerUsage(input)) };
      return { storage: counted, added: () => added };
    };

    it.each([
      ['no ownerLimits', {}, 0],
      ['ownerLimits without a daily limit', { ownerLimits: { maxConcurrentRuns: 2, maxTokensPerRun: 10_000 } }, 0],
      ['a daily token limit', { ownerLimits: { maxTokensPerDay: 1_000_000 } }, 2],
      ['a daily cost limit', { ownerLimits: { maxCostUsdPerDay: 100 } }, 2],
      ['ownerLimits as a function (it may set a daily limit)', { ownerLimits: () => ({}) }, 2],
      ['recordOwnerUsage: true without limits (a dashboard)', { recordOwnerUsage: true }, 2],
      ['recordOwnerUsage: false with a daily limit', { ownerLimits: { maxTokensPerDay: 1_000_000 }, recordOwnerUsage: false }, 0],
    ] satisfies [string, Partial<BuilderOptions>, number][])('default: %s — %i writes of the owner’s daily usage for a run of two model calls', async (_case, options, writes) => {
      const { storage, added } = countingUsage();
      const { builder } = setup({ storage, now: () => new Date('2025-06-01T12:00:00Z'), ...options });
      await builder.generate({ prompt: 'a page', ownerId: 'alice' }).result;
      expect(added()).toBe(writes);
      const used = await storage.getOwnerUsage({ ownerId: 'alice', day: '2025-06-01' });
      expect(used.inputTokens + used.outputTokens).toBe(writes === 0 ? 0 : pageRunTokens);
    });
  });

  describe('onRunFinished', () => {
    it('default: called once per run with its status and the sum of its stored usage events', async () => {
      const reports: RunFinishedReport[] = [];
      const { builder, storage } = setup({ onRunFinished: (report) => void reports.push(report), ownerLimits: (ownerId) => (ownerId === 'capped' ? { maxTokensPerRun: 150 } : {}) });
      const completed = await builder.generate({ prompt: 'a page', ownerId: 'alice' }).result;
      const failed = builder.generate({ prompt: 'a page', ownerId: 'capped' });
      await expectCode(failed.result, 'BUDGET_EXCEEDED');
      const cancelled = builder.generate({ prompt: 'a page', ownerId: 'carol' });
      cancelled.on('step.started', () => cancelled.cancel('stop'));
      await expectCode(cancelled.result, 'RUN_CANCELLED');

      expect(reports.map((report) => [report.run.id, report.ownerId, report.status, report.run.status])).toEqual([
        [completed.runId, 'alice', 'completed', 'completed'],
        [failed.runId, 'capped', 'failed', 'failed'],
        [cancelled.runId, 'carol', 'cancelled', 'cancelled'],
      ]);
      for (const report of reports) expect(report.usage).toEqual(usageSum(await storage.readEvents({ ownerId: report.ownerId, runId: report.run.id })));
      expect(reports[0]!.usage).toEqual({ inputTokens: 200, outputTokens: 40, costUsd: 0 });
      expect(reports[1]!.usage.inputTokens).toBeGreaterThan(0);
    });

    it('behavior: a run cut off mid-run and resumed by another builder is reported once, with the usage of both attempts', async () => {
      const storage = memoryStorage();
      // The first process "dies" when it would store the build step's completion: nothing after is stored.
      const dying: StorageAdapter = new Proxy(storage, {
        get(target, key, receiver) {
          if (key === 'appendEvent') return (event: BuildwrightEvent) => (event.type === 'step.completed' ? new Promise<void>(() => undefined) : target.appendEvent(event));
          const value = Reflect.get(target, key, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      const reports: RunFinishedReport[] = [];
      const onRunFinished = (report: RunFinishedReport) => void reports.push(report);
      const cut = createBuilder({ llm: perRunModel(pageTranscript), sandbox: memorySandbox(), storage: dying, onRunFinished }).generate({ prompt: 'a page' });
      while (!(await storage.readEvents({ ownerId: 'local', runId: cut.runId })).some((event) => event.type === 'file.written')) await new Promise((resolve) => setTimeout(resolve, 5));
      await new Promise((resolve) => setTimeout(resolve, 20));

      const resumed = await createBuilder({ llm: perRunModel(pageTranscript), sandbox: memorySandbox(), storage, onRunFinished }).resume(cut.runId).result;
      const events = await storage.readEvents({ ownerId: 'local', runId: cut.runId });
      expect(events.at(-1)?.type).toBe('run.completed');
      expect(reports).toHaveLength(1);
      expect(reports[0]).toMatchObject({ ownerId: 'local', status: 'completed', run: { id: resumed.runId, status: 'completed' } });
      // The build step ran twice (once cut off): both attempts' model calls are in the usage.
      expect(reports[0]!.usage).toEqual(usageSum(events));
      expect(reports[0]!.usage.inputTokens).toBe(300);
      // A second resume of the completed run cannot report it again.
      await expectCode(createBuilder({ llm: perRunModel(pageTranscript), sandbox: memorySandbox(), storage, onRunFinished }).resume(cut.runId).result, 'INVALID_INPUT');
      expect(reports).toHaveLength(1);
    });

    it('behavior: a run whose end was claimed is not reported again by another process, and a cancelled run that is resumed is not reported twice', async () => {
      const reports: RunFinishedReport[] = [];
      const { builder, storage } = setup({ onRunFinished: (report) => void reports.push(report) });
      const run = builder.generate({ prompt: 'a page' });
      run.on('step.started', () => run.cancel('pause'));
      await expectCode(run.result, 'RUN_CANCELLED');
      await createBuilder({ llm: perRunModel(pageTranscript), sandbox: memorySandbox(), storage, onRunFinished: (report) => void reports.push(report) }).resume(run.runId).result;
      expect(reports.map((report) => report.status)).toEqual(['cancelled']);
    });

    it('error: a throwing hook does not fail the run; onHookError gets the error with the run', async () => {
      const hookErrors: unknown[] = [];
      const { builder } = setup({
        onRunFinished: async () => {
          throw new Error('invoice API down');
        },
        onHookError: (error, context) => void hookErrors.push([(error as Error).message, context]),
      });
      const result = await builder.generate({ prompt: 'a page', ownerId: 'alice' }).result;
      expect(result.version.number).toBe(1);
      expect(hookErrors).toEqual([['invoice API down', { hook: 'onRunFinished', runId: result.runId, ownerId: 'alice' }]]);
    });
  });

  describe('model call context', () => {
    it('default: every model call carries the owner, run, project and node, also those a custom node makes', async () => {
      const contexts: unknown[] = [];
      const reviewNode: RunNode = {
        name: 'review',
        async run({ llm }) {
          for await (const part of llm.stream({ node: 'review', messages: [{ role: 'user', content: 'review' }], tools: [] })) void part;
        },
      };
      const inner = perRunModel({ ...pageTranscript, turns: [...pageTranscript.turns, { node: 'review', text: 'fine', toolCalls: [] }] });
      const { builder } = setup({
        llm: {
          ...inner,
          stream(request) {
            contexts.push(request.context);
            return inner.stream(request);
          },
        },
        graph: { nodes: (defaults) => [...defaults, reviewNode] },
      });
      const { runId, project } = await builder.generate({ prompt: 'a page', ownerId: 'alice' }).result;
      expect(contexts).toEqual(['plan', 'build', 'review'].map((node) => ({ ownerId: 'alice', runId, projectId: project.id, node })));
    });
  });
});
