import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBuilder, lexicalEmbeddings, templateSearchText, type EmbeddingAdapter, type Template } from '@buildwright/core';
import { memorySandbox, scriptedLlm } from '@buildwright/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { templates as builtInTemplates } from '../templates/index.js';
import { pgliteStorage } from './pglite-storage.js';

const dataDirs: string[] = [];
afterAll(async () => {
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Lexical embeddings that record every text they embed. */
function counting() {
  const inner = lexicalEmbeddings();
  const texts: string[] = [];
  const embeddings: EmbeddingAdapter = { ...inner, embed: (batch, options) => (texts.push(...batch), inner.embed(batch, options)) };
  return { embeddings, texts };
}

/** A builder over a PGlite data directory (a server started, then restarted, on the same disk). */
function builderOn(dataDir: string, embeddings: EmbeddingAdapter, templates: Record<string, Template>, vectors: 'exact' | 'pgvector' = 'exact') {
  return createBuilder({
    llm: scriptedLlm({ transcript: { format: 'buildwright.transcript/v1', turns: [] } }),
    sandbox: memorySandbox(),
    storage: pgliteStorage({ dataDir, vectors }),
    templates,
    embeddings,
  });
}

describe('template search over pgliteStorage vectors', () => {
  it('behavior: a restarted builder on the same data directory embeds only the query; a changed template is embedded again and a removed one pruned', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'bw-template-vectors-'));
    dataDirs.push(dataDir);
    const first = counting();
    const builder = builderOn(dataDir, first.embeddings, builtInTemplates);
    const ranked = await builder.searchTemplates('a kanban board of tasks', { limit: 3 });
    await builder.close();
    expect(first.texts).toHaveLength(1 + Object.keys(builtInTemplates).length);

    const second = counting();
    const restarted = builderOn(dataDir, second.embeddings, builtInTemplates);
    expect(await restarted.searchTemplates('a kanban board of tasks', { limit: 3 })).toEqual(ranked);
    await restarted.close();
    expect(second.texts).toEqual(['a kanban board of tasks']);

    const [changedName, removedName] = Object.keys(builtInTemplates).filter((name) => builtInTemplates[name]!.kind === 'web') as [string, string];
    const changedTemplate = { ...builtInTemplates[changedName]!, searchText: 'spreadsheet formulas and cells' };
    const edited = Object.fromEntries(Object.entries({ ...builtInTemplates, [changedName]: changedTemplate }).filter(([name]) => name !== removedName));
    const third = counting();
    const edit = builderOn(dataDir, third.embeddings, edited, 'pgvector');
    const [best] = await edit.searchTemplates('a spreadsheet with formulas', { limit: 50 });
    const all = await edit.searchTemplates('a spreadsheet with formulas', { limit: 50 });
    await edit.close();
    expect(best?.name).toBe(changedName);
    expect(all.map((match) => match.name)).not.toContain(removedName);
    expect(third.texts).toEqual(['a spreadsheet with formulas', templateSearchText(changedTemplate), 'a spreadsheet with formulas']);
  });
});
