import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { createBuilder, type Builder } from '../builder/create-builder.js';
import { readEventStream, type EventStreamMessage } from '@buildwright/client';
import type { BuildwrightEvent } from '../events/events.js';
import type { StorageAdapter } from '../spec/storage.js';
import { createBuilderHandler, type BuilderHandlerOptions } from './create-builder-handler.js';
import { pacedLlm } from '../llm/paced-llm.js';
import { appFiles, appTranscript } from './http.test-support.js';

const builders: Builder[] = [];
afterEach(async () => {
  await Promise.all(builders.splice(0).map((builder) => builder.close()));
});

function setup(options: { delayMs?: number; storage?: StorageAdapter; handler?: Partial<BuilderHandlerOptions> } = {}) {
  const storage = options.storage ?? memoryStorage();
  const llm = scriptedLlm({ transcript: appTranscript() });
  const builder = createBuilder({ llm: options.delayMs ? pacedLlm(llm, options.delayMs) : llm, sandbox: memorySandbox(), storage });
  builders.push(builder);
  const errors: unknown[] = [];
  const handler = createBuilderHandler(builder, {
    authorize: (request) => request.headers.get('x-owner') ?? Promise.reject(new Error('no owner header')),
    onError: (error) => errors.push(error),
    ...options.handler,
  });
  const call = (method: string, path: string, init: { owner?: string; body?: BodyInit; json?: unknown; headers?: Record<string, string> } = {}) =>
    handler(
      new Request(`http://test${path}`, {
        method,
        headers: {
          ...(init.owner === undefined ? { 'x-owner': 'alice' } : init.owner ? { 'x-owner': init.owner } : {}),
          ...(init.json === undefined ? {} : { 'content-type': 'application/json' }),
          ...init.headers,
        },
        ...(init.json === undefined ? (init.body === undefined ? {} : { body: init.body }) : { body: JSON.stringify(init.json) }),
        ...(init.body instanceof ReadableStream ? { duplex: 'half' } : {}),
      } as RequestInit),
    );
  return { builder, storage, handler, call, errors };
}

async function sse(response: Response): Promise<{ events: BuildwrightEvent[]; messages: EventStreamMessage[] }> {
  const messages: EventStreamMessage[] = [];
  for await (const message of readEventStream(response.body!)) messages.push(message);
  return { messages, events: messages.filter((message) => message.event === 'message').map((message) => JSON.parse(message.data) as BuildwrightEvent) };
}

async function generated(call: ReturnType<typeof setup>['call'], owner = 'alice') {
  const created = await call('POST', '/runs', { owner, json: { prompt: 'a counter page', kind: 'web' } });
  expect(created.status).toBe(201);
  const { runId, projectId } = (await created.json()) as { runId: string; projectId: string };
  const { events } = await sse(await call('GET', `/runs/${runId}/events`, { owner }));
  return { runId, projectId, events };
}

