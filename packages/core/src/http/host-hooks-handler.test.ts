import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createBuilder, type Builder } from '../builder/create-builder.js';
import type { BuilderOptions } from '../run/run-context.js';
import { gate, pageRunTokens, pageTranscript, perRunModel } from '../run/host-hooks.test-support.js';
import { createBuilderHandler } from './create-builder-handler.js';
import { createBuilderClient, maxRunMetadataBytes } from '@buildwright/client';
import type { BeforeRunRequest } from '../run/host-hooks.js';

const builders: Builder[] = [];
afterEach(async () => {
  await Promise.all(builders.splice(0).map((builder) => builder.close()));
});

function setup(options: Partial<BuilderOptions> & { gate?: () => Promise<void> } = {}) {
  const storage = memoryStorage();
  const builder = createBuilder({ llm: perRunModel(pageTranscript, options.gate ? { gate: options.gate } : {}), sandbox: memorySandbox(), storage, ...options });
  builders.push(builder);
  const handler = createBuilderHandler(builder, { authorize: (request) => request.headers.get('x-owner') ?? Promise.reject(new Error('no owner header')) });
  const post = (path: string, owner: string, body: unknown) =>
    handler(new Request(`http://test${path}`, { method: 'POST', headers: { 'x-owner': owner, 'content-type': 'application/json' }, body: JSON.stringify(body) }));
  const get = (path: string, owner: string) => handler(new Request(`http://test${path}`, { headers: { 'x-owner': owner } }));
  const client = (owner: string) => createBuilderClient({ baseUrl: 'http://test', headers: { 'x-owner': owner }, fetch: (input, init) => handler(new Request(input as string, init as RequestInit)) });
  return { builder, storage, post, get, client };
}

