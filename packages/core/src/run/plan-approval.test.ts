import { describe, expect, it } from 'vitest';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { createBuilder } from '../builder/create-builder.js';
import type { BuildwrightEvent } from '../events/events.js';
import type { Transcript } from '../protocol/transcript.js';
import type { StorageAdapter } from '../spec/storage.js';

const write = (path: string, content: string) => ({
  node: 'build',
  toolCalls: [
    { name: 'write_file', arguments: { path, content } },
    { name: 'finish', arguments: { summary: path } },
  ],
});

/** A plan of three steps, one build turn per step. */
const threeSteps: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    {
      node: 'plan',
      toolCalls: [
        {
          name: 'submit_plan',
          arguments: {
            title: 'Notes',
            summary: 'three files',
            steps: [
              { id: 'page', title: 'page', files: ['index.html'] },
              { id: 'style', title: 'style', files: ['style.css'] },
              { id: 'script', title: 'script', files: ['main.js'] },
            ],
          },
        },
      ],
    },
    write('index.html', '<div id="root"></div><script src="main.js"></script>\n'),
    write('main.js', "document.getElementById('root').textContent = 'notes';\n"),
    write('style.css', 'body { margin: 0; }\n'),
  ],
};

const builderOn = (storage: StorageAdapter, limits: { maxWallTimeMs?: number } = {}) => createBuilder({ llm: scriptedLlm({ transcript: threeSteps }), sandbox: memorySandbox(), storage, limits });

const waiting = (run: { on: (type: 'plan.awaiting_approval', listener: (event: Extract<BuildwrightEvent, { type: 'plan.awaiting_approval' }>) => void) => () => void }) =>
  new Promise<Extract<BuildwrightEvent, { type: 'plan.awaiting_approval' }>>((resolve) => run.on('plan.awaiting_approval', resolve));

const stepsStarted = (events: BuildwrightEvent[]) => events.flatMap((event) => (event.type === 'step.started' ? [event.stepId] : []));

