import { execFileSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildwrightEvent, EventOf } from '@buildwright/core';
import { checkOutcomes, collectEvents, webRuns } from '../checks/web-run.test-support.js';
import { pgliteStorage } from '../pglite/index.js';
import { apiTypes } from './client-check.js';
import { apiChecks, parseSpec } from './index.js';

// End to end through createBuilder: scripted model, the real local sandbox (bubblewrap when
// present), the hono-api template, apiChecks() with the shared dependency cache, and the real
// server started in the sandbox and called over HTTP.
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const runs = webRuns();
afterAll(() => runs.cleanup());

const allPassed = ['imports:passed', 'install:passed', 'client:passed', 'validate:passed', 'spec:passed', 'start:passed', 'contract:passed', 'api-tests:passed', 'docs:passed'];
const ofType = <T extends BuildwrightEvent['type']>(events: BuildwrightEvent[], type: T) => events.filter((event): event is EventOf<T> => event.type === type);
const operations = ['getHealth', 'listTodos', 'createTodo', 'getTodo', 'updateTodo', 'deleteTodo'];

/** Code a consumer of the todo API writes with its typed client; each @ts-expect-error must be an error, or tsc fails on the directive. */
const todoConsumer = `import { createApiClient } from './client';

const api = createApiClient({ baseUrl: 'http://127.0.0.1:3000' });

export async function consume(id: string) {
  const { data } = await api.GET('/todos/{id}', { params: { path: { id } } });
  const title: string | undefined = data?.title;
  const done: boolean | undefined = data?.done;
  const listed = await api.GET('/todos', { params: { query: { done: true } } });
  const first: string | undefined = listed.data?.[0]?.id;
  // @ts-expect-error: NewTodo requires a title
  await api.POST('/todos', { body: { done: true } });
  // @ts-expect-error: a Todo has no priority
  const priority = data?.priority;
  // @ts-expect-error: getTodo needs its path parameter
  await api.GET('/todos/{id}', {});
  return { title, done, first, priority };
}
`;

/** tsc's errors (empty when none) after writing \`source\` as src/consumer.ts in the project the run left in its sandbox. */
function typecheckConsumer(directory: string, source: string): string {
  writeFileSync(join(directory, 'src/consumer.ts'), source);
  try {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'], { cwd: directory, stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stdout?: Buffer }).stdout ?? error);
  }
}

