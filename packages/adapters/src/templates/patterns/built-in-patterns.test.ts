import { readFileSync } from 'node:fs';
import { createSimilarityIndex, defaultPatternLimits, lexicalEmbeddings, patternSearchText, selectPatterns } from '@buildwright/core';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadSolc } from '../../viem/load-solc.js';
import { builtInPatterns } from './built-in-patterns.js';

/** Build steps as a plan writes them, with the pattern that should come first or among the first three (pattern-steps.json, shared with bench/embeddings-compare.ts). */
const steps = (JSON.parse(readFileSync(new URL('./pattern-steps.json', import.meta.url), 'utf8')) as { cases: { step: string; kind: 'web' | 'dapp' | 'api'; pattern: string }[] }).cases.map(
  ({ step, kind, pattern }) => ({ step, kind, expected: pattern }),
);

describe('built-in patterns', () => {
  it('default: each has a unique name, a kind, a description and code that parses (TS/TSX) within a step budget', () => {
    const all = Object.values(builtInPatterns);
    expect(all.length).toBeGreaterThanOrEqual(14);
    for (const pattern of all) {
      expect(pattern.kinds.length, pattern.name).toBeGreaterThan(0);
      expect(pattern.description.length, pattern.name).toBeGreaterThan(20);
      // Two patterns fit in one step's budget.
      expect(Math.ceil(pattern.code.length / 4), pattern.name).toBeLessThan(defaultPatternLimits.maxTokens / 2);
      if (pattern.path?.endsWith('.sol')) continue;
      const { diagnostics } = ts.transpileModule(pattern.code, {
        fileName: pattern.path ?? 'x.tsx',
        reportDiagnostics: true,
        compilerOptions: { jsx: ts.JsxEmit.ReactJSX, target: ts.ScriptTarget.ES2022 },
      });
      expect(
        diagnostics?.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')),
        pattern.name,
      ).toEqual([]);
    }
  });

  it('behavior: the Solidity pattern compiles with solc without errors', async () => {
    const solc = await loadSolc();
    const sources = Object.fromEntries(
      Object.values(builtInPatterns)
        .filter((pattern) => pattern.path?.endsWith('.sol'))
        .map((pattern) => [pattern.path!, { content: pattern.code }]),
    );
    expect(Object.keys(sources)).toEqual(['contracts/Token.sol']);
    const output = JSON.parse(solc.compile(JSON.stringify({ language: 'Solidity', sources, settings: { outputSelection: { '*': { '*': ['abi'] } } } }))) as {
      errors?: { severity: string; formattedMessage: string }[];
    };
    expect((output.errors ?? []).filter((error) => error.severity === 'error').map((error) => error.formattedMessage)).toEqual([]);
  });

  it(`behavior: ${steps.length} build steps find their pattern (offline lexical embeddings): recall@1 and recall@3 printed, recall@3 ≥ 0.9`, async () => {
    const index = createSimilarityIndex(lexicalEmbeddings());
    let first = 0;
    let top3 = 0;
    const misses: string[] = [];
    for (const { step, kind, expected } of steps) {
      const entries = Object.entries(builtInPatterns).map(([name, pattern]) => ({ name, text: patternSearchText(pattern), eligible: pattern.kinds.includes(kind) }));
      const names = (await index.search(entries, step, { limit: 3 })).map((match) => match.name);
      if (names[0] === expected) first++;
      if (names.includes(expected)) top3++;
      else misses.push(`${step} → ${names.join(', ')} (expected ${expected})`);
    }
    console.log(
      `patterns: recall@1 ${(first / steps.length).toFixed(3)}, recall@3 ${(top3 / steps.length).toFixed(3)} over ${steps.length} steps${misses.length ? `; misses:\n${misses.join('\n')}` : ''}`,
    );
    expect(top3 / steps.length).toBeGreaterThanOrEqual(0.9);
  });

  it('behavior: a step gets at most 3 patterns of its kind within the token cap, none when nothing is similar enough', async () => {
    const index = createSimilarityIndex(lexicalEmbeddings());
    const pick = await selectPatterns(index, builtInPatterns, 'Add a sortable table and a bar chart to the dashboard', { kind: 'web' });
    expect(pick.patterns.map((pattern) => pattern.name)).toContain('sortable-table');
    expect(pick.patterns.map((pattern) => pattern.name)).toContain('svg-bar-chart');
    expect(pick.patterns.length).toBeLessThanOrEqual(3);
    expect(pick.tokens).toBeLessThanOrEqual(defaultPatternLimits.maxTokens);
    expect(pick.text).toContain('export function SortableTable');
    const api = await selectPatterns(index, builtInPatterns, 'Add a sortable table and a bar chart to the dashboard', { kind: 'api' });
    expect(api.patterns.every((pattern) => builtInPatterns[pattern.name]!.kinds.includes('api'))).toBe(true);
    expect((await selectPatterns(index, builtInPatterns, 'Set the page title to Hello', { kind: 'web' })).patterns).toEqual([]);
    const tight = await selectPatterns(index, builtInPatterns, 'Add a sortable table and a bar chart to the dashboard', { kind: 'web', limits: { maxTokens: 500 } });
    expect(tight.tokens).toBeLessThanOrEqual(500);
    expect(tight.patterns.length).toBeLessThan(pick.patterns.length);
  });
});
