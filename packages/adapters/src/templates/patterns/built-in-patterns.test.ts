import { createSimilarityIndex, defaultPatternLimits, lexicalEmbeddings, patternSearchText, selectPatterns } from '@buildwright/core';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadSolc } from '../../viem/load-solc.js';
import { builtInPatterns } from './built-in-patterns.js';

/** Build steps as a plan writes them, with the pattern that should come first or among the first three. */
const steps: { step: string; kind: 'web' | 'dapp' | 'api'; expected: string }[] = [
  { kind: 'web', expected: 'use-local-storage', step: 'Persist the todo list so it survives a reload' },
  { kind: 'web', expected: 'use-local-storage', step: 'Remember the user settings and theme preferences' },
  { kind: 'web', expected: 'use-local-storage', step: 'Save the high score in the browser' },
  { kind: 'web', expected: 'use-fetch-json', step: 'Load the products from the API and show a loading state' },
  { kind: 'web', expected: 'use-fetch-json', step: 'Fetch the weather data and handle request errors' },
  { kind: 'web', expected: 'use-fetch-json', step: 'Request the list of repositories from the REST endpoint' },
  { kind: 'web', expected: 'game-loop', step: 'Add the game loop that moves the player with the arrow keys' },
  { kind: 'web', expected: 'game-loop', step: 'Animate the ball on the canvas every frame' },
  { kind: 'web', expected: 'game-loop', step: 'Write the snake game: keyboard input and a tick loop' },
  { kind: 'web', expected: 'indexeddb-store', step: 'Store the notes in IndexedDB so the CRUD app works offline' },
  { kind: 'web', expected: 'indexeddb-store', step: 'Create the local database layer for contacts records' },
  { kind: 'web', expected: 'indexeddb-store', step: 'Keep recipes in a browser database with add and delete' },
  { kind: 'web', expected: 'sortable-table', step: 'Show the orders in a table sortable by column' },
  { kind: 'web', expected: 'sortable-table', step: 'Add a data grid of users with sorting by name and age' },
  { kind: 'web', expected: 'sortable-table', step: 'Render the admin list of invoices as rows and columns' },
  { kind: 'web', expected: 'validated-form', step: 'Build the signup form with validation errors' },
  { kind: 'web', expected: 'validated-form', step: 'Add a contact form with name and email fields' },
  { kind: 'web', expected: 'validated-form', step: 'Create the register page: inputs, submit and field errors' },
  { kind: 'web', expected: 'modal-dialog', step: 'Open a confirm dialog before deleting an item' },
  { kind: 'web', expected: 'modal-dialog', step: 'Show the product details in a modal popup' },
  { kind: 'web', expected: 'tabs', step: 'Split the settings page into tabs: profile, billing, security' },
  { kind: 'web', expected: 'tabs', step: 'Add tab navigation between the three panels' },
  { kind: 'web', expected: 'svg-bar-chart', step: 'Draw a bar chart of monthly sales' },
  { kind: 'web', expected: 'svg-bar-chart', step: 'Add charts of the metrics to the analytics dashboard' },
  { kind: 'web', expected: 'svg-bar-chart', step: 'Visualize the statistics as a graph' },
  { kind: 'api', expected: 'hono-crud-resource', step: 'Implement the routes to create, update and delete todos' },
  { kind: 'api', expected: 'hono-crud-resource', step: 'Add the REST resource for books with CRUD endpoints' },
  { kind: 'api', expected: 'api-pagination', step: 'Paginate the list endpoint with a limit and a cursor' },
  { kind: 'api', expected: 'api-pagination', step: 'Return the users page by page' },
  { kind: 'api', expected: 'api-error-handling', step: 'Answer every error as JSON with a status and a message' },
  { kind: 'api', expected: 'api-error-handling', step: 'Handle not found routes and exceptions in the handlers' },
  { kind: 'dapp', expected: 'erc20-token', step: 'Write the ERC-20 token contract with minting' },
  { kind: 'dapp', expected: 'erc20-token', step: 'Create a coin the owner can mint and users can transfer' },
  { kind: 'dapp', expected: 'wagmi-contract-write', step: 'Add a button that sends the mint transaction from the wallet and shows its confirmation' },
  { kind: 'dapp', expected: 'wagmi-contract-write', step: 'Wire the frontend to write to the contract with wagmi' },
];

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
