import { createBuilderClient, type Plan } from '@buildwright/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createBuilder, type Builder } from '../builder/create-builder.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { appTranscript, ownerHeaderHandler, serve } from './http.test-support.js';

const builders: Builder[] = [];
const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closing.splice(0).map((close) => close()));
  await Promise.all(builders.splice(0).map((builder) => builder.close()));
});

function setup() {
  const storage = memoryStorage();
  const builder = createBuilder({ llm: scriptedLlm({ transcript: appTranscript() }), sandbox: memorySandbox(), storage });
  builders.push(builder);
  const { handler, call } = ownerHeaderHandler(builder);
  return { storage, handler, call };
}

const until = async (condition: () => Promise<boolean> | boolean) => {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 10));
};

const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

describe('POST /runs/:id/plan-approval', () => {
  it('default: a run started with approvePlan waits; the edited plan approved over HTTP is the one built; errors are coded', async () => {
    const { storage, call } = setup();
    const created = (await (await call('POST', '/runs', { prompt: 'a counter page', approvePlan: true })).json()) as { runId: string };
    const status = async () => ((await (await call('GET', `/runs/${created.runId}`)).json()) as { run: { status: string } }).run.status;
    await until(async () => (await status()) === 'awaiting_approval');
    const plan = (await storage.readEvents({ ownerId: 'alice', runId: created.runId })).find((event) => event.type === 'plan.awaiting_approval');
    expect(plan?.type === 'plan.awaiting_approval' && plan.plan.steps.map((step) => step.id)).toEqual(['page', 'logic']);

    const invalid = await call('POST', `/runs/${created.runId}/plan-approval`, { plan: { title: 'x', summary: 'y', steps: 'all' } });
    expect(invalid.status).toBe(400);
    expect(await errorOf(invalid)).toMatchObject({ code: 'PLAN_INVALID', message: expect.stringContaining('steps') });
    const stranger = await call('POST', `/runs/${created.runId}/plan-approval`, {}, 'mallory');
    expect(stranger.status).toBe(404);
    expect(await errorOf(stranger)).toMatchObject({ code: 'RUN_NOT_FOUND' });

    const edited: Plan = { title: 'Counter', summary: 'only the page', steps: [{ id: 'page', title: 'Write the page and styles', files: ['index.html', 'style.css'] }] };
    const approved = await call('POST', `/runs/${created.runId}/plan-approval`, { plan: edited });
    expect(approved.status).toBe(200);
    expect(await approved.json()).toEqual({ approved: true, runId: created.runId });
    const again = await call('POST', `/runs/${created.runId}/plan-approval`, {});
    expect(again.status).toBe(409);
    expect(await errorOf(again)).toMatchObject({ code: 'PLAN_NOT_AWAITING_APPROVAL' });

    await until(async () => (await status()) === 'completed');
    const steps = (await storage.readEvents({ ownerId: 'alice', runId: created.runId })).flatMap((event) => (event.type === 'step.started' ? [event.stepId] : []));
    expect(steps).toEqual(['page']);
  });

  it('behavior: the client shows the waiting run (status awaiting_approval) and approvePlan continues it', async () => {
    const { handler } = setup();
    const server = await serve(handler);
    closing.push(() => server.close());
    const client = createBuilderClient({ baseUrl: server.url, headers: { 'x-owner': 'alice' } });
    await client.generate('a counter page', 'web', { approvePlan: true });
    await until(() => client.getSnapshot().run?.status === 'awaiting_approval');
    expect(client.getSnapshot().run?.plan?.steps.map((step) => step.id)).toEqual(['page', 'logic']);
    const plan = client.getSnapshot().run!.plan!;
    await client.approvePlan({ title: plan.title, summary: plan.summary, steps: plan.steps.slice(0, 1).map(({ id, title, files }) => ({ id, title, files: [...files] })) });
    await until(() => client.getSnapshot().run?.status === 'completed');
    expect(client.getSnapshot().run?.plan?.steps).toMatchObject([{ id: 'page', status: 'done' }]);
    await expect(client.approvePlan()).rejects.toMatchObject({ code: 'PLAN_NOT_AWAITING_APPROVAL' });
  });
});
