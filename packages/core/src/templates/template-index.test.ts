import { describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import type { EmbeddingAdapter } from '../spec/embedding.js';
import type { Template } from '../spec/template.js';
import type { VectorStorage } from '../spec/vector-storage.js';
import { lexicalEmbeddings } from './lexical-embeddings.js';
import { createTemplateIndex, templateSearchText } from './template-index.js';
import { maxGuidanceTokens, templateGuidance } from './template-guidance.js';
import { memoryVectors } from '../testing/doubles/memory-vectors.js';

const template = (name: string, kind: Template['kind'], description: string, tags: string[] = []): Template => ({ name, kind, description, tags, files: {} });
const templates = {
  dashboard: template('dashboard', 'web', 'Admin dashboard with charts and tables', ['analytics', 'metrics']),
  game: template('game', 'web', 'A canvas game loop', ['arcade', 'sprites']),
  token: template('token', 'dapp', 'An ERC20 token with a wallet page', ['crypto', 'erc20']),
};

/** Lexical embeddings that count the texts they embed. */
function counted() {
  const inner = lexicalEmbeddings();
  const texts: string[] = [];
  const embeddings: EmbeddingAdapter = { ...inner, embed: (batch, options) => (texts.push(...batch), inner.embed(batch, options)) };
  return { embeddings, texts };
}

describe('template index', () => {
  it('default: best first with cosine scores, the kind filter and the limit respected', async () => {
    const index = createTemplateIndex(lexicalEmbeddings());
    const all = await index.search(templates, 'metrics dashboard with charts');
    expect(all.map((match) => match.name)).toEqual(['dashboard', 'game', 'token']);
    expect(all[0]).toEqual({ name: 'dashboard', score: expect.any(Number), description: 'Admin dashboard with charts and tables' });
    expect(all[0]!.score).toBeGreaterThan(0.3);
    expect(all[1]!.score).toBeLessThan(0.05);
    expect((await index.search(templates, 'an erc20 token', { kind: 'dapp' })).map((match) => match.name)).toEqual(['token']);
    expect(await index.search(templates, 'charts', { limit: 1 })).toHaveLength(1);
  });

  it('behavior: vectors are cached by content hash; a changed, added or removed template is embedded again or dropped, nothing else', async () => {
    const { embeddings, texts } = counted();
    const index = createTemplateIndex(embeddings);
    await index.search(templates, 'first');
    expect(texts).toEqual(['first', ...Object.values(templates).map(templateSearchText)]);
    texts.length = 0;
    await index.search(templates, 'second');
    expect(texts).toEqual(['second']);

    texts.length = 0;
    const changed = { ...templates, game: { ...templates.game, description: 'A platformer with physics' } };
    const [best] = await index.search(changed, 'platformer physics');
    expect(best?.name).toBe('game');
    expect(texts).toEqual(['platformer physics', templateSearchText(changed.game)]);

    texts.length = 0;
    await index.search({ dashboard: templates.dashboard }, 'third');
    await index.search(templates, 'fourth');
    expect(texts).toEqual(['third', 'fourth', templateSearchText(templates.game), templateSearchText(templates.token)]);
  });

  it('behavior: with a store, results equal the in-memory index, and a new index over the same vectors embeds only the query', async () => {
    const vectors = memoryVectors();
    const first = counted();
    const stored = await createTemplateIndex(first.embeddings, { vectors, collection: 'templates:test' }).search(templates, 'metrics dashboard with charts');
    expect(stored).toEqual(await createTemplateIndex(lexicalEmbeddings()).search(templates, 'metrics dashboard with charts'));
    expect(first.texts).toHaveLength(4);
    const reopened = counted();
    const again = createTemplateIndex(reopened.embeddings, { vectors, collection: 'templates:test' });
    expect((await again.search(templates, 'an erc20 token', { kind: 'dapp' })).map((match) => match.name)).toEqual(['token']);
    expect(reopened.texts).toEqual(['an erc20 token']);
  });

  it('behavior: a new index over a storage that holds every vector reads them with one get and writes nothing (a first run pays one round trip, issue 14)', async () => {
    const inner = memoryVectors();
    await createTemplateIndex(lexicalEmbeddings(), { vectors: inner, collection: 'templates:test' }).search(templates, 'warm up');
    const calls: string[] = [];
    const vectors: VectorStorage = {
      searchMode: () => (calls.push('searchMode'), inner.searchMode()),
      get: (collection, hashes) => (calls.push('get'), inner.get(collection, hashes)),
      put: (collection, items) => (calls.push('put'), inner.put(collection, items)),
      search: (collection, vector, options) => (calls.push('search'), inner.search(collection, vector, options)),
      prune: (collection, keep) => (calls.push('prune'), inner.prune(collection, keep)),
    };
    const index = createTemplateIndex(lexicalEmbeddings(), { vectors, collection: 'templates:test' });
    const ranked = await index.search(templates, 'metrics dashboard with charts');
    expect(ranked).toEqual(await createTemplateIndex(lexicalEmbeddings()).search(templates, 'metrics dashboard with charts'));
    expect(await index.search(templates, 'an erc20 token', { kind: 'dapp' })).toMatchObject([{ name: 'token' }]);
    expect(calls).toEqual(['get']);
    // A template gone from the registry: pruned at the next search; one added: embedded, put, and the collection pruned.
    const { token: _token, ...webOnly } = templates;
    await index.search(webOnly, 'a game');
    expect(calls).toEqual(['get', 'prune']);
    await index.search({ ...webOnly, kanban: template('kanban', 'web', 'A kanban board') }, 'tasks');
    expect(calls).toEqual(['get', 'prune', 'get', 'put', 'prune']);
  });

  it('behavior: with a store, a changed template is embedded again and replaces its vector; a removed one is pruned from the collection', async () => {
    const vectors = memoryVectors();
    const { embeddings, texts } = counted();
    const index = createTemplateIndex(embeddings, { vectors, collection: 'templates:test' });
    await index.search(templates, 'first');
    texts.length = 0;
    // The same templates again: only the query is embedded; another kind filter is not answered from the last search's.
    expect((await index.search(templates, 'an erc20 token')).length).toBeGreaterThan(1);
    expect((await index.search(templates, 'an erc20 token', { kind: 'dapp' })).map((match) => match.name)).toEqual(['token']);
    expect(texts).toEqual(['an erc20 token', 'an erc20 token']);
    texts.length = 0;
    const changed = { dashboard: templates.dashboard, game: { ...templates.game, description: 'A platformer with physics' } };
    expect((await index.search(changed, 'platformer physics'))[0]?.name).toBe('game');
    expect(texts).toEqual(['platformer physics', templateSearchText(changed.game)]);
    const [queryVector] = await lexicalEmbeddings().embed(['platformer physics']);
    const held = await vectors.search('templates:test', queryVector!, { k: 10 });
    expect(held.map((match) => match.id).sort()).toEqual(['dashboard', 'game']);
    expect(held[0]).toMatchObject({ id: 'game', score: expect.any(Number) });
    expect(held[0]!.score).toBeGreaterThan(0.3);
  });

  it('behavior: searchText, when given, is what a template is found by', async () => {
    const index = createTemplateIndex(lexicalEmbeddings());
    const custom = { ...templates, game: { ...templates.game, searchText: 'spreadsheet formulas cells' } };
    expect((await index.search(custom, 'spreadsheet with formulas'))[0]?.name).toBe('game');
  });

  it('error: an embedding adapter that throws or returns the wrong shape is EMBEDDING_FAILED', async () => {
    const failing: EmbeddingAdapter = { specificationVersion: 'v1', model: 'remote', dimensions: 3, embed: async () => Promise.reject(new Error('503 from upstream')) };
    const wrongShape: EmbeddingAdapter = { specificationVersion: 'v1', model: 'remote', dimensions: 3, embed: async (texts) => texts.map(() => [1, 0]) };
    for (const [embeddings, message] of [
      [failing, /The embedding model remote failed: 503 from upstream/],
      [wrongShape, /returned 4 vectors for 4 texts, not all of 3 finite numbers/],
    ] as const) {
      const error = await createTemplateIndex(embeddings)
        .search(templates, 'x')
        .catch((caught: unknown) => caught);
      expect(BuildwrightError.isInstance(error) && error.code).toBe('EMBEDDING_FAILED');
      expect((error as Error).message).toMatch(message);
    }
  });

  it('behavior: guidance over the token cap is cut at a line break with a note; under it, kept whole', () => {
    const short = templateGuidance({ ...templates.game, guidance: 'Use requestAnimationFrame.' });
    expect(short).toEqual({ text: 'Use requestAnimationFrame.', tokens: 7, truncated: false });
    const long = templateGuidance({ ...templates.game, guidance: Array.from({ length: 400 }, (_, line) => `Rule ${line}: keep the loop fixed-step.`).join('\n') });
    expect(long.truncated).toBe(true);
    expect(long.tokens).toBeLessThanOrEqual(maxGuidanceTokens);
    expect(long.text).toMatch(/fixed-step\.\n\(guidance cut at 1200 tokens\)$/);
  });
});
