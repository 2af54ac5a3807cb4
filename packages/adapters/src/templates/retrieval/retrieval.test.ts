import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTemplateIndex, lexicalEmbeddings } from '@buildwright/core';
import { templates } from '../template-registry.js';

interface RetrievalCase {
  prompt: string;
  template: string;
}

const readSet = (file: string) => (JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as { cases: RetrievalCase[] }).cases;
const cases = readSet('./retrieval-set.json');
const heldOut = readSet('./held-out-set.json');

/** Recall@1 and @3 of each template over a set (no kind given: the prompt alone decides), printed as a table. */
async function measure(cases: RetrievalCase[], title: string) {
  const index = createTemplateIndex(lexicalEmbeddings());
  const rows = new Map<string, { cases: number; at1: number; at3: number; unmatched: number; misses: string[] }>();
  for (const { prompt, template } of cases) {
    const ranked = await index.search(templates, prompt, { limit: 3 });
    const row = rows.get(template) ?? { cases: 0, at1: 0, at3: 0, unmatched: 0, misses: [] };
    row.cases++;
    if (ranked[0]?.name === template) row.at1++;
    else row.misses.push(`${prompt} → ${ranked[0]?.name} ${ranked[0]?.score}`);
    if (ranked.some((match) => match.name === template)) row.at3++;
    if ((ranked[0]?.score ?? 0) === 0) row.unmatched++;
    rows.set(template, row);
  }
  const line = (name: string, row: { cases: number; at1: number; at3: number }, unmatched = '') =>
    `${name.padEnd(12)} ${String(row.cases).padStart(5)} ${(row.at1 / row.cases).toFixed(3).padStart(9)} ${(row.at3 / row.cases).toFixed(3).padStart(9)} ${unmatched.padStart(10)}`;
  const total = [...rows.values()].reduce((sum, row) => ({ cases: sum.cases + row.cases, at1: sum.at1 + row.at1, at3: sum.at3 + row.at3 }), { cases: 0, at1: 0, at3: 0 });
  console.log(
    [`${title}\ntemplate     cases  recall@1  recall@3  no-overlap`, ...[...rows].map(([name, row]) => line(name, row, String(row.unmatched))), line('all', total)].join('\n'),
    `\nmisses:\n${[...rows.values()].flatMap((row) => row.misses).join('\n') || '(none)'}`,
  );
  return { rows, total };
}

describe('template retrieval set', () => {
  it('default: the set has at least 60 prompts, every one naming a built-in template, at least 6 per template', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    for (const name of Object.keys(templates)) expect(cases.filter((entry) => entry.template === name).length, name).toBeGreaterThanOrEqual(6);
    expect(cases.filter((entry) => !Object.hasOwn(templates, entry.template))).toEqual([]);
  });

  it('behavior: the offline lexical embedder finds the right built-in template first for most prompts of the set (recall per template printed)', async () => {
    const { rows, total } = await measure(cases, 'retrieval-set.json (the built-in searchText was written against it)');
    // The general react-vite prompts written before the specialised web templates existed (a coffee shop landing page,
    // a snake game) now rank the specialised template first and react-vite next: recall@3 is the measure asked for.
    expect(total.at3 / total.cases).toBeGreaterThanOrEqual(0.9);
    expect(total.at1 / total.cases).toBeGreaterThanOrEqual(0.7);
    for (const [name, row] of rows) expect(row.at3 / row.cases, name).toBeGreaterThanOrEqual(0.8);
  });

  it('behavior: on the held-out set (measured once, never tuned against) recall@3 stays at 0.9 or above', async () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(30);
    const { total } = await measure(heldOut, 'held-out-set.json');
    expect(total.at3 / total.cases).toBeGreaterThanOrEqual(0.9);
  });
});
