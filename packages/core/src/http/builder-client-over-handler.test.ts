import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { createBuilder, type Builder } from '../builder/create-builder.js';
import { BuildwrightError, createBuilderClient, type BuilderClient, type BuilderClientOptions, type BuilderSnapshot, type ChatFinishInfo } from '@buildwright/client';
import { createBuilderHandler } from './create-builder-handler.js';
import { appFiles, appTranscript, serve } from './http.test-support.js';
import { pacedLlm } from '../llm/paced-llm.js';
import type { Template } from '../spec/template.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Cuts the event streams of requests sent with `x-cut: 1` after `afterEvents` events, `times` times. */
function cutting(handler: (request: Request) => Promise<Response>, options: { times: number; afterEvents: number }) {
  let left = options.times;
  const cut = { count: 0 };
  const wrapped = async (request: Request) => {
    const response = await handler(request);
    if (!new URL(request.url).pathname.endsWith('/events') || request.headers.get('x-cut') !== '1' || left <= 0) return response;
    left--;
    let events = 0;
    const decoder = new TextDecoder();
    const body = response.body!.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          controller.enqueue(chunk);
          events += (decoder.decode(chunk).match(/^id: /gm) ?? []).length;
          if (events >= options.afterEvents) {
            cut.count++;
            controller.error(new Error('connection cut by the test'));
          }
        },
      }),
    );
    return new Response(body, { status: response.status, headers: response.headers });
  };
  return { wrapped, cut };
}

async function setup(options: { delayMs?: number; cut?: { times: number; afterEvents: number }; templates?: Record<string, Template> } = {}) {
  const llm = scriptedLlm({ transcript: appTranscript() });
  const builder: Builder = createBuilder({
    llm: options.delayMs ? pacedLlm(llm, options.delayMs) : llm,
    sandbox: memorySandbox(),
    storage: memoryStorage(),
    ...(options.templates ? { templates: options.templates } : {}),
  });
  const handler = createBuilderHandler(builder, { authorize: (request) => request.headers.get('x-owner') ?? Promise.reject(new Error('no owner')), basePath: '/api' });
  const { wrapped, cut } = cutting(handler, options.cut ?? { times: 0, afterEvents: 0 });
  const server = await serve(wrapped);
  cleanups.push(
    () => builder.close(),
    () => server.close(),
  );
  const client = (headers: Record<string, string> = { 'x-owner': 'alice' }, callbacks: Pick<BuilderClientOptions, 'onFinish' | 'onError'> = {}) => {
    const created = createBuilderClient({ baseUrl: `${server.url}/api`, headers, reconnect: { initialDelayMs: 20, maxDelayMs: 100 }, ...callbacks });
    cleanups.push(() => created.close());
    return created;
  };
  return { builder, server, client, cut };
}

function until(client: BuilderClient, predicate: (snapshot: BuilderSnapshot) => boolean, what: string): Promise<BuilderSnapshot> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const snapshot = client.getSnapshot();
      if (!predicate(snapshot)) return;
      unsubscribe();
      clearTimeout(timer);
      resolve(snapshot);
    };
    const unsubscribe = client.subscribe(check);
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`timed out waiting for ${what}; last snapshot: ${JSON.stringify(client.getSnapshot()).slice(0, 2000)}`));
    }, 20_000);
    check();
  });
}

const settled = (snapshot: BuilderSnapshot) =>
  snapshot.run?.status === 'completed' && snapshot.files.version === snapshot.run.versionNumber && snapshot.versions.list.length === snapshot.run.versionNumber && snapshot.connection === 'closed';

/** Run ids of the thread, in the order their prompts were sent. */
const projectRuns = (snapshot: BuilderSnapshot) => snapshot.messages.filter((message) => message.kind === 'prompt').map((message) => message.runId);

