import type { ApiContractView } from '@buildwright/client';
import { describe, expect, it } from 'vitest';
import { explorerOperations, groupOperations } from './explorer-operations.js';
import type { ApiOperation } from './spec-operations.js';

const operation = (method: string, path: string, operationId: string, tags: string[] = []): ApiOperation => ({ operationId, method, path, summary: null, tags, parameters: [], body: null });
const failure = { request: 'GET /todos', expected: '200 with a body matching Todo', actual: "200 [{}]: must have required property 'done'" };
const contract: ApiContractView = {
  specPath: 'openapi.yaml',
  seed: 1,
  passed: false,
  operations: [
    { operationId: 'listTodos', method: 'GET', path: '/todos', valid: 2, invalid: 1, failure },
    { operationId: 'createTodo', method: 'POST', path: '/todos', valid: 4, invalid: 4, failure: null },
    { operationId: 'getTodo', method: 'GET', path: '/todos/{id}', valid: 1, invalid: 0, failure: null },
  ],
};

describe('explorerOperations', () => {
  it('default: each spec operation gets its result by operationId, or by method and path when the id changed', () => {
    const operations = explorerOperations([operation('GET', '/todos', 'listTodos'), operation('POST', '/todos', 'addTodo'), operation('DELETE', '/todos/{id}', 'deleteTodo')], contract);
    expect(operations.map((entry) => [entry.operationId, entry.result?.operationId ?? null])).toEqual([
      ['listTodos', 'listTodos'],
      ['addTodo', 'createTodo'],
      ['deleteTodo', null],
      ['getTodo', 'getTodo'],
    ]);
  });

  it('behavior: without a spec, the checked operations are listed from their results, with path parameters and a body for POST', () => {
    const [list, create, get] = explorerOperations(null, contract);
    expect(list).toMatchObject({ operationId: 'listTodos', method: 'GET', parameters: [], body: null, result: { failure } });
    expect(create!.body).toEqual({ required: false, mediaType: 'application/json', example: '' });
    expect(get!.parameters).toEqual([{ name: 'id', in: 'path', required: true, description: null, example: '' }]);
  });
});

describe('groupOperations', () => {
  it('default: by first tag when any operation has one (untagged under Other), else by path, in first-seen order', () => {
    const tagged = explorerOperations(
      [operation('GET', '/books', 'listBooks', ['books']), operation('GET', '/health', 'health'), operation('GET', '/authors', 'listAuthors', ['authors', 'books'])],
      null,
    );
    expect(groupOperations(tagged).map((group) => [group.name, group.operations.map((entry) => entry.operationId)])).toEqual([
      ['books', ['listBooks']],
      ['Other', ['health']],
      ['authors', ['listAuthors']],
    ]);
    expect(groupOperations(explorerOperations(null, contract)).map((group) => [group.name, group.operations.length])).toEqual([
      ['/todos', 2],
      ['/todos/{id}', 1],
    ]);
    expect(groupOperations(tagged, 'path').map((group) => group.name)).toEqual(['/books', '/health', '/authors']);
  });
});
