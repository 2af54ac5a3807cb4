import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractCases } from './contract-cases.js';
import { parseSpec, specOperations } from './openapi-document.js';
import { schemaValidator } from './schema-validator.js';
import { schemaArbitrary } from './schema-values.js';

const transcript = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/bookstore-api.json', import.meta.url)), 'utf8')) as {
  turns: Array<{ toolCalls?: Array<{ arguments: { path?: string; content?: string } }> }>;
};
const text = transcript.turns.flatMap((turn) => turn.toolCalls ?? []).find((call) => call.arguments.path === 'openapi.yaml')!.arguments.content!;

async function bookstore() {
  const parsed = await parseSpec(text, 'openapi.yaml');
  if ('issues' in parsed) throw new Error(JSON.stringify(parsed.issues));
  return { document: parsed.spec.document, validate: await schemaValidator(parsed.spec.document) };
}

describe('schemaArbitrary', () => {
  it('default: every generated value matches its schema (refs, formats, bounds, nested arrays, minProperties)', async () => {
    const { document, validate } = await bookstore();
    for (const name of ['NewAuthor', 'NewBook', 'BookChanges', 'Book', 'BookPage']) {
      const arbitrary = schemaArbitrary(fc, document, { $ref: `#/components/schemas/${name}` })!;
      for (const value of fc.sample(arbitrary, { seed: 7, numRuns: 50 })) expect(validate(`/components/schemas/${name}`, value), `${name} ${JSON.stringify(value)}`).toEqual([]);
    }
  });

  it('behavior: the same seed generates the same values', async () => {
    const { document } = await bookstore();
    const arbitrary = schemaArbitrary(fc, document, { $ref: '#/components/schemas/NewBook' })!;
    expect(fc.sample(arbitrary, { seed: 3, numRuns: 5 })).toEqual(fc.sample(arbitrary, { seed: 3, numRuns: 5 }));
  });

  it('behavior: a pattern it cannot generate gives undefined (examples only), not a value that may not match', () => {
    expect(schemaArbitrary(fc, {}, { type: 'string', pattern: '^[A-Z]{3}$' })).toBeUndefined();
  });
});

describe('contractCases', () => {
  it('behavior: invalid variants of a body come first and each breaks one rule of the schema; valid ones match it', async () => {
    const { document, validate } = await bookstore();
    const operations = specOperations(document);
    const index = operations.findIndex((operation) => operation.operationId === 'createBook');
    const cases = contractCases(fc, document, operations[index]!, index, { seed: 1, generated: 3, invalid: 10 });
    const firstValid = cases.findIndex((item) => !item.invalid);
    expect(cases.slice(0, firstValid).every((item) => item.invalid)).toBe(true);
    expect(cases.slice(firstValid).every((item) => !item.invalid)).toBe(true);
    expect(cases.map((item) => item.label)).toEqual([
      'invalid: required property "title" missing',
      'invalid: required property "authorId" missing',
      'invalid: required property "year" missing',
      'invalid: "title" is 12345 (string expected)',
      'invalid: "authorId" is 12345 (string expected)',
      'invalid: "year" is "not a number" (integer expected)',
      'invalid: a property the schema does not allow ("unexpected")',
      'example',
      'generated #1 (seed 1)',
      'generated #2 (seed 1)',
      'generated #3 (seed 1)',
    ]);
    for (const item of cases) expect(validate('/components/schemas/NewBook', item.body).length > 0, item.label).toBe(item.invalid);
  });

  it('behavior: a query parameter of the wrong type is an invalid case; a delete gets one request', async () => {
    const { document } = await bookstore();
    const operations = specOperations(document);
    const search = operations.findIndex((operation) => operation.operationId === 'searchBooks');
    const labels = contractCases(fc, document, operations[search]!, search, { seed: 1, generated: 3, invalid: 4 }).map((item) => item.label);
    expect(labels).toEqual(['invalid: query "page=not-a-number" (integer expected)', 'invalid: query "pageSize=not-a-number" (integer expected)', 'example', 'example with every query parameter']);
    const remove = operations.findIndex((operation) => operation.operationId === 'deleteBook');
    expect(contractCases(fc, document, operations[remove]!, remove, { seed: 1, generated: 3, invalid: 4 })).toHaveLength(1);
  });
});
