import { createRunView, foldEvent, initialSnapshot, type BuilderSnapshot, type BuildwrightEvent, type EventInput } from '@buildwright/client';

/** A todo API's spec, as the model writes it: tags, a path parameter, a JSON body with an example. */
export const todoSpec = `openapi: 3.1.0
info:
  title: Todo API
  version: 1.0.0
paths:
  /health:
    get:
      operationId: getHealth
      summary: Whether the server is up
      tags: [meta]
      responses:
        '200': { description: ok }
  /todos:
    get:
      operationId: listTodos
      summary: List todos
      tags: [todos]
      parameters:
        - { name: done, in: query, schema: { type: boolean } }
      responses:
        '200': { description: ok }
    post:
      operationId: createTodo
      summary: Create a todo
      tags: [todos]
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/NewTodo' }
            example: { title: Buy milk }
      responses:
        '201': { description: created }
  /todos/{id}:
    parameters:
      - { name: id, in: path, required: true, schema: { type: string } }
    get:
      operationId: getTodo
      summary: One todo
      tags: [todos]
      responses:
        '200': { description: ok }
components:
  schemas:
    NewTodo:
      type: object
      required: [title]
      properties:
        title: { type: string }
`;

export const listTodosFailure = {
  request: 'GET /todos (example)',
  expected: '200 with a body matching #/components/schemas/Todo',
  actual: "200 [{}]: response body /0: must have required property 'done'",
};

/** The contract check of the todo API; `failure` is listTodos's first failing request, or null when every operation answered as the spec says. */
function contractChecked(failure: typeof listTodosFailure | null): EventInput {
  const operations = [
    { operationId: 'createTodo', method: 'POST', path: '/todos', valid: 4, invalid: 4, failure: null },
    { operationId: 'getHealth', method: 'GET', path: '/health', valid: 1, invalid: 0, failure: null },
    { operationId: 'listTodos', method: 'GET', path: '/todos', valid: 2, invalid: 1, failure },
    { operationId: 'getTodo', method: 'GET', path: '/todos/{id}', valid: 1, invalid: 0, failure: null },
  ];
  return { type: 'api.contract_checked', specPath: 'openapi.yaml', seed: 1, passed: failure === null, operations };
}

/** The events of an API run: its contract check fails on listTodos, a fix follows, the check passes, the preview is ready. */
export const apiRunEvents: EventInput[] = [
  { type: 'run.started', mode: 'generate', prompt: 'a todo API', kind: 'api' },
  { type: 'check.started', check: 'contract' },
  contractChecked(listTodosFailure),
  { type: 'check.failed', check: 'contract', report: 'listTodos did not answer as openapi.yaml says', issues: [], durationMs: 120 },
  { type: 'fix.started', attempt: 1, check: 'contract', report: 'listTodos did not answer as openapi.yaml says' },
  { type: 'check.started', check: 'contract' },
  contractChecked(null),
  { type: 'check.passed', check: 'contract', durationMs: 110 },
  { type: 'preview.ready', url: 'http://127.0.0.1:4000', screenshotPath: null, docsUrl: 'http://127.0.0.1:4000/docs' },
  { type: 'version.created', number: 1, message: 'a todo API', fileCount: 6 },
  { type: 'run.completed', versionNumber: 1, summary: 'A todo API' },
];

/** Numbers events of run `r` of project `p` from seq 1, as the engine would. */
export function numbered(events: readonly EventInput[]): BuildwrightEvent[] {
  return events.map((event, index) => ({ ...event, runId: 'r', projectId: 'p', seq: index + 1, at: new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString() }) as BuildwrightEvent);
}

/** The snapshot of a client that followed the first `count` events of an API run, with the project's files. */
export function apiRunSnapshot(count: number, files: Record<string, string | null> = { 'openapi.yaml': todoSpec }, events: readonly EventInput[] = apiRunEvents): BuilderSnapshot {
  const started: BuilderSnapshot = {
    ...initialSnapshot,
    files: { version: 1, contents: files, changes: {}, streaming: {} },
    run: createRunView({ id: 'r', projectId: 'p', mode: 'generate', prompt: 'a todo API', kind: 'api' }),
  };
  return numbered(events.slice(0, count)).reduce(foldEvent, started);
}