describe('HTTP handler with host hooks', () => {
  it('error: an owner over a daily quota gets 429 with Retry-After until midnight and the code in the body; no run row is created', async () => {
    let now = new Date('2025-03-01T14:00:00Z');
    const { storage, post, get } = setup({ ownerLimits: { maxTokensPerDay: pageRunTokens }, usageTimeZone: 'Europe/Berlin', now: () => now });
    const first = await post('/runs', 'alice', { prompt: 'a page' });
    expect(first.status).toBe(201);
    const { runId } = (await first.json()) as { runId: string };
    while ((await storage.getRun({ ownerId: 'alice', runId }))?.status === 'running') await new Promise((resolve) => setTimeout(resolve, 5));

    const refused = await post('/runs', 'alice', { prompt: 'another page' });
    expect(refused.status).toBe(429);
    // 15:00 in Berlin (UTC+1): nine hours to midnight.
    expect(refused.headers.get('retry-after')).toBe(String(9 * 3600));
    const body = (await refused.json()) as { error: { code: string; message: string; docsUrl: string } };
    expect(body.error).toMatchObject({ code: 'QUOTA_EXCEEDED', message: expect.stringContaining('maxTokensPerDay'), docsUrl: expect.stringMatching(/host-hooks#errors$/) });
    const { projects } = (await (await get('/projects', 'alice')).json()) as { projects: { id: string }[] };
    expect(projects).toHaveLength(1);
    expect(await storage.listRuns({ ownerId: 'alice', projectId: projects[0]!.id })).toHaveLength(1);

    now = new Date('2025-03-01T23:00:00Z');
    expect((await post('/runs', 'alice', { prompt: 'after midnight in Berlin' })).status).toBe(201);
  });

  it('error: a beforeRun PAYMENT_REQUIRED refusal is 402 with the code and the host message, for generate and edit', async () => {
    let paid = true;
    const { post, storage, builder } = setup({ beforeRun: () => (paid ? undefined : { refuse: { code: 'PAYMENT_REQUIRED', message: 'Your plan expired. Renew it in Settings → Billing.' } }) });
    const project = (await builder.generate({ prompt: 'a page', ownerId: 'alice' }).result).project;
    paid = false;
    const refused = await post('/runs', 'alice', { prompt: 'a page' });
    expect(refused.status).toBe(402);
    expect(refused.headers.get('retry-after')).toBeNull();
    expect(((await refused.json()) as { error: unknown }).error).toMatchObject({ code: 'PAYMENT_REQUIRED', message: 'Your plan expired. Renew it in Settings → Billing.' });
    const edit = await post(`/projects/${project.id}/runs`, 'alice', { prompt: 'change it' });
    expect(edit.status).toBe(402);
    expect(await storage.listRuns({ ownerId: 'alice', projectId: project.id })).toHaveLength(1);
    expect(await storage.listProjects({ ownerId: 'alice' })).toHaveLength(1);
  });

  it('error: past maxConcurrentRuns the third run of an owner is 429 while another owner starts', async () => {
    const held = gate();
    const { post } = setup({ ownerLimits: { maxConcurrentRuns: 2 }, gate: held.wait });
    expect((await post('/runs', 'alice', { prompt: 'one' })).status).toBe(201);
    expect((await post('/runs', 'alice', { prompt: 'two' })).status).toBe(201);
    const third = await post('/runs', 'alice', { prompt: 'three' });
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('10');
    expect(((await third.json()) as { error: { code: string } }).error.code).toBe('QUOTA_EXCEEDED');
    expect((await post('/runs', 'bob', { prompt: 'bob' })).status).toBe(201);
    held.open();
  });

  it('error: the framework-free client turns a refusal into a BuildwrightError with the code and retryAfterSeconds', async () => {
    const { client } = setup({ beforeRun: () => ({ refuse: { code: 'QUOTA_EXCEEDED', message: 'Monthly quota used; it renews on the 1st.', retryAfterSeconds: 3600 } }) });
    const alice = client('alice');
    await expect(alice.generate('a page')).rejects.toMatchObject({
      code: 'QUOTA_EXCEEDED',
      message: 'Monthly quota used; it renews on the 1st.',
      retryable: true,
      details: { status: 429, retryAfterSeconds: 3600 },
    });
    alice.close();
  });
});

describe('HTTP handler: run metadata reaches beforeRun', () => {
  const waitForEnd = async (storage: ReturnType<typeof setup>['storage'], runId: string) => {
    while ((await storage.getRun({ ownerId: 'alice', runId }))?.status === 'running') await new Promise((resolve) => setTimeout(resolve, 5));
  };

  it('default: metadata of POST /runs and POST /projects/:id/runs reaches beforeRun as sent; without it the request has none', async () => {
    const seen: BeforeRunRequest[] = [];
    const { post, storage } = setup({ beforeRun: (request) => void seen.push(request) });
    const created = await post('/runs', 'alice', { prompt: 'a page', metadata: { plan: 'pro', flags: ['dark'], seats: 3, trial: false, team: { id: 't1' } } });
    expect(created.status).toBe(201);
    const { runId, projectId } = (await created.json()) as { runId: string; projectId: string };
    await waitForEnd(storage, runId);
    const edited = await post(`/projects/${projectId}/runs`, 'alice', { prompt: 'change it', metadata: { locale: 'de' } });
    expect(edited.status).toBe(201);
    await waitForEnd(storage, ((await edited.json()) as { runId: string }).runId);
    expect((await post('/runs', 'alice', { prompt: 'plain' })).status).toBe(201);
    expect(seen.map(({ mode, metadata }) => ({ mode, metadata }))).toEqual([
      { mode: 'generate', metadata: { plan: 'pro', flags: ['dark'], seats: 3, trial: false, team: { id: 't1' } } },
      { mode: 'edit', metadata: { locale: 'de' } },
      { mode: 'generate', metadata: undefined },
    ]);
    expect('metadata' in seen[2]!).toBe(false);
  });

  it('behavior: the client sends its metadata option with generate and edit', async () => {
    const seen: BeforeRunRequest[] = [];
    const { client, storage } = setup({ beforeRun: (request) => void seen.push(request) });
    const alice = client('alice');
    const { runId } = await alice.generate('a page', 'web', { metadata: { projectSetting: 'strict' } });
    await waitForEnd(storage, runId);
    await alice.edit('change it', { metadata: { projectSetting: 'loose', step: 2 } });
    expect(seen.map((request) => request.metadata)).toEqual([{ projectSetting: 'strict' }, { projectSetting: 'loose', step: 2 }]);
    alice.close();
  });

  it('error: metadata over the size limit or not a JSON object is 400 RUN_METADATA_INVALID; beforeRun is not asked and nothing is stored', async () => {
    const seen: BeforeRunRequest[] = [];
    const { post, storage } = setup({ beforeRun: (request) => void seen.push(request) });
    const tooLarge = await post('/runs', 'alice', { prompt: 'a page', metadata: { blob: 'x'.repeat(maxRunMetadataBytes) } });
    expect(tooLarge.status).toBe(400);
    const body = (await tooLarge.json()) as { error: { code: string; message: string; docsUrl: string } };
    expect(body.error).toMatchObject({
      code: 'RUN_METADATA_INVALID',
      message: expect.stringContaining(`more than the ${maxRunMetadataBytes} allowed`),
      docsUrl: expect.stringMatching(/host-hooks#errors$/),
    });
    for (const metadata of [['a'], 'pro', 42]) {
      const refused = await post('/runs', 'alice', { prompt: 'a page', metadata });
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'RUN_METADATA_INVALID', message: expect.stringContaining('plain JSON object') });
    }
    expect(seen).toEqual([]);
    expect(await storage.listProjects({ ownerId: 'alice' })).toEqual([]);
  });

  it('error: the client refuses metadata that is not JSON before any request (RUN_METADATA_INVALID naming the field)', async () => {
    const { client } = setup();
    const alice = client('alice');
    await expect(alice.generate('a page', 'web', { metadata: { when: new Date() as never } })).rejects.toMatchObject({
      code: 'RUN_METADATA_INVALID',
      message: expect.stringContaining('metadata.when'),
    });
    await expect(alice.generate('a page', 'web', { metadata: { ratio: Number.NaN } })).rejects.toMatchObject({
      code: 'RUN_METADATA_INVALID',
      message: expect.stringContaining('metadata.ratio is NaN'),
    });
    expect(alice.getSnapshot().project).toBeNull();
    expect(alice.getSnapshot().errors.map((error) => error.code)).toEqual(['RUN_METADATA_INVALID', 'RUN_METADATA_INVALID']);
    alice.close();
  });
});
