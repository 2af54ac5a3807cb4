import { afterEach, describe, expect, it } from 'vitest';
import { createBuilder, type Builder } from '../builder/create-builder.js';
import type { EmbeddingAdapter } from '../spec/embedding.js';
import type { Template } from '../spec/template.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { appTranscript, ownerHeaderHandler } from './http.test-support.js';

const builders: Builder[] = [];
afterEach(async () => {
  await Promise.all(builders.splice(0).map((builder) => builder.close()));
});

const templates: Record<string, Template> = {
  dashboard: { name: 'dashboard', kind: 'web', description: 'Charts and tables', tags: ['analytics'], stack: ['react@19'], files: { 'a.txt': 'secret file' }, guidance: 'internal' },
  token: { name: 'token', kind: 'dapp', description: 'An ERC20 token page', tags: ['erc20', 'crypto'], files: {} },
};

function setup(embeddings?: EmbeddingAdapter) {
  const builder = createBuilder({ llm: scriptedLlm({ transcript: appTranscript() }), sandbox: memorySandbox(), storage: memoryStorage(), templates, ...(embeddings ? { embeddings } : {}) });
  builders.push(builder);
  return ownerHeaderHandler(builder).call;
}

const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

describe('GET /templates', () => {
  it('default: lists every template without files or guidance; kind and limit narrow the list', async () => {
    const call = setup();
    const listed = await call('GET', '/templates');
    expect(listed.status).toBe(200);
    expect(await listed.json()).toEqual({
      templates: [
        { name: 'dashboard', kinds: ['web'], description: 'Charts and tables', tags: ['analytics'], stack: ['react@19'] },
        { name: 'token', kinds: ['dapp'], description: 'An ERC20 token page', tags: ['erc20', 'crypto'], stack: [] },
      ],
    });
    expect(((await (await call('GET', '/templates?kind=dapp')).json()) as { templates: { name: string }[] }).templates.map((template) => template.name)).toEqual(['token']);
    expect(((await (await call('GET', '/templates?query=&limit=1')).json()) as { templates: unknown[] }).templates).toHaveLength(1);
  });

  it('behavior: ?query= returns the most similar first with scores', async () => {
    const call = setup();
    const body = (await (await call('GET', '/templates?query=an%20erc20%20crypto%20token')).json()) as { templates: { name: string; score: number; description: string }[] };
    expect(body.templates.map((match) => match.name)).toEqual(['token', 'dashboard']);
    expect(body.templates[0]).toEqual({ name: 'token', score: expect.any(Number), description: 'An ERC20 token page' });
    expect(body.templates[0]!.score).toBeGreaterThan(body.templates[1]!.score);
  });

  it('error: a bad limit or kind, or an over-long query, is 400 INVALID_INPUT naming the parameter; a failing embedding model is 503 EMBEDDING_FAILED', async () => {
    const call = setup();
    for (const [path, field] of [
      ['/templates?query=x&limit=0', 'query.limit'],
      ['/templates?limit=abc', 'query.limit'],
      ['/templates?kind=mobile', 'query.kind'],
      [`/templates?query=${'x'.repeat(2_001)}`, 'query.query'],
    ] as const) {
      const response = await call('GET', path);
      expect(response.status).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toContain(`Invalid ${field}:`);
    }
    const broken = setup({ specificationVersion: 'v1', model: 'remote', dimensions: 2, embed: async () => Promise.reject(new Error('upstream down')) });
    const failed = await broken('GET', '/templates?query=token');
    expect(failed.status).toBe(503);
    const error = await errorOf(failed);
    expect(error).toMatchObject({ code: 'EMBEDDING_FAILED', message: expect.stringMatching(/^Template search is unavailable/) });
    expect(error.message).not.toContain('upstream down');
  });
});