describe('createBuilderHandler', () => {
  it('default: generate, follow the stream to the end, then read project, files, versions and the ZIP', async () => {
    const { call } = setup();
    const created = await call('POST', '/runs', { json: { prompt: 'a counter page', kind: 'web' } });
    expect(created.status).toBe(201);
    const { runId, projectId } = (await created.json()) as { runId: string; projectId: string };

    const stream = await call('GET', `/runs/${runId}/events`);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const { events, messages } = await sse(stream);
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    expect(messages.filter((message) => message.event === 'message').map((message) => message.id)).toEqual(events.map((event) => String(event.seq)));
    expect(events.at(-1)).toMatchObject({ type: 'run.completed', versionNumber: 1 });
    expect(messages.at(-1)).toEqual({ event: 'end', data: '{"reason":"ended"}', id: String(events.length) });

    const projects = (await (await call('GET', '/projects')).json()) as { projects: { id: string }[] };
    expect(projects.projects.map((project) => project.id)).toEqual([projectId]);
    const detail = (await (await call('GET', `/projects/${projectId}`)).json()) as { project: { currentVersion: number }; runs: { id: string; status: string }[]; messages: { role: string }[] };
    expect(detail.project.currentVersion).toBe(1);
    expect(detail.runs).toMatchObject([{ id: runId, status: 'completed' }]);
    expect(detail.messages.map((message) => message.role)).toEqual(['user', 'assistant']);
    expect(await (await call('GET', `/projects/${projectId}/files`)).json()).toMatchObject({ version: { number: 1 }, files: appFiles });
    expect(((await (await call('GET', `/projects/${projectId}/versions`)).json()) as { versions: { number: number }[] }).versions.map((version) => version.number)).toEqual([1]);
    expect(((await (await call('GET', `/runs/${runId}`)).json()) as { run: { status: string } }).run.status).toBe('completed');

    const zip = await call('GET', `/projects/${projectId}/export.zip`);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    expect(zip.headers.get('content-disposition')).toBe('attachment; filename="a-counter-page-v1.zip"');
    const unzipped = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.fromEntries(Object.entries(unzipped).map(([path, bytes]) => [path, strFromU8(bytes)]))).toEqual(appFiles);
  });

  it('behavior: edit, diff and restore make versions 2 and 3, and restore brings back version 1', async () => {
    const { call } = setup();
    const { projectId } = await generated(call);
    const edit = await call('POST', `/projects/${projectId}/runs`, { json: { prompt: 'rename the title' } });
    expect(edit.status).toBe(201);
    const { runId } = (await edit.json()) as { runId: string };
    const { events } = await sse(await call('GET', `/runs/${runId}/events`));
    expect(events.at(-1)).toMatchObject({ type: 'run.completed', versionNumber: 2 });

    const diff = (await (await call('GET', `/projects/${projectId}/diff?from=1&to=2`)).json()) as { from: number; to: number; files: { path: string; status: string; patch: string }[] };
    expect(diff).toMatchObject({ from: 1, to: 2, files: [{ path: 'index.html', status: 'modified' }] });
    expect(diff.files[0]!.patch).toContain('+<body><h1 id="title">Edited by Buildwright</h1>');
    const toCurrent = (await (await call('GET', `/projects/${projectId}/diff?from=1`)).json()) as { to: number };
    expect(toCurrent.to).toBe(2);

    const restored = await call('POST', `/projects/${projectId}/restore`, { json: { version: 1 } });
    expect(restored.status).toBe(201);
    expect(await restored.json()).toMatchObject({ version: { number: 3, message: 'Restore version 1' } });
    expect(((await (await call('GET', `/projects/${projectId}/files`)).json()) as { files: unknown }).files).toEqual(appFiles);
    expect(((await (await call('GET', `/projects/${projectId}/files?version=2`)).json()) as { files: Record<string, string> }).files['index.html']).toContain('Edited by Buildwright');
  });

  it('error: another owner gets 404 for the project and its run on every route', async () => {
    const { call } = setup();
    const { runId, projectId } = await generated(call, 'alice');
    const attempts: Array<[string, string, unknown?]> = [
      ['GET', `/projects/${projectId}`],
      ['GET', `/projects/${projectId}/files`],
      ['GET', `/projects/${projectId}/files?version=1`],
      ['GET', `/projects/${projectId}/versions`],
      ['GET', `/projects/${projectId}/diff?from=1&to=1`],
      ['POST', `/projects/${projectId}/restore`, { version: 1 }],
      ['GET', `/projects/${projectId}/export.zip`],
      ['POST', `/projects/${projectId}/runs`, { prompt: 'take it over' }],
      ['GET', `/runs/${runId}`],
      ['POST', `/runs/${runId}/cancel`, {}],
      ['GET', `/runs/${runId}/events`],
    ];
    for (const [method, path, json] of attempts) {
      const response = await call(method, path, { owner: 'bob', ...(json === undefined ? {} : { json }) });
      expect({ path, method, status: response.status }).toEqual({ path, method, status: 404 });
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toMatch(/^(PROJECT|RUN)_NOT_FOUND$/);
      expect(body.error.message).not.toContain('alice');
    }
    expect(await (await call('GET', '/projects', { owner: 'bob' })).json()).toEqual({ projects: [], nextCursor: null });
    expect(((await (await call('GET', `/projects/${projectId}/versions`, { owner: 'alice' })).json()) as { versions: unknown[] }).versions).toHaveLength(1);
  });

  it('error: malformed JSON, unknown fields, a wrong content type and bad values are 400 with a message', async () => {
    const { call } = setup();
    const cases: Array<{ name: string; response: Promise<Response>; message: RegExp }> = [
      { name: 'malformed JSON', response: call('POST', '/runs', { body: '{"prompt": "x"', headers: { 'content-type': 'application/json' } }), message: /not valid JSON/ },
      { name: 'unknown field', response: call('POST', '/runs', { json: { prompt: 'x', ownerId: 'mallory' } }), message: /"ownerId" is not accepted/ },
      { name: 'wrong type', response: call('POST', '/runs', { json: { prompt: 42 } }), message: /Invalid body\.prompt/ },
      { name: 'empty prompt', response: call('POST', '/runs', { json: { prompt: '  ' } }), message: /prompt is empty/ },
      { name: 'unknown kind', response: call('POST', '/runs', { json: { prompt: 'x', kind: 'mobile' } }), message: /Invalid body\.kind/ },
      { name: 'no body', response: call('POST', '/runs'), message: /Invalid body\.prompt/ },
      { name: 'form body', response: call('POST', '/runs', { body: 'prompt=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), message: /content-type: application\/json/ },
      { name: 'restore version', response: call('POST', '/projects/p/restore', { json: { version: 'one' } }), message: /Invalid body\.version/ },
      { name: 'files version query', response: call('GET', '/projects/p/files?version=abc'), message: /Invalid query "version"/ },
      { name: 'diff without from', response: call('GET', '/projects/p/diff'), message: /Invalid query "from"/ },
      { name: 'bad Last-Event-ID', response: call('GET', '/runs/r/events', { headers: { 'last-event-id': 'yesterday' } }), message: /Invalid header "Last-Event-ID"/ },
    ];
    for (const { name, response, message } of cases) {
      const answer = await response;
      const body = (await answer.json()) as { error: { code: string; message: string } };
      expect({ name, status: answer.status, code: body.error.code }).toEqual({ name, status: 400, code: 'INVALID_INPUT' });
      expect(body.error.message).toMatch(message);
    }
  });

  it('error: an oversize body is 413, whether its length is declared or streamed', async () => {
    const { call } = setup({ handler: { maxBodyBytes: 1_000 } });
    const declared = await call('POST', '/runs', { json: { prompt: 'x'.repeat(2_000) } });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is larger than 1000 bytes.', docsUrl: expect.stringMatching(/\/http#errors$/) } });
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let index = 0; index < 5; index++) controller.enqueue(new TextEncoder().encode(`{"prompt":"${'y'.repeat(400)}`));
        controller.close();
      },
    });
    const streamed = await call('POST', '/runs', { body: chunks, headers: { 'content-type': 'application/json' } });
    expect(streamed.status).toBe(413);
  });

  it('error: unauthorized is 401, unknown routes 404, a wrong method 405 with Allow', async () => {
    const { call } = setup();
    const unauthorized = await call('GET', '/projects', { owner: '' });
    expect(unauthorized.status).toBe(401);
    expect(((await unauthorized.json()) as { error: { code: string; message: string } }).error).toEqual({
      code: 'UNAUTHORIZED',
      message: 'The request is not authorized; sign in and try again.',
      docsUrl: expect.stringMatching(/\/http#errors$/),
    });
    const unknown = await call('GET', '/nothing/here');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('ROUTE_NOT_FOUND');
    const wrongMethod = await call('DELETE', '/projects');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('GET');
  });

  it('error: no route leaks a stack trace or an internal message, and onError sees the original', async () => {
    const broken = new Proxy(memoryStorage(), {
      get(target, property, receiver) {
        const value = Reflect.get(target, property, receiver) as unknown;
        if (typeof value !== 'function' || property === 'close') return value;
        return () => Promise.reject(new Error(`pg: relation "secret_table" does not exist\n    at Query.run (/srv/app/node_modules/pg/lib/query.js:42:9)`));
      },
    });
    const { call, errors } = setup({ storage: broken });
    const routes: Array<[string, string, unknown?]> = [
      ['POST', '/runs', { prompt: 'x' }],
      ['POST', '/projects/p/runs', { prompt: 'x' }],
      ['GET', '/runs/r'],
      ['POST', '/runs/r/cancel', {}],
      ['GET', '/runs/r/events'],
      ['GET', '/projects'],
      ['GET', '/projects/p'],
      ['GET', '/projects/p/files'],
      ['GET', '/projects/p/versions'],
      ['GET', '/projects/p/diff?from=1&to=2'],
      ['POST', '/projects/p/restore', { version: 1 }],
      ['GET', '/projects/p/export.zip'],
    ];
    for (const [method, path, json] of routes) {
      const response = await call(method, path, json === undefined ? {} : { json });
      const text = await response.text();
      expect({ path, status: response.status }).toEqual({ path, status: 500 });
      expect(JSON.parse(text)).toEqual({ error: { code: 'INTERNAL', message: expect.stringMatching(/^The server failed to handle this request/), docsUrl: expect.stringMatching(/^https:\/\//) } });
      expect(text).not.toMatch(/secret_table|node_modules|\bat \w/);
    }
    expect(errors.length).toBeGreaterThanOrEqual(routes.length);
  });

  it('behavior: SSE resumes from Last-Event-ID (or ?after=) with exactly the missing events', async () => {
    const { call, storage } = setup();
    const { runId, events } = await generated(call);
    const stored = await storage.readEvents({ ownerId: 'alice', runId });
    expect(events).toEqual(stored);
    const resumed = await sse(await call('GET', `/runs/${runId}/events`, { headers: { 'last-event-id': '5' } }));
    expect(resumed.events).toEqual(stored.slice(5));
    const after = await sse(await call('GET', `/runs/${runId}/events?after=${stored.length - 1}`));
    expect(after.events).toEqual(stored.slice(-1));
    const none = await sse(await call('GET', `/runs/${runId}/events`, { headers: { 'last-event-id': String(stored.length) } }));
    expect(none.events).toEqual([]);
    expect(none.messages).toEqual([{ event: 'end', data: '{"reason":"ended"}', id: undefined }]);
  });

  it('args: Accept application/json gets the stored events as JSON ({ events }, after ?after=); another owner 404', async () => {
    const { call, storage } = setup();
    const { runId } = await generated(call);
    const stored = await storage.readEvents({ ownerId: 'alice', runId });
    const all = await call('GET', `/runs/${runId}/events`, { headers: { accept: 'application/json' } });
    expect(all.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await all.json()).toEqual({ events: JSON.parse(JSON.stringify(stored)) });
    const after = await call('GET', `/runs/${runId}/events?after=${stored.length - 2}`, { headers: { accept: 'application/json' } });
    expect(((await after.json()) as { events: BuildwrightEvent[] }).events.map((event) => event.seq)).toEqual(stored.slice(-2).map((event) => event.seq));
    // Asking for both (an EventSource-style Accept) or for anything still gets the stream.
    for (const accept of ['text/event-stream, application/json', '*/*']) {
      const response = await call('GET', `/runs/${runId}/events`, { headers: { accept } });
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect((await sse(response)).events).toEqual(stored);
    }
    const bob = await call('GET', `/runs/${runId}/events`, { owner: 'bob', headers: { accept: 'application/json' } });
    expect(bob.status).toBe(404);
  });

  it('behavior: a live stream cut half-way and resumed from its last id gives every event once, with keep-alive comments', async () => {
    const { call, storage, handler } = setup({ delayMs: 60, handler: { heartbeatMs: 10 } });
    const created = (await (await call('POST', '/runs', { json: { prompt: 'a counter page' } })).json()) as { runId: string };
    const first = await call('GET', `/runs/${created.runId}/events`);
    const reader = first.body!.getReader();
    let text = '';
    while ((text.match(/^id: /gm) ?? []).length < 6) text += new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    const seen = [...text.matchAll(/^data: (.*)$/gm)].map((match) => JSON.parse(match[1]!) as BuildwrightEvent);
    const rest = await handler(new Request(`http://test/runs/${created.runId}/events`, { headers: { 'x-owner': 'alice', 'last-event-id': String(seen.at(-1)!.seq) } }));
    const restText = await rest.text();
    expect(restText).toContain(': keep-alive');
    const later = (await sse(new Response(restText))).events;
    const all = [...seen, ...later];
    expect(all.map((event) => event.seq)).toEqual(all.map((_, index) => index + 1));
    expect(all).toEqual(await storage.readEvents({ ownerId: 'alice', runId: created.runId }));
    expect(all.at(-1)?.type).toBe('run.completed');
  });

  it('behavior: cancel stops a running run and its stream ends with run.cancelled', async () => {
    const { call } = setup({ delayMs: 100 });
    const { runId } = (await (await call('POST', '/runs', { json: { prompt: 'a counter page' } })).json()) as { runId: string };
    const cancelled = await call('POST', `/runs/${runId}/cancel`, { json: { reason: 'user pressed stop' } });
    expect(await cancelled.json()).toEqual({ cancelled: true, status: 'cancelled' });
    const { events } = await sse(await call('GET', `/runs/${runId}/events`));
    expect(events.at(-1)).toMatchObject({ type: 'run.cancelled', reason: expect.stringContaining('user pressed stop') });
    const again = await call('POST', `/runs/${runId}/cancel`);
    expect(await again.json()).toEqual({ cancelled: false, status: 'cancelled' });
  });

  it('args: eventPageSize 2: a stream replays every stored event once, in order, reading pages of 2, the first sent before the second is read', async () => {
    const storage = memoryStorage();
    const reads: string[] = [];
    const counted = new Proxy(storage, {
      get(target, property, receiver) {
        if (property !== 'readEvents') return Reflect.get(target, property, receiver);
        return (input: Parameters<StorageAdapter['readEvents']>[0]) => {
          reads.push(`after ${input.afterSeq} limit ${input.limit}`);
          return target.readEvents(input);
        };
      },
    });
    const { call } = setup({ storage: counted, handler: { eventPageSize: 2 } });
    const { runId } = await generated(call);
    const stored = await storage.readEvents({ ownerId: 'alice', runId });
    reads.length = 0;
    const response = await call('GET', `/runs/${runId}/events`, { headers: { 'last-event-id': '1' } });
    const reader = response.body!.getReader();
    let text = '';
    while ((text.match(/^id: /gm) ?? []).length < 2) text += new TextDecoder().decode((await reader.read()).value);
    // The first page went out while the second was not read yet (the one-before read checks seq 1 is stored).
    expect(reads).toEqual(['after 0 limit 1', 'after 1 limit 2']);
    while (true) {
      const { done, value } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    const { events } = await sse(new Response(text));
    expect(events).toEqual(stored.slice(1));
    // Pages up to the one with the terminal event, which ends the replay.
    expect(reads.slice(1)).toEqual(Array.from({ length: Math.ceil((stored.length - 1) / 2) }, (_, page) => `after ${1 + 2 * page} limit 2`));
  });

  it('behavior: two streams of one live run are sent the same bytes for every event', async () => {
    const { call, storage } = setup({ delayMs: 20 });
    const { runId } = (await (await call('POST', '/runs', { json: { prompt: 'a counter page' } })).json()) as { runId: string };
    const [first, second] = await Promise.all([call('GET', `/runs/${runId}/events`), call('GET', `/runs/${runId}/events`)]);
    const [firstText, secondText] = await Promise.all([first.text(), second.text()]);
    const frames = (text: string) => text.split('\n\n').filter((message) => message.startsWith('id: '));
    expect(frames(firstText).length).toBeGreaterThan(5);
    expect(frames(secondText)).toEqual(frames(firstText));
    expect((await sse(new Response(firstText))).events).toEqual(await storage.readEvents({ ownerId: 'alice', runId }));
  });

  it('error: an eventPageSize that is not a whole number of at least 1 is refused', () => {
    const { builder } = setup();
    for (const eventPageSize of [0, 2.5, -1]) expect(() => createBuilderHandler(builder, { authorize: () => 'alice', eventPageSize })).toThrow(/eventPageSize/);
  });

  it('args: basePath mounts every route under a prefix and nothing outside it', async () => {
    const { call } = setup({ handler: { basePath: '/api/builder/' } });
    expect((await call('GET', '/api/builder/projects')).status).toBe(200);
    expect((await call('GET', '/projects')).status).toBe(404);
    expect((await call('GET', '/api/builderx/projects')).status).toBe(404);
  });

  it('error: createBuilderHandler without authorize is refused', () => {
    const { builder } = setup();
    expect(() => createBuilderHandler(builder, {} as BuilderHandlerOptions)).toThrow(/options\.authorize/);
  });
});
