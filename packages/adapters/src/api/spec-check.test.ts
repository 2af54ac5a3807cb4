import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { memorySandbox, runCheckSpec } from '@buildwright/core/testing';
import { describe, expect, it } from 'vitest';
import { honoApiTemplate } from '../templates/index.js';
import { parseSpec } from './openapi-document.js';
import { schemaValidator } from './schema-validator.js';
import { specCheck } from './spec-check.js';
import { lintSpec } from './spec-lint.js';

const transcript = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/todo-api.json', import.meta.url)), 'utf8')) as {
  turns: Array<{ toolCalls?: Array<{ name: string; arguments: { path?: string; content?: string } }> }>;
};
const specOf = (script: typeof transcript) => script.turns.flatMap((turn) => turn.toolCalls ?? []).find((call) => call.arguments.path === 'openapi.yaml')!.arguments.content!;
const todoSpec = specOf(transcript);
// The spec the edit transcript's spec turn writes (todos get a priority).
const editedSpec = specOf(JSON.parse(readFileSync(fileURLToPath(new URL('../../../../examples/transcripts/todo-api-edit.json', import.meta.url)), 'utf8')) as typeof transcript);
const templateSpec = honoApiTemplate.files['openapi.yaml']!;

runCheckSpec(
  specCheck(),
  [
    { name: 'the template spec', kind: 'api', files: { 'openapi.yaml': templateSpec }, expect: 'passed' },
    { name: 'the todo API spec', kind: 'api', files: { 'openapi.yaml': todoSpec }, expect: 'passed' },
    { name: 'the todo API spec with priorities (todo-api-edit.json)', kind: 'api', files: { 'openapi.yaml': editedSpec }, expect: 'passed' },
    { name: 'no openapi.yaml', kind: 'api', files: { 'src/app.ts': '' }, expect: 'failed', issues: [{ file: 'openapi.yaml' }] },
    { name: 'a YAML syntax error', kind: 'api', files: { 'openapi.yaml': 'openapi: 3.1.0\ninfo: [unclosed\n' }, expect: 'failed', issues: [{ file: 'openapi.yaml' }] },
    {
      name: 'a $ref to a missing schema',
      kind: 'api',
      files: { 'openapi.yaml': todoSpec.replace("$ref: '#/components/schemas/NewTodo'", "$ref: '#/components/schemas/NewTodoo'") },
      expect: 'failed',
      issues: [{ file: 'openapi.yaml' }],
    },
    {
      name: 'an operationId that is not a string',
      kind: 'api',
      files: { 'openapi.yaml': todoSpec.replace('operationId: createTodo', 'operationId: 42') },
      expect: 'failed',
      issues: [{ file: 'openapi.yaml', line: 54 }],
    },
  ],
  { sandbox: memorySandbox(), name: 'specCheck' },
);

async function lint(text: string) {
  const parsed = await parseSpec(text, 'openapi.yaml');
  if ('issues' in parsed) throw new Error(JSON.stringify(parsed.issues));
  return lintSpec(parsed.spec, await schemaValidator(parsed.spec.document)).map((issue) => `${issue.line}: ${issue.message}`);
}

describe('specCheck', () => {
  it('args: its phase is the spec node, on the file it judges (an api run writes that file in its own step)', () => {
    expect(specCheck().phase).toEqual({ node: 'spec', path: 'openapi.yaml' });
    expect(specCheck({ path: 'api/openapi.yaml' }).phase).toEqual({ node: 'spec', path: 'api/openapi.yaml' });
  });
});

describe('lintSpec', () => {
  it('default: the todo spec has no problems', async () => {
    expect(await lint(todoSpec)).toEqual([]);
  });

  it('behavior: names each rule that breaks, with the line', async () => {
    const broken = todoSpec
      .replace('      operationId: listTodos\n', '')
      .replace('operationId: getTodo', 'operationId: deleteTodo')
      .replace('            example:\n              title: Buy milk\n', '')
      .replace("                done: true\n        '400':", "                done: 'yes'\n        '400':")
      .replace(
        / {8}'404':\n {10}description: No todo with this id\n {10}content:\n {12}application\/json:\n {14}schema:\n {16}\$ref: '#\/components\/schemas\/Error'\n {14}example:\n {16}error: NotFound\n {16}message: No todo with this id\n {4}delete:/,
        "        '404':\n          description: No todo with this id\n    delete:",
      )
      .replace('openapi: 3.1.0', 'openapi: 3.0.3')
      .replace('  schemas:\n', '  schemas:\n    Unused:\n      type: string\n');
    expect(await lint(broken)).toEqual([
      '1: openapi must be "3.1.0" (an OpenAPI 3.1 document), not "3.0.3"',
      expect.stringMatching(/^\d+: createTodo: the JSON request body has no example/),
      '21: GET /todos has no operationId: give it one (e.g. "listTodos")',
      expect.stringMatching(/^\d+: updateTodo: the example of response 200 does not match its schema: \/done: must be boolean$/),
      expect.stringMatching(/^\d+: updateTodo: response 404 has no schema/),
      expect.stringMatching(/^\d+: operationId "deleteTodo" is used by GET \/todos\/\{id\} and DELETE \/todos\/\{id\}: make each unique$/),
      expect.stringMatching(/^\d+: components\.schemas\.Unused is not used/),
    ]);
  });

  it('behavior: a $ref outside the document is refused, never read', async () => {
    const issues = await lint(todoSpec.replace("$ref: '#/components/schemas/NewTodo'", "$ref: '/etc/passwd'"));
    expect(issues).toContainEqual(expect.stringMatching(/\$ref "\/etc\/passwd" is not local/));
  });
});