describe('plan approval', () => {
  it('behavior: the run waits after its plan; approved with a step removed, only the remaining steps run', async () => {
    const storage = memoryStorage();
    const builder = builderOn(storage);
    const run = builder.generate({ prompt: 'notes', approvePlan: true });
    const { plan } = await waiting(run);
    expect(plan.steps.map((step) => step.id)).toEqual(['page', 'style', 'script']);
    expect((await storage.getRun({ ownerId: 'local', runId: run.runId }))?.status).toBe('awaiting_approval');
    let settled = false;
    void run.result.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);

    await run.approvePlan({ ...plan, steps: plan.steps.filter((step) => step.id !== 'style') });
    const result = await run.result;
    expect(Object.keys(result.files).sort()).toEqual(['index.html', 'main.js']);
    const events = await storage.readEvents({ ownerId: 'local', runId: run.runId });
    expect(stepsStarted(events)).toEqual(['page', 'script']);
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    const types = events.map((event) => event.type);
    expect(types.indexOf('plan.awaiting_approval')).toBeLessThan(types.indexOf('plan.approved'));
    expect(events.find((event) => event.type === 'plan.approved')).toMatchObject({ edited: true, plan: { steps: [{ id: 'page' }, { id: 'script' }] } });
    expect(types.at(-1)).toBe('run.completed');
    expect((await storage.getRun({ ownerId: 'local', runId: run.runId }))?.status).toBe('completed');
  });

  it('behavior: approved unchanged from a second builder on the same storage (another process), which continues it; the first handle follows it to its end', async () => {
    const storage = memoryStorage();
    const first = builderOn(storage);
    const run = first.generate({ prompt: 'notes', approvePlan: true });
    await waiting(run);
    const continued = await builderOn(storage).approvePlan(run.runId);
    const [mine, theirs] = await Promise.all([run.result, continued.result]);
    expect(theirs.version.number).toBe(1);
    expect(mine.version).toEqual(theirs.version);
    const events = await storage.readEvents({ ownerId: 'local', runId: run.runId });
    expect(stepsStarted(events)).toEqual(['page', 'style', 'script']);
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    expect(events.find((event) => event.type === 'plan.approved')).toMatchObject({ edited: false });
    // The first process's handle saw every event once, in order, up to run.completed.
    const seen: BuildwrightEvent[] = [];
    for await (const event of run) seen.push(event);
    expect(seen.map((event) => event.seq)).toEqual(events.map((event) => event.seq));
  }, 15_000);

  it('error: approving twice, a run that does not wait, or with an invalid plan is a coded error', async () => {
    const storage = memoryStorage();
    const builder = builderOn(storage);
    const run = builder.generate({ prompt: 'notes', approvePlan: true });
    const { plan } = await waiting(run);
    await expect(run.approvePlan({ ...plan, steps: [] })).rejects.toMatchObject({ code: 'PLAN_INVALID', message: expect.stringContaining('at least one step') });
    await expect(builder.approvePlan(run.runId, { plan: { ...plan, steps: [{ id: 'x', title: 'x' }] } as never })).rejects.toMatchObject({
      code: 'PLAN_INVALID',
      message: expect.stringContaining('steps.0.files'),
    });
    await expect(builder.resume(run.runId).result).rejects.toMatchObject({ code: 'RUN_AWAITING_APPROVAL' });
    const approvals = await Promise.allSettled([run.approvePlan(), builder.approvePlan(run.runId)]);
    expect(approvals.map((approval) => approval.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(approvals.find((approval) => approval.status === 'rejected')).toMatchObject({ reason: { code: 'PLAN_NOT_AWAITING_APPROVAL' } });
    await run.result;
    await expect(builder.approvePlan(run.runId)).rejects.toMatchObject({ code: 'PLAN_NOT_AWAITING_APPROVAL', message: expect.stringContaining('completed') });
    await expect(builder.rejectPlan(run.runId)).rejects.toMatchObject({ code: 'PLAN_NOT_AWAITING_APPROVAL' });
    await expect(builder.approvePlan('no-such-run')).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });

    const plain = builderOn(storage).generate({ prompt: 'notes' });
    await new Promise<void>((resolve) => plain.on('plan.created', () => resolve()));
    await expect(plain.approvePlan()).rejects.toMatchObject({ code: 'PLAN_NOT_AWAITING_APPROVAL' });
    expect((await plain.result).version.number).toBe(1);
  });

  it('behavior: cancel while waiting ends the run with run.cancelled', async () => {
    const storage = memoryStorage();
    const builder = builderOn(storage);
    const run = builder.generate({ prompt: 'notes', approvePlan: true });
    await waiting(run);
    expect(await builder.cancel(run.runId, { reason: 'changed my mind' })).toBe(true);
    await expect(run.result).rejects.toMatchObject({ code: 'RUN_CANCELLED' });
    const events = await storage.readEvents({ ownerId: 'local', runId: run.runId });
    expect(events.at(-1)).toMatchObject({ type: 'run.cancelled', reason: expect.stringContaining('changed my mind') });
    expect(stepsStarted(events)).toEqual([]);
    expect((await storage.getRun({ ownerId: 'local', runId: run.runId }))?.status).toBe('cancelled');
    await expect(run.approvePlan()).rejects.toMatchObject({ code: 'PLAN_NOT_AWAITING_APPROVAL' });
  });

  it('behavior: rejectPlan from another builder cancels the run; the waiting handle rejects with RUN_CANCELLED', async () => {
    const storage = memoryStorage();
    const run = builderOn(storage).generate({ prompt: 'notes', approvePlan: true });
    await waiting(run);
    await builderOn(storage).rejectPlan(run.runId, { reason: 'wrong plan' });
    await expect(run.result).rejects.toMatchObject({ code: 'RUN_CANCELLED', message: expect.stringContaining('wrong plan') });
    const events = await storage.readEvents({ ownerId: 'local', runId: run.runId });
    expect(events.filter((event) => event.type === 'run.cancelled')).toHaveLength(1);
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
  }, 15_000);

  it('behavior: the wall-time budget does not tick while the run waits for approval', async () => {
    const storage = memoryStorage();
    const builder = builderOn(storage, { maxWallTimeMs: 400 });
    const run = builder.generate({ prompt: 'notes', approvePlan: true });
    await waiting(run);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await run.approvePlan();
    expect((await run.result).version.number).toBe(1);
  });

  it('behavior: an edit can wait for approval too', async () => {
    const storage = memoryStorage();
    const builder = builderOn(storage);
    const first = await builder.generate({ prompt: 'notes' }).result;
    const edit = createBuilder({ llm: scriptedLlm({ transcript: threeSteps }), sandbox: memorySandbox(), storage }).edit(first.project.id, { prompt: 'again', approvePlan: true });
    const { plan } = await waiting(edit);
    await edit.approvePlan({ ...plan, steps: plan.steps.slice(0, 1) });
    expect((await edit.result).version.number).toBe(2);
    expect(stepsStarted(await storage.readEvents({ ownerId: 'local', runId: edit.runId }))).toEqual(['page']);
  });
});