describe('createBuilderClient', () => {
  it('default: generate folds the run into messages, plan, files, version, usage and status', async () => {
    const { client } = await setup();
    const builderClient = client();
    const notified: BuilderSnapshot[] = [];
    const unsubscribe = builderClient.subscribe(() => notified.push(builderClient.getSnapshot()));
    const created = await builderClient.generate('a counter page', 'web');
    const final = await until(builderClient, settled, 'the run to complete');

    expect(final.run).toMatchObject({
      id: created.runId,
      projectId: created.projectId,
      status: 'completed',
      mode: 'generate',
      kind: 'web',
      versionNumber: 1,
      summary: 'Page written.\nCounter added.',
      error: null,
    });
    expect(final.run!.plan!.steps.map((step) => [step.id, step.status])).toEqual([
      ['page', 'done'],
      ['logic', 'done'],
    ]);
    expect(final.messages.map((message) => [message.role, message.kind, message.content])).toEqual([
      ['user', 'prompt', 'a counter page'],
      ['assistant', 'activity', ''],
      ['assistant', 'text', 'I will build a counter page in two steps.'],
      ['assistant', 'text', 'Writing the page and its styles.'],
      ['assistant', 'text', 'Adding the click counter.'],
      ['assistant', 'summary', 'Page written.\nCounter added.'],
    ]);
    expect(final.messages.every((message) => !message.streaming)).toBe(true);
    expect(final.files).toEqual({ version: 1, contents: appFiles, changes: { 'index.html': 'written', 'style.css': 'written', 'app.js': 'written' }, streaming: {} });
    expect(final.project).toMatchObject({ id: created.projectId, currentVersion: 1, kind: 'web' });
    expect(final.run!.usage.calls).toBe(5);
    expect(final.run!.usage.inputTokens).toBeGreaterThan(0);
    expect(final.run!.notices[0]!.message).toMatch(/recorded transcript/);
    expect(final.preview).toEqual({ url: null, docsUrl: null, status: 'none', reason: 'This run started no preview (no browser check ran).', live: null });
    expect(final.errors).toEqual([]);

    // Every notification carried a new snapshot, and an unchanged store keeps its identity.
    expect(new Set(notified).size).toBe(notified.length);
    expect(builderClient.getSnapshot()).toBe(builderClient.getSnapshot());
    // Files appeared with their content (from file.written) while the run wrote them, before the version was fetched.
    expect(notified.some((snapshot) => snapshot.files.version === null && typeof snapshot.files.contents['app.js'] === 'string')).toBe(true);
    unsubscribe();
  });

  it('behavior: streams cut twice mid-run reconnect, and the final state equals an uninterrupted follower with no duplicate', async () => {
    const { client, cut } = await setup({ delayMs: 40, cut: { times: 2, afterEvents: 4 } });
    const interrupted = client({ 'x-owner': 'alice', 'x-cut': '1' });
    const connections: string[] = [];
    interrupted.subscribe(() => connections.at(-1) !== interrupted.getSnapshot().connection && connections.push(interrupted.getSnapshot().connection));
    const { runId } = await interrupted.generate('a counter page');
    const uninterrupted = client();
    await uninterrupted.followRun(runId);

    const [a, b] = await Promise.all([until(interrupted, settled, 'the cut run'), until(uninterrupted, settled, 'the follower')]);
    expect(cut.count).toBe(2);
    expect(connections.filter((state) => state === 'reconnecting').length).toBeGreaterThanOrEqual(2);
    expect(a).toEqual(b);
    const ids = a.messages.map((message) => message.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(a.messages.filter((message) => message.kind === 'prompt')).toHaveLength(1);
    expect(a.run!.lastSeq).toBe(b.run!.lastSeq);
  });

  it('behavior: cancel stops the run; the store shows it cancelled with no new version', async () => {
    const { client } = await setup({ delayMs: 80 });
    const builderClient = client();
    await builderClient.generate('a counter page');
    await until(builderClient, (snapshot) => snapshot.run?.plan !== null && snapshot.run?.plan !== undefined, 'the plan');
    await builderClient.cancel();
    const final = await until(builderClient, (snapshot) => snapshot.run?.status === 'cancelled' && snapshot.connection === 'closed' && snapshot.versions.loaded, 'cancellation');
    expect(final.run!.error).toMatchObject({ code: 'RUN_CANCELLED', message: expect.stringContaining('stopped by the user') });
    expect(final.messages.at(-1)).toMatchObject({ role: 'assistant', kind: 'notice' });
    expect(final.versions.list).toEqual([]);
    expect(final.files.version).toBeNull();
  });

  it('behavior: edit, restore, diff, export and loadProject in a fresh client', async () => {
    const { client } = await setup();
    const first = client();
    const { projectId } = await first.generate('a counter page');
    await until(first, settled, 'the generation');
    await first.send('rename the title');
    const edited = await until(first, settled, 'the edit');
    expect(edited.files.version).toBe(2);
    expect(edited.files.contents['index.html']).toContain('Edited by Buildwright');
    expect(edited.files.changes).toEqual({ 'index.html': 'edited' });
    expect(edited.messages.filter((message) => message.kind === 'prompt').map((message) => message.content)).toEqual(['a counter page', 'rename the title']);
    // The edit's run did not drop the generation's plan, checks and files: each run keeps its activity.
    const activities = edited.messages.filter((message) => message.kind === 'activity');
    expect(activities.map((message) => message.runId)).toEqual([projectRuns(edited)[0], edited.run!.id]);
    expect(activities.map((message) => message.parts.find((part) => part.type === 'plan'))).toEqual([
      { type: 'plan', plan: expect.objectContaining({ steps: [expect.objectContaining({ id: 'page', status: 'done' }), expect.objectContaining({ id: 'logic', status: 'done' })] }) },
      { type: 'plan', plan: expect.objectContaining({ steps: expect.any(Array) }) },
    ]);
    expect(activities[0]!.parts.filter((part) => part.type === 'file').map((part) => part.type === 'file' && part.path)).toEqual(['index.html', 'style.css', 'app.js']);
    expect(activities[1]!.parts.filter((part) => part.type === 'file')).toEqual([{ type: 'file', path: 'index.html', change: 'edited' }]);

    const diff = await first.diff(1, 2);
    expect(diff.files.map((file) => [file.path, file.status])).toEqual([['index.html', 'modified']]);
    const zip = unzipSync(await first.exportZip(1));
    expect(strFromU8(zip['index.html']!)).toBe(appFiles['index.html']);

    await first.restore(1);
    const restored = first.getSnapshot();
    expect(restored.files.version).toBe(3);
    expect(restored.files.contents).toEqual(appFiles);
    expect(restored.versions.list.map((version) => version.number)).toEqual([1, 2, 3]);

    const second = client();
    await second.loadProject(projectId);
    const loaded = await until(second, (snapshot) => snapshot.connection === 'closed' && snapshot.files.version === 3, 'the loaded project');
    expect(loaded.messages.map((message) => [message.role, message.kind, message.content])).toEqual([
      ['user', 'prompt', 'a counter page'],
      ['assistant', 'activity', ''],
      ['assistant', 'summary', 'Page written.\nCounter added.'],
      ['user', 'prompt', 'rename the title'],
      ['assistant', 'activity', ''],
      ['assistant', 'text', 'Changing the title.'],
      ['assistant', 'summary', 'Title changed.'],
    ]);
    // The generation's activity is replayed from its stored events: the same parts the first client showed live.
    const [replayed] = loaded.messages.filter((message) => message.kind === 'activity');
    expect(replayed).toEqual(activities[0]);
    expect(loaded.files.contents).toEqual(appFiles);
    expect(loaded.run).toMatchObject({ status: 'completed', mode: 'edit' });
    expect((await second.listProjects()).map((project) => project.id)).toEqual([projectId]);
  });

  it("behavior: listTemplates and searchTemplates read the server's templates; generate with a template starts from it", async () => {
    const template = (name: string, description: string, tags: string[], files: Record<string, string>): Template => ({ name, kind: 'web', description, tags, files, stack: ['react@19'] });
    const templates = {
      dashboard: template('dashboard', 'A dashboard with charts and tables', ['charts', 'analytics'], { 'charts.js': '// charts\n' }),
      game: template('game', 'A canvas game with a game loop', ['canvas', 'arcade'], { 'loop.js': '// loop\n' }),
      shop: { ...template('shop', 'A shop front with a cart', ['cart', 'checkout'], {}), kind: 'api' as const },
    };
    const { client, builder } = await setup({ templates });
    const builderClient = client();
    expect(await builderClient.listTemplates()).toEqual([
      { name: 'dashboard', kinds: ['web'], description: 'A dashboard with charts and tables', tags: ['charts', 'analytics'], stack: ['react@19'] },
      { name: 'game', kinds: ['web'], description: 'A canvas game with a game loop', tags: ['canvas', 'arcade'], stack: ['react@19'] },
      { name: 'shop', kinds: ['api'], description: 'A shop front with a cart', tags: ['cart', 'checkout'], stack: ['react@19'] },
    ]);
    expect((await builderClient.listTemplates({ kind: 'api' })).map((listed) => listed.name)).toEqual(['shop']);
    const found = await builderClient.searchTemplates('an arcade game on a canvas', { kind: 'web', limit: 1 });
    expect(found).toEqual([{ name: 'game', score: expect.any(Number), description: 'A canvas game with a game loop' }]);
    expect(found[0]!.score).toBeGreaterThan(0.2);
    await expect(builderClient.searchTemplates('x'.repeat(2_001))).rejects.toMatchObject({ code: 'INVALID_INPUT' });

    const created = await builderClient.generate('a counter page', 'web', { template: 'dashboard' });
    await until(builderClient, settled, 'the run to complete');
    const { files } = await builder.files(created.projectId, { ownerId: 'alice' });
    expect(Object.keys(files)).toContain('charts.js');
    await expect(builderClient.generate('a counter page', 'web', { template: 'nope' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('error: a refused request rejects with the server code and lands in the snapshot', async () => {
    const { client } = await setup();
    const stranger = client({});
    const error = await stranger.generate('a counter page').catch((caught: unknown) => caught);
    expect(BuildwrightError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'UNAUTHORIZED', details: { status: 401 } });
    expect(stranger.getSnapshot().errors).toEqual([{ code: 'UNAUTHORIZED', message: 'The request is not authorized; sign in and try again.', source: 'generate' }]);
    expect(stranger.getSnapshot().messages).toEqual([]);
    expect(stranger.getSnapshot().pending).toBeNull();

    const owner = client();
    await expect(owner.loadProject('no-such-project')).rejects.toMatchObject({ code: 'PROJECT_NOT_FOUND' });
    await expect(owner.edit('change it')).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('No project is loaded') });
  });

  it('error: an unreachable server is SERVER_UNAVAILABLE', async () => {
    const { server } = await setup();
    const url = server.url;
    await server.close();
    const client = createBuilderClient({ baseUrl: url });
    await expect(client.listProjects()).rejects.toMatchObject({ code: 'SERVER_UNAVAILABLE', retryable: true });
  });

  it('error: createBuilderClient without baseUrl is refused', () => {
    expect(() => createBuilderClient({} as never)).toThrow(/options\.baseUrl/);
  });
});

describe('createBuilderClient: chat state in the AI SDK useChat style', () => {
  it('default: one status goes submitted → streaming → ready; onFinish gets the run and its summary message', async () => {
    const { client } = await setup();
    const finished: ChatFinishInfo[] = [];
    const builderClient = client(undefined, { onFinish: (info) => finished.push(info) });
    const statuses: string[] = [];
    builderClient.subscribe(() => {
      const { status } = builderClient.getSnapshot();
      if (statuses.at(-1) !== status) statuses.push(status);
    });
    expect(builderClient.getSnapshot()).toMatchObject({ status: 'ready', error: null });
    await builderClient.generate('a counter page');
    await until(builderClient, settled, 'the run');
    expect(statuses).toEqual(['submitted', 'streaming', 'ready']);
    expect(finished).toHaveLength(1);
    expect(finished[0]).toMatchObject({ isAbort: false, isError: false, run: { status: 'completed' }, message: { kind: 'summary', content: 'Page written.\nCounter added.' } });
    expect(finished[0]!.messages).toBe(builderClient.getSnapshot().messages);
  });

  it('behavior: stop() cancels the run (onFinish isAbort); regenerate() sends the last prompt again as a new run and the thread keeps both', async () => {
    const { client } = await setup({ delayMs: 60 });
    const finished: ChatFinishInfo[] = [];
    const builderClient = client(undefined, { onFinish: (info) => finished.push(info) });
    await builderClient.generate('a counter page');
    await until(builderClient, (snapshot) => snapshot.status === 'streaming' && snapshot.run?.plan != null, 'the plan');
    await builderClient.stop();
    const stopped = await until(builderClient, (snapshot) => snapshot.run?.status === 'cancelled', 'the cancellation');
    expect(stopped.status).toBe('ready');
    expect(finished.map((info) => info.isAbort)).toEqual([true]);
    const firstRun = stopped.run!.id;

    const again = await builderClient.regenerate();
    expect(again.runId).not.toBe(firstRun);
    const regenerated = await until(builderClient, (snapshot) => snapshot.run?.id === again.runId && snapshot.status !== 'submitted' && snapshot.status !== 'streaming', 'the regenerated run');
    expect(regenerated.run!.mode).toBe('edit');
    expect(regenerated.messages.filter((message) => message.kind === 'prompt').map((message) => [message.runId, message.content])).toEqual([
      [firstRun, 'a counter page'],
      [again.runId, 'a counter page'],
    ]);
    // The stopped run's plan is still in the thread.
    expect(regenerated.messages.find((message) => message.runId === firstRun && message.kind === 'activity')!.parts.some((part) => part.type === 'plan')).toBe(true);
    expect(finished).toHaveLength(2);
  });

  it('error: a run that cannot start puts status in error with the error and calls onError; the next send clears it', async () => {
    const { client } = await setup();
    const errors: BuildwrightError[] = [];
    const builderClient = client(undefined, { onError: (error) => errors.push(error) });
    await expect(builderClient.generate('   ')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(builderClient.getSnapshot()).toMatchObject({ status: 'error', error: { code: 'INVALID_INPUT', source: 'generate' } });
    expect(errors.map((error) => error.code)).toEqual(['INVALID_INPUT']);
    await expect(client().regenerate()).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('no prompt to send again') });
    await builderClient.generate('a counter page');
    expect(builderClient.getSnapshot().error).toBeNull();
    await until(builderClient, settled, 'the run');
    expect(builderClient.getSnapshot().status).toBe('ready');
  });
});
