import type { Pattern } from '@buildwright/core';

/** HTTP API patterns on Hono: a CRUD resource, pagination, errors as JSON. */
export const apiPatterns: Pattern[] = [
  {
    name: 'hono-crud-resource',
    kinds: ['api'],
    category: 'api',
    description: 'A CRUD resource on Hono: list, get, create, update and delete with 400 for a bad body and 404 for an unknown id',
    tags: ['crud', 'rest', 'resource', 'create', 'update', 'delete', 'routes', 'endpoint', 'hono', 'todo', 'items'],
    path: 'src/todos.ts',
    code: `import { Hono } from 'hono';

type Todo = { id: string; title: string; done: boolean };
const todos = new Map<string, Todo>();

export const todoRoutes = new Hono()
  .get('/', (c) => c.json([...todos.values()]))
  .get('/:id', (c) => {
    const todo = todos.get(c.req.param('id'));
    return todo ? c.json(todo) : c.json({ error: 'NotFound', message: 'No todo with this id' }, 404);
  })
  .post('/', async (c) => {
    const body = await c.req.json().catch(() => null);
    if (typeof body?.title !== 'string' || body.title.trim() === '') return c.json({ error: 'BadRequest', message: 'title must be a non-empty string' }, 400);
    const todo = { id: crypto.randomUUID(), title: body.title.trim(), done: false };
    todos.set(todo.id, todo);
    return c.json(todo, 201);
  })
  .patch('/:id', async (c) => {
    const todo = todos.get(c.req.param('id'));
    if (!todo) return c.json({ error: 'NotFound', message: 'No todo with this id' }, 404);
    const body = await c.req.json().catch(() => ({}));
    const next = { ...todo, ...(typeof body.title === 'string' ? { title: body.title } : {}), ...(typeof body.done === 'boolean' ? { done: body.done } : {}) };
    todos.set(next.id, next);
    return c.json(next);
  })
  .delete('/:id', (c) => (todos.delete(c.req.param('id')) ? c.body(null, 204) : c.json({ error: 'NotFound', message: 'No todo with this id' }, 404)));

// app.route('/todos', todoRoutes);`,
  },
  {
    name: 'api-pagination',
    kinds: ['api'],
    category: 'api',
    description: 'Limit and cursor pagination for a list endpoint: validated query parameters and a next cursor in the response',
    tags: ['pagination', 'paging', 'cursor', 'limit', 'offset', 'list', 'page', 'query'],
    path: 'src/pagination.ts',
    code: `import type { Context } from 'hono';

/** Reads ?limit= (1-100, default 20) and ?cursor= (an index from an earlier page). */
export function pageOf(c: Context): { limit: number; start: number } | { error: string } {
  const limit = Number(c.req.query('limit') ?? 20);
  const start = Number(c.req.query('cursor') ?? 0);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) return { error: 'limit must be an integer from 1 to 100' };
  if (!Number.isInteger(start) || start < 0) return { error: 'cursor is not one this API gave' };
  return { limit, start };
}

export function page<T>(items: T[], { limit, start }: { limit: number; start: number }) {
  const end = start + limit;
  return { items: items.slice(start, end), nextCursor: end < items.length ? String(end) : null };
}

// app.get('/items', (c) => { const p = pageOf(c); return 'error' in p ? c.json(p, 400) : c.json(page(items, p)); });`,
  },
  {
    name: 'api-error-handling',
    kinds: ['api'],
    category: 'api',
    description: 'Errors as JSON everywhere: a typed HttpError thrown from handlers, onError and notFound answering { error, message }',
    tags: ['error', 'errors', 'exception', 'status', 'validation', 'notfound', 'handler', 'json'],
    path: 'src/errors.ts',
    code: `import type { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export class HttpError extends Error {
  constructor(readonly status: ContentfulStatusCode, readonly code: string, message: string) {
    super(message);
  }
}

export function jsonErrors(app: Hono) {
  app.notFound((c) => c.json({ error: 'NotFound', message: \`No route for \${c.req.method} \${c.req.path}\` }, 404));
  app.onError((error, c) => (error instanceof HttpError ? c.json({ error: error.code, message: error.message }, error.status) : c.json({ error: 'InternalError', message: 'Something went wrong' }, 500)));
}

// throw new HttpError(409, 'Conflict', 'A user with this email exists');`,
  },
];
