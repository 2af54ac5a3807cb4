import { BuildwrightError, createTemplateIndex, type Template } from '@buildwright/core';
import { openAiFaults, startOpenAiTestServer, type OpenAiTestServer, type OpenAiTestServerOptions } from '@buildwright/adapters/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openaiEmbeddings, type OpenaiEmbeddingsOptions } from './index.js';

let server: OpenAiTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  vi.unstubAllEnvs();
});

async function setup(serverOptions: OpenAiTestServerOptions = {}, options: Partial<OpenaiEmbeddingsOptions> = {}) {
  server = await startOpenAiTestServer(serverOptions);
  const embeddings = openaiEmbeddings({ model: 'nomic-embed-text', dimensions: 256, apiKey: 'sk-test', baseURL: server.baseURL, ...options });
  return { server, embeddings };
}

const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(BuildwrightError.isInstance(error)).toBe(true);
  return error as BuildwrightError;
};

const dot = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * b[index]!, 0);

describe('openaiEmbeddings', () => {
  it('default: one vector per text, in order, over real HTTP with the openai client (base64 on the wire, decoded)', async () => {
    const { server, embeddings } = await setup();
    const texts = ['a kanban board with drag and drop', 'drag and drop kanban columns', 'an ERC-20 token faucet'];
    const vectors = await embeddings.embed(texts);
    expect(vectors.map((vector) => vector.length)).toEqual([256, 256, 256]);
    // The server's model gives texts that share words closer vectors; order is kept.
    expect(dot(vectors[0]!, vectors[1]!)).toBeGreaterThan(dot(vectors[0]!, vectors[2]!) + 0.2);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.path).toBe('/v1/embeddings');
    expect(server.requests[0]!.headers.authorization).toBe('Bearer sk-test');
    expect(server.requests[0]!.body).toMatchObject({ model: 'nomic-embed-text', input: texts, encoding_format: 'base64' });
    expect(server.requests[0]!.body).not.toHaveProperty('dimensions');
    expect(embeddings.model).toBe('openai:nomic-embed-text:256');
  });

  it('behavior: texts are sent in batches of batchSize and come back in their order; an empty list makes no request', async () => {
    const { server, embeddings } = await setup({}, { batchSize: 2 });
    const texts = ['one', 'two', 'three', 'four', 'five'];
    const vectors = await embeddings.embed(texts);
    expect(server.requests.map((request) => request.body['input'])).toEqual([['one', 'two'], ['three', 'four'], ['five']]);
    const [again] = await embeddings.embed(['four']);
    expect(vectors[3]).toEqual(again);
    expect(await embeddings.embed([])).toEqual([]);
    expect(server.requests).toHaveLength(4);
  });

  it('behavior: a text-embedding-3 model asked for shorter vectors sends `dimensions`; its full length sends none', async () => {
    const { server } = await setup();
    const short = openaiEmbeddings({ model: 'text-embedding-3-small', dimensions: 512, apiKey: 'sk-test', baseURL: server.baseURL });
    const full = openaiEmbeddings({ model: 'text-embedding-3-small', apiKey: 'sk-test', baseURL: server.baseURL });
    expect((await short.embed(['a pomodoro timer']))[0]).toHaveLength(512);
    await expect(full.embed(['a pomodoro timer'])).rejects.toMatchObject({ code: 'EMBEDDING_FAILED' }); // the test server sends 256 without `dimensions`
    expect(server.requests[0]!.body['dimensions']).toBe(512);
    expect(server.requests[1]!.body).not.toHaveProperty('dimensions');
    expect(full.dimensions).toBe(1536);
  });

  it('behavior: a template index over openaiEmbeddings finds the template a prompt is about', async () => {
    const { embeddings } = await setup();
    const template = (name: string, description: string, tags: string[]): Template => ({ name, kind: 'web', description, files: {}, tags });
    const templates = {
      dashboard: template('dashboard', 'A dashboard with charts and tables of metrics', ['charts', 'analytics']),
      game: template('game', 'A canvas game with a game loop and keyboard input', ['canvas', 'arcade']),
      landing: template('landing', 'A landing page for a product with pricing and a signup form', ['marketing']),
    };
    const index = createTemplateIndex(embeddings);
    const [best] = await index.search(templates, 'an arcade game on a canvas where you steer with the keyboard', { limit: 1 });
    expect(best?.name).toBe('game');
  });

  it('behavior: a 500 and a cut connection are retried by the client and then succeed', async () => {
    const { server, embeddings } = await setup({}, { maxRetries: 2 });
    server.fail(openAiFaults.serverError(), openAiFaults.cut());
    const vectors = await embeddings.embed(['a todo list']);
    expect(vectors[0]).toHaveLength(256);
    expect(server.requests).toHaveLength(3);
  });

  it('error: a refused key is EMBEDDING_FAILED, not retryable, with reason LLM_AUTH; a 5xx past the retries is retryable', async () => {
    const { server, embeddings } = await setup({}, { maxRetries: 0 });
    server.fail(openAiFaults.unauthorized());
    const auth = await rejection(embeddings.embed(['x']));
    expect(auth).toMatchObject({ code: 'EMBEDDING_FAILED', retryable: false, details: { model: 'nomic-embed-text', reason: 'LLM_AUTH' } });
    expect(auth.message).toContain('refused the credentials');
    server.fail(openAiFaults.serverError(503));
    expect(await rejection(embeddings.embed(['x']))).toMatchObject({ code: 'EMBEDDING_FAILED', retryable: true });
  });

  it('error: vectors of another length than `dimensions` are EMBEDDING_FAILED naming both lengths', async () => {
    const { embeddings } = await setup({ embed: () => [0.5, 0.5, 0.5] });
    const error = await rejection(embeddings.embed(['x']));
    expect(error).toMatchObject({ code: 'EMBEDDING_FAILED', details: { expected: 256, got: 3 } });
    expect(error.message).toContain('openaiEmbeddings({ dimensions })');
  });

  it('error: no key and no base URL, an unknown model without dimensions and bad options are refused with what to do', async () => {
    vi.stubEnv('OPENAI_API_KEY', '');
    vi.stubEnv('OPENAI_BASE_URL', '');
    const noKey = await rejection(openaiEmbeddings({ model: 'text-embedding-3-small' }).embed(['x']));
    expect(noKey).toMatchObject({ code: 'EMBEDDING_FAILED', details: { reason: 'LLM_MISSING_API_KEY' } });
    expect(noKey.message).toContain('OPENAI_API_KEY');
    expect(() => openaiEmbeddings({ model: 'nomic-embed-text' })).toThrow(/pass `dimensions`/);
    expect(() => openaiEmbeddings({ model: '' })).toThrow(/`model` is required/);
    expect(() => openaiEmbeddings({ model: 'text-embedding-3-small', batchSize: 0 })).toThrow(/batchSize/);
  });

  it('error: an aborted signal rejects with its reason and sends nothing', async () => {
    const { server, embeddings } = await setup();
    const controller = new AbortController();
    controller.abort(new Error('user left'));
    await expect(embeddings.embed(['x'], { signal: controller.signal })).rejects.toThrow('user left');
    expect(server.requests).toHaveLength(0);
  });

  const live = process.env['OPENAI_API_KEY'];
  it.skipIf(!live)('live (skipped: set OPENAI_API_KEY): text-embedding-3-small embeds two texts with 1536 numbers each', async () => {
    const embeddings = openaiEmbeddings({ model: 'text-embedding-3-small' });
    const vectors = await embeddings.embed(['a kanban board', 'a pomodoro timer']);
    expect(vectors.map((vector) => vector.length)).toEqual([1536, 1536]);
  });
});
