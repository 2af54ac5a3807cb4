import { describe, expect, it } from 'vitest';
import { operationsOfSpec } from './spec-operations.js';

const bookstore = {
  openapi: '3.1.0',
  info: { title: 'Bookstore', version: '1' },
  paths: {
    '/books': {
      get: {
        operationId: 'listBooks',
        summary: 'List books',
        tags: ['books'],
        parameters: [{ $ref: '#/components/parameters/Page' }, { name: 'q', in: 'query', schema: { type: 'string', examples: ['dune'] } }],
        responses: { '200': { description: 'ok' } },
      },
      post: {
        operationId: 'createBook',
        tags: ['books'],
        description: 'Adds a book to the catalogue',
        requestBody: { required: true, content: { 'application/json': { examples: { dune: { $ref: '#/components/examples/Dune' } }, schema: { $ref: '#/components/schemas/Book' } } } },
        responses: { '201': { description: 'created' } },
      },
    },
    '/books/{bookId}': {
      parameters: [{ name: 'bookId', in: 'path', required: true, description: 'The book', schema: { type: 'string', format: 'uuid' } }],
      patch: {
        tags: ['books'],
        parameters: [
          { name: 'X-Request-Id', in: 'header', schema: { type: 'string', default: 'abc' } },
          { name: 'session', in: 'cookie' },
        ],
        requestBody: { content: { 'application/merge-patch+json': { schema: { $ref: '#/components/schemas/Book' } } } },
        responses: { '200': { description: 'ok' } },
      },
      delete: { operationId: 'deleteBook', responses: { '204': { description: 'gone' } } },
    },
    '/broken': 'not an object',
  },
  components: {
    parameters: { Page: { name: 'page', in: 'query', schema: { type: 'integer', default: 1 } } },
    examples: { Dune: { value: { title: 'Dune', authorId: 'a1' } } },
    schemas: { Book: { type: 'object', required: ['title', 'year'], properties: { title: { type: 'string' }, year: { type: 'integer' }, tags: { type: 'array' } } } },
  },
};

describe('operationsOfSpec', () => {
  it('default: every operation in path order with method, summary (or description), tags and $ref parameters resolved', () => {
    const operations = operationsOfSpec(bookstore);
    expect(operations.map((operation) => [operation.operationId, operation.method, operation.path, operation.summary, operation.tags])).toEqual([
      ['listBooks', 'GET', '/books', 'List books', ['books']],
      ['createBook', 'POST', '/books', 'Adds a book to the catalogue', ['books']],
      ['PATCH /books/{bookId}', 'PATCH', '/books/{bookId}', null, ['books']],
      ['deleteBook', 'DELETE', '/books/{bookId}', null, []],
    ]);
    expect(operations[0]!.parameters).toEqual([
      { name: 'page', in: 'query', required: false, description: null, example: '1' },
      { name: 'q', in: 'query', required: false, description: null, example: 'dune' },
    ]);
  });

  it("behavior: the path item's parameters join each operation's; cookie parameters are left out (a page cannot set them)", () => {
    const patch = operationsOfSpec(bookstore)[2]!;
    expect(patch.parameters).toEqual([
      { name: 'bookId', in: 'path', required: true, description: 'The book', example: '' },
      { name: 'X-Request-Id', in: 'header', required: false, description: null, example: 'abc' },
    ]);
  });

  it('behavior: the JSON body comes prefilled from a referenced example, or shaped like its schema when the spec has none', () => {
    const [, create, patch, remove] = operationsOfSpec(bookstore);
    expect(create!.body).toEqual({ required: true, mediaType: 'application/json', example: JSON.stringify({ title: 'Dune', authorId: 'a1' }, null, 2) });
    expect(patch!.body).toEqual({ required: false, mediaType: 'application/merge-patch+json', example: JSON.stringify({ title: '', year: 0 }, null, 2) });
    expect(remove!.body).toBeNull();
  });

  it('error: a document without paths, or with malformed entries, gives what it can and never throws', () => {
    expect(operationsOfSpec(null)).toEqual([]);
    expect(operationsOfSpec({ paths: [] })).toEqual([]);
    expect(operationsOfSpec({ paths: { '/a': { get: null, post: { parameters: [{ in: 'query' }, 'x', { $ref: '#/nowhere' }] } } } })).toEqual([
      { operationId: 'POST /a', method: 'POST', path: '/a', summary: null, tags: [], parameters: [], body: null },
    ]);
    const cyclic = { paths: { '/a': { $ref: '#/paths/~1a' } } };
    expect(operationsOfSpec(cyclic)).toEqual([]);
  });
});