describe('API runs end to end (scripted model, local sandbox, API checks, the real server)', () => {
  it('default: todo-api.json completes with every operation contract-checked, and the API keeps serving at the preview URL', async () => {
    const storage = pgliteStorage();
    const { builder } = runs.builder(fixture('todo-api.json'), { storage, checks: apiChecks() });
    const run = builder.generate({ prompt: 'A todo API', kind: 'api' });
    const events = await collectEvents(run);
    const result = await run.result;

    expect(checkOutcomes(events)).toEqual(allPassed);
    expect(ofType(events, 'fix.started')).toEqual([]);
    expect(events.at(-1)).toMatchObject({ type: 'run.completed', versionNumber: 1 });
    const report = ofType(events, 'notice.posted').find((event) => event.message.startsWith('Contract check:'));
    expect(report?.message).toMatch(/^Contract check: 6 operations of openapi\.yaml, \d+ requests \(\d+ valid, \d+ invalid, each answered as documented\)/);
    for (const operation of operations) expect(report!.message).toMatch(new RegExp(`${operation} [1-9]\\d*\\+\\d+`));

    // The version holds the spec and the code on top of the template.
    const stored = await storage.getVersionFiles({ ownerId: 'local', projectId: run.projectId });
    expect(stored?.files['openapi.yaml']).toContain('operationId: createTodo');
    expect(stored?.files['src/openapi.ts']).toContain('export function implement');

    // preview.ready carries the API's URL (after the contract check), then with the docs page and its screenshot (after the docs check).
    const [ready, withDocs] = ofType(events, 'preview.ready');
    expect(ready).toMatchObject({ url: result.previewUrl, screenshotPath: null });
    expect(withDocs).toMatchObject({ url: result.previewUrl, docsUrl: result.docsUrl, screenshotPath: result.screenshotPath });
    expect(result.docsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(statSync(result.screenshotPath!).size).toBeGreaterThan(10_000);
    const docsNotice = ofType(events, 'notice.posted').find((event) => event.message.startsWith('Docs check:'));
    expect(docsNotice?.message).toBe(`Docs check: 6 operations of openapi.yaml shown in Swagger UI at ${result.docsUrl}; "try it" on GET /health answered 200`);
    expect(await (await fetch(result.docsUrl!)).text()).toContain('<div id="swagger-ui"></div>');

    // The typed client: the stored version carries the types of its own spec, and code using them typechecks against it.
    const parsed = await parseSpec(stored!.files['openapi.yaml']!, 'openapi.yaml');
    if ('issues' in parsed) throw new Error('the stored spec does not parse');
    expect(stored?.files['src/client/api-types.ts']).toBe(await apiTypes(parsed.spec.document, 'openapi.yaml'));
    expect(typecheckConsumer(join(runs.root, 'sandboxes', run.projectId), todoConsumer)).toBe('');
    // And tsc does fail on code that misreads the spec: getHealth's status is a string, not a number.
    const misread = "import { createApiClient } from './client';\nexport const status = async (): Promise<number> => (await createApiClient({ baseUrl: '' }).GET('/health')).data!.status;\n";
    expect(typecheckConsumer(join(runs.root, 'sandboxes', run.projectId), misread)).toMatch(/src\/consumer\.ts\(2,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);

    // The API answers at the preview URL after the run: a real CRUD chain.
    const created = await fetch(`${ready!.url}/todos`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'After the run' }) });
    expect(created.status).toBe(201);
    const todo = (await created.json()) as { id: string };
    expect(await (await fetch(`${ready!.url}/todos/${todo.id}`)).json()).toEqual({ id: todo.id, title: 'After the run', done: false });
    expect((await fetch(`${ready!.url}/todos`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"done":true}' })).status).toBe(400);
  }, 300_000);

  it('behavior: bookstore-api.json (authors, books by known authors, search, pagination) completes with all ten operations contract-checked', async () => {
    const { builder } = runs.builder(fixture('bookstore-api.json'), { checks: apiChecks() });
    const run = builder.generate({ prompt: 'A bookstore API', kind: 'api' });
    const events = await collectEvents(run);
    const result = await run.result;

    expect(checkOutcomes(events)).toEqual(allPassed);
    const report = ofType(events, 'notice.posted').find((event) => event.message.startsWith('Contract check:'))!;
    expect(report.message).toMatch(/^Contract check: 10 operations of openapi\.yaml/);
    for (const operation of ['getHealth', 'listAuthors', 'createAuthor', 'getAuthor', 'listAuthorBooks', 'searchBooks', 'createBook', 'getBook', 'updateBook', 'deleteBook']) {
      expect(report.message).toMatch(new RegExp(`${operation} [1-9]\\d*\\+\\d+`));
    }
    // The chain the check followed: books were created for the author it created (authorId linked), so the author has books.
    const authors = (await (await fetch(`${result.previewUrl}/authors`)).json()) as Array<{ id: string }>;
    expect(authors.length).toBeGreaterThan(0);
    const page = (await (await fetch(`${result.previewUrl}/books?pageSize=50`)).json()) as { items: Array<{ authorId: string }>; total: number };
    expect(page.total).toBeGreaterThan(0);
    for (const book of page.items) expect(authors.map((author) => author.id)).toContain(book.authorId);
  }, 300_000);

  it('behavior: an invalid spec, a crash on start, a missing route, a missing required field, a wrong status, a validation hole and a failing model test are each caught by the right check and fixed by the next turn', async () => {
    const { builder, requests } = runs.builder(fixture('broken-apis-fixed.json'), { checks: apiChecks(), limits: { maxFixAttempts: 8 } });
    const run = builder.generate({ prompt: 'A todo API', kind: 'api' });
    const events = await collectEvents(run);
    await run.result;

    const upTo = (check: string) =>
      allPassed.slice(
        0,
        allPassed.findIndex((outcome) => outcome.startsWith(`${check}:`)),
      );
    expect(checkOutcomes(events)).toEqual([
      ...upTo('spec').map((outcome) => (outcome === 'client:passed' ? 'client:skipped' : outcome)), // no types from an invalid spec
      'spec:failed', // invalid spec
      ...upTo('start'),
      'start:failed', // crash on start
      ...upTo('contract'),
      'contract:failed', // missing route
      ...upTo('contract'),
      'contract:failed', // missing required field
      ...upTo('contract'),
      'contract:failed', // wrong status
      ...upTo('contract'),
      'contract:failed', // validation hole
      ...upTo('api-tests'),
      'api-tests:failed', // failing model test
      ...allPassed,
    ]);
    const reports = ofType(events, 'check.failed').map((event) => event.report);
    expect(reports[0]).toMatch(/^Spec check failed: openapi\.yaml is not a valid OpenAPI 3\.1 document\n.*NewTodoItem/);
    expect(reports[1]).toMatch(/^Start check failed: the server \(node --import tsx src\/server\.ts\) exited before it listened/);
    expect(reports[1]).toContain('openapi.yaml has no operation with operationId "createTodos"');
    expect(reports[2]).toMatch(/getTodo GET \/todos\/[0-9a-f-]{36} \(example\): expected 200 \(a valid request on a resource created earlier in this check\); got 404 .*No route for GET/);
    expect(reports[3]).toMatch(/listTodos GET \/todos \(example\): expected 200 with a body matching the schema of response 200; got 200 .*response body \/0: must have required property 'done'/);
    expect(reports[4]).toMatch(/createTodo POST \/todos .*: expected one of the documented statuses 201, 400; got 200/);
    expect(reports[5]).toMatch(/createTodo POST \/todos \{\} \(invalid: required property "title" missing\): expected a 4xx \(the request is invalid\); got 201/);
    expect(reports[6]).toMatch(/^API tests failed: 1 of 4 tests failed\ntest\/todos\.test\.ts:\d+: todos creates a todo and lists it: AssertionError/);
    // Each report names the operation and shows request / expected / actual for the fix step.
    for (const report of reports.slice(2, 6)) expect(report).toMatch(/\n {2}request: {2}(GET|POST) .*\n {2}expected: .*\n {2}actual: {3}/);

    const fixes = ofType(events, 'fix.started');
    expect(fixes.map((fix) => fix.check)).toEqual(['spec', 'start', 'contract', 'contract', 'contract', 'contract', 'api-tests']);
    const fixPrompts = requests.filter((request) => request.node === 'fix').map((request) => request.messages.find((message) => message.role === 'user')!.content);
    fixPrompts.forEach((prompt, index) => expect(prompt).toContain(reports[index]!.split('\n')[0]!));
    expect(events.at(-1)).toMatchObject({ type: 'run.completed' });
  }, 600_000);

  it("behavior: a spec whose docs page breaks (a badge from another host) is caught by the docs check and fixed by the next turn; the model's tests use the typed client", async () => {
    const { builder, requests } = runs.builder(fixture('docs-broken-fixed.json'), { checks: apiChecks() });
    const run = builder.generate({ prompt: 'A todo API', kind: 'api' });
    const events = await collectEvents(run);
    const result = await run.result;

    expect(checkOutcomes(events)).toEqual([...allPassed.slice(0, -1), 'docs:failed', ...allPassed]);
    const [failed] = ofType(events, 'check.failed');
    expect(failed!.report).toMatch(/^Docs check failed: the API docs page \(openapi\.yaml in Swagger UI\) does not work in Chromium/);
    const refused = "Loading the image 'https://badges.example.com/todo-api/build.svg' violates the following Content Security Policy directive";
    expect(failed!.report).toContain(refused);
    const fixPrompt = requests.find((request) => request.node === 'fix')!.messages.find((message) => message.role === 'user')!.content;
    expect(fixPrompt).toContain(refused);
    // The model's test/client.test.ts called the app through the generated client, in the api-tests check.
    expect(result.files['test/client.test.ts']).toContain('createApiClient');
    expect(ofType(events, 'preview.ready').at(-1)).toMatchObject({ docsUrl: result.docsUrl, screenshotPath: result.screenshotPath });
    expect(result.files['openapi.yaml']).not.toContain('badges.example.com');
  }, 600_000);

  it('error: an API whose fixes never add the missing route stops within its fix budget, naming the check and the operation', async () => {
    const { builder } = runs.builder(fixture('never-fixed-api.json'), { checks: apiChecks(), limits: { maxFixAttempts: 1 } });
    const run = builder.generate({ prompt: 'A todo API', kind: 'api' });
    const events = await collectEvents(run);
    await expect(run.result).rejects.toMatchObject({ code: 'CHECK_FAILED' });
    expect(ofType(events, 'fix.started')).toHaveLength(1);
    expect(ofType(events, 'check.failed').map((event) => event.check)).toEqual(['contract', 'contract']);
    const [failed] = ofType(events, 'run.failed');
    expect(failed).toMatchObject({ code: 'CHECK_FAILED', check: 'contract' });
    expect(failed!.message).toMatch(
      /^The "contract" check still fails after 1 fix attempts \(limits\.maxFixAttempts\)\. Last error: Contract check failed: getTodo did not answer as openapi\.yaml says \(1 of 6 operations\)$/,
    );
    expect(ofType(events, 'version.created')).toEqual([]);
  }, 300_000);
});
