import { describe, expect, it } from 'vitest';
import { expectCode } from '../../testing/expect-code.js';
import { agentToolsFromOpenApi } from './agent-tools-from-openapi.js';

const todoSpec = {
  openapi: '3.1.0',
  info: { title: 'Todos', version: '1.0.0' },
  paths: {
    '/todos': {
      get: {
        operationId: 'listTodos',
        summary: 'List the todos',
        parameters: [{ name: 'done', in: 'query', schema: { type: 'boolean' } }],
        responses: { '200': { description: 'ok' } },
      },
      post: {
        operationId: 'createTodo',
        summary: 'Create a todo',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/NewTodo' } } } },
        responses: { '201': { description: 'created' } },
      },
    },
    '/todos/{id}': {
      parameters: [{ $ref: '#/components/parameters/TodoId' }],
      get: { operationId: 'getTodo', responses: { '200': { description: 'ok' } } },
      patch: {
        operationId: 'updateTodo',
        requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { done: { type: 'boolean' } } } } } },
        responses: { '200': { description: 'ok' } },
      },
    },
    '/secure': { get: { operationId: 'secure', parameters: [{ name: 'x-api-key', in: 'header', required: true, schema: { type: 'string' } }], responses: {} } },
  },
  components: {
    parameters: { TodoId: { name: 'id', in: 'path', required: true, schema: { type: 'string' } } },
    schemas: {
      NewTodo: { type: 'object', required: ['title'], properties: { title: { type: 'string', minLength: 1 }, tags: { type: 'array', items: { $ref: '#/components/schemas/Tag' } } } },
      Tag: { type: 'string', maxLength: 20 },
    },
  },
};

describe('agentToolsFromOpenApi', () => {
  it('default: one HTTP tool per callable operation, parameters and JSON body in its input schema, $refs inlined', () => {
    const tools = agentToolsFromOpenApi(todoSpec, { baseUrl: 'http://127.0.0.1:3000/' });
    expect(tools.map((tool) => [tool.name, tool.method, tool.url])).toEqual([
      ['listTodos', 'GET', 'http://127.0.0.1:3000/todos'],
      ['createTodo', 'POST', 'http://127.0.0.1:3000/todos'],
      ['getTodo', 'GET', 'http://127.0.0.1:3000/todos/{id}'],
      ['updateTodo', 'PATCH', 'http://127.0.0.1:3000/todos/{id}'],
    ]);
    expect(tools[0]).toMatchObject({
      description: 'List the todos',
      operationId: 'listTodos',
      inputSchema: { type: 'object', properties: { done: { type: 'boolean' } }, additionalProperties: false },
    });
    expect(tools[1]!.inputSchema).toEqual({
      type: 'object',
      properties: { title: { type: 'string', minLength: 1 }, tags: { type: 'array', items: { type: 'string', maxLength: 20 } } },
      required: ['title'],
      additionalProperties: false,
    });
    expect(tools[2]).toMatchObject({ description: 'GET /todos/{id}', inputSchema: { properties: { id: { type: 'string' } }, required: ['id'] } });
    expect(tools[3]!.inputSchema).toMatchObject({ properties: { id: { type: 'string' }, done: { type: 'boolean' } }, required: ['id'] });
  });

  it('args: operations picks operations by operationId; headers go on every tool', () => {
    const tools = agentToolsFromOpenApi(todoSpec, { baseUrl: 'https://api.example.com/v1', operations: ['createTodo'], headers: { authorization: 'Bearer k' } });
    expect(tools).toMatchObject([{ name: 'createTodo', url: 'https://api.example.com/v1/todos', headers: { authorization: 'Bearer k' } }]);
  });

  it('error: not an OpenAPI document, a bad base URL, an unknown operation or one an HTTP tool cannot call, asked by name', () => {
    expect(() => agentToolsFromOpenApi({ openapi: '3.1.0' }, { baseUrl: 'http://x' })).toThrow(/no "paths" object/);
    expect(() => agentToolsFromOpenApi(todoSpec, { baseUrl: 'localhost:3000' })).toThrow(/must be an (absolute )?http\(s\) URL/);
    expect(() => agentToolsFromOpenApi(todoSpec, { baseUrl: 'http://x', operations: ['deleteTodo'] })).toThrow(
      /no operation "deleteTodo". Its operations: listTodos, createTodo, getTodo, updateTodo, secure/,
    );
    expect(() => agentToolsFromOpenApi(todoSpec, { baseUrl: 'http://x', operations: ['secure'] })).toThrow(/header parameter "x-api-key"/);
  });

  it('error: the errors are INVALID_INPUT', async () => {
    await expectCode(
      Promise.resolve().then(() => agentToolsFromOpenApi(null, { baseUrl: 'http://x' })),
      'INVALID_INPUT',
    );
  });
});
