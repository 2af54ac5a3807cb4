import { execFile } from 'node:child_process';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { diffVersions } from '@buildwright/core';
import type { BuildwrightEvent, EventOf, Transcript } from '@buildwright/core';
import { checkOutcomes, collectEvents, webRuns } from '../checks/web-run.test-support.js';
import { pgliteStorage } from '../pglite/index.js';
import { apiTypes } from './client-check.js';
import { apiChecks, parseSpec } from './index.js';

// End to end through createBuilder: scripted model, the real local sandbox (bubblewrap when
// present), the hono-api template, apiChecks() with the shared dependency cache, and the real
// server started in the sandbox and called over HTTP.
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const readTranscript = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Transcript;
const runs = webRuns();
afterAll(() => runs.cleanup());

// The spec check runs in the spec node, before build; the others after build, in this order.
const afterBuild = ['imports:passed', 'install:passed', 'client:passed', 'validate:passed', 'start:passed', 'contract:passed', 'api-tests:passed', 'docs:passed'];
const allPassed = ['spec:passed', ...afterBuild];
/** The checks after build that pass before `check` runs. */
const upTo = (check: string) =>
  afterBuild.slice(
    0,
    afterBuild.findIndex((outcome) => outcome.startsWith(`${check}:`)),
  );
const ofType = <T extends BuildwrightEvent['type']>(events: BuildwrightEvent[], type: T) => events.filter((event): event is EventOf<T> => event.type === type);
const operations = ['getHealth', 'listTodos', 'createTodo', 'getTodo', 'updateTodo', 'deleteTodo'];
/** The pipeline of an API run: plan → spec (its check inside) → build → the checks. */
const stages = (events: BuildwrightEvent[]) =>
  events.flatMap((event) => (event.type === 'plan.created' ? ['plan'] : event.type === 'step.started' ? [`step:${event.stepId}`] : event.type === 'check.started' ? [`check:${event.check}`] : []));

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

/**
 * tsc's errors (empty when none) after writing \`source\` as src/consumer.ts in the project the run left in its sandbox.
 * Asynchronous: a test worker blocked by a slow tsc under load misses vitest's 60 s RPC timeout.
 */
async function typecheckConsumer(directory: string, source: string): Promise<string> {
  writeFileSync(join(directory, 'src/consumer.ts'), source);
  return promisify(execFile)(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'], { cwd: directory, encoding: 'utf8' }).then(
    () => '',
    (error: { stdout?: string }) => String(error.stdout ?? error),
  );
}

/**
 * The todo API's run, made once for the file: the first test asserts on it, the edit test edits its
 * project. One scripted model for both: the todo API's turns, then the edit's
 * (examples/transcripts/todo-api-edit.json).
 */
let todoRun: Promise<Awaited<ReturnType<typeof generateTodoApi>>> | undefined;
const todoApi = () => (todoRun ??= generateTodoApi());
async function generateTodoApi() {
  const todo = readTranscript(fixture('todo-api.json'));
  const edit = readTranscript(fileURLToPath(new URL('../../../../examples/transcripts/todo-api-edit.json', import.meta.url)));
  const storage = pgliteStorage();
  const { builder, requests } = runs.builder({ ...todo, turns: [...todo.turns, ...edit.turns] }, { storage, checks: apiChecks() });
  const run = builder.generate({ prompt: 'A todo API', kind: 'api' });
  const events = await collectEvents(run);
  return { builder, requests, storage, edit, run, events, result: await run.result };
}

describe('API runs end to end (scripted model, local sandbox, API checks, the real server)', () => {
  it('default: todo-api.json completes with every operation contract-checked, and the API keeps serving at the preview URL', async () => {
    const { storage, run, events, result } = await todoApi();

    expect(stages(events)).toEqual([
      'plan',
      'step:spec',
      'check:spec',
      'step:api',
      'check:imports',
      'check:install',
      'check:client',
      'check:validate',
      'check:start',
      'check:contract',
      'check:api-tests',
      'check:docs',
    ]);
    expect(checkOutcomes(events)).toEqual(allPassed);
    expect(ofType(events, 'fix.started')).toEqual([]);
    expect(events.at(-1)).toMatchObject({ type: 'run.completed', versionNumber: 1 });
    // The contract report: every operation of the spec, with the requests sent, none failing.
    const [report] = ofType(events, 'api.contract_checked');
    expect(report).toMatchObject({ specPath: 'openapi.yaml', seed: 1, passed: true });
    expect(report!.operations.map((operation) => operation.operationId).sort()).toEqual([...operations].sort());
    expect(report!.operations.find((operation) => operation.operationId === 'getTodo')).toMatchObject({ method: 'GET', path: '/todos/{id}', failure: null });
    for (const operation of report!.operations) expect(operation.valid, operation.operationId).toBeGreaterThan(0);
    expect(report!.operations.find((operation) => operation.operationId === 'createTodo')!.invalid).toBeGreaterThan(0);
    expect(ofType(events, 'notice.posted').filter((event) => event.message.startsWith('Contract check'))).toEqual([]);

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
    const directory = join(runs.root, 'sandboxes', run.projectId);
    try {
      expect(await typecheckConsumer(directory, todoConsumer)).toBe('');
      // And tsc does fail on code that misreads the spec: getHealth's status is a string, not a number.
      const misread = "import { createApiClient } from './client';\nexport const status = async (): Promise<number> => (await createApiClient({ baseUrl: '' }).GET('/health')).data!.status;\n";
      expect(await typecheckConsumer(directory, misread)).toMatch(/src\/consumer\.ts\(2,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);
    } finally {
      // The edit test changes this project: it is the run's files, without the consumer written here.
      rmSync(join(directory, 'src/consumer.ts'), { force: true });
    }

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
    const [report] = ofType(events, 'api.contract_checked');
    expect(report?.passed).toBe(true);
    expect(report!.operations.map((operation) => operation.operationId).sort()).toEqual(
      ['getHealth', 'listAuthors', 'createAuthor', 'getAuthor', 'listAuthorBooks', 'searchBooks', 'createBook', 'getBook', 'updateBook', 'deleteBook'].sort(),
    );
    for (const operation of report!.operations) expect(operation, operation.operationId).toMatchObject({ valid: expect.any(Number), failure: null });
    for (const operation of report!.operations) expect(operation.valid, operation.operationId).toBeGreaterThan(0);
    // The chain the check followed: books were created for the author it created (authorId linked), so the author has books.
    const authors = (await (await fetch(`${result.previewUrl}/authors`)).json()) as Array<{ id: string }>;
    expect(authors.length).toBeGreaterThan(0);
    const page = (await (await fetch(`${result.previewUrl}/books?pageSize=50`)).json()) as { items: Array<{ authorId: string }>; total: number };
    expect(page.total).toBeGreaterThan(0);
    for (const book of page.items) expect(authors.map((author) => author.id)).toContain(book.authorId);
  }, 300_000);

  it('behavior: an invalid spec (in the spec node), a crash on start, a missing route, a missing required field, a wrong status, a validation hole and a failing model test are each caught by the right check and fixed by the next turn', async () => {
    const { builder, requests } = runs.builder(fixture('broken-apis-fixed.json'), { checks: apiChecks(), limits: { maxFixAttempts: 8 } });
    const run = builder.generate({ prompt: 'A todo API', kind: 'api' });
    const events = await collectEvents(run);
    await run.result;

    expect(checkOutcomes(events)).toEqual([
      'spec:failed', // invalid spec, in the spec node
      'spec:passed', // fixed by the next spec turn, before anything is built
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
      ...afterBuild,
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

    // Each failing contract check reported its operations: the failing one with its first failing request.
    const contracts = ofType(events, 'api.contract_checked');
    expect(contracts.map((contract) => contract.passed)).toEqual([false, false, false, false, true, true]);
    expect(contracts[0]!.operations.find((operation) => operation.operationId === 'getTodo')!.failure).toMatchObject({
      request: expect.stringMatching(/^GET \/todos\/[0-9a-f-]{36} \(example\)$/),
      expected: '200 (a valid request on a resource created earlier in this check)',
      actual: expect.stringMatching(/^404 .*No route for GET/),
    });
    expect(contracts[3]!.operations.find((operation) => operation.operationId === 'createTodo')!.failure).toMatchObject({
      request: 'POST /todos {} (invalid: required property "title" missing)',
      expected: 'a 4xx (the request is invalid)',
    });

    const fixes = ofType(events, 'fix.started');
    expect(fixes.map((fix) => fix.check)).toEqual(['spec', 'start', 'contract', 'contract', 'contract', 'contract', 'api-tests']);
    // The spec's fix happens in the spec node's conversation; the others in the fix step.
    const specCalls = requests.filter((request) => request.node === 'spec');
    expect(specCalls).toHaveLength(2);
    expect(specCalls[1]!.messages.at(-1)!.content).toContain(reports[0]!.split('\n')[0]!);
    const fixPrompts = requests.filter((request) => request.node === 'fix').map((request) => request.messages.find((message) => message.role === 'user')!.content);
    expect(fixPrompts).toHaveLength(6);
    fixPrompts.forEach((prompt, index) => expect(prompt).toContain(reports[index + 1]!.split('\n')[0]!));
    expect(events.at(-1)).toMatchObject({ type: 'run.completed' });
  }, 600_000);

  it("behavior: a server that does not let the docs page call it (no CORS) is caught by the docs check's try it and fixed by the next turn; the model's tests use the typed client", async () => {
    const { builder, requests } = runs.builder(fixture('docs-broken-fixed.json'), { checks: apiChecks() });
    const run = builder.generate({ prompt: 'A todo API', kind: 'api' });
    const events = await collectEvents(run);
    const result = await run.result;

    expect(checkOutcomes(events)).toEqual(['spec:passed', ...afterBuild.slice(0, -1), 'docs:failed', ...afterBuild]);
    const [failed] = ofType(events, 'check.failed');
    expect(failed!.report).toMatch(/^Docs check failed: the API docs page \(openapi\.yaml in Swagger UI\) does not work in Chromium/);
    expect(failed!.report).toMatch(/"Try it" on getHealth GET \/health got no answer from http:\/\/127\.0\.0\.1:\d+ \(.*\): the API must allow requests from the docs page's origin \(CORS\)/);
    const fixPrompt = requests.find((request) => request.node === 'fix')!.messages.find((message) => message.role === 'user')!.content;
    expect(fixPrompt).toContain("the API must allow requests from the docs page's origin (CORS)");
    // The model's test/client.test.ts called the app through the generated client, in the api-tests check.
    expect(result.files['test/client.test.ts']).toContain('createApiClient');
    expect(result.files['src/server.ts']).toContain('server.use(cors(');
    expect(ofType(events, 'preview.ready').at(-1)).toMatchObject({ docsUrl: result.docsUrl, screenshotPath: result.screenshotPath });
  }, 600_000);

  it('error: an API whose fixes never add the missing route stops within its fix budget, naming the check and the operation', async () => {
    const { builder } = runs.builder(fixture('never-fixed-api.json'), { checks: apiChecks(), limits: { maxFixAttempts: 1 } });
    const run = builder.generate({ prompt: 'A todo API', kind: 'api' });
    const events = await collectEvents(run);
    await expect(run.result).rejects.toMatchObject({ code: 'CHECK_FAILED' });
    expect(ofType(events, 'fix.started')).toHaveLength(1);
    expect(ofType(events, 'check.failed').map((event) => event.check)).toEqual(['contract', 'contract']);
    // Both contract reports name getTodo's failing request; the other operations answered as documented.
    for (const report of ofType(events, 'api.contract_checked')) {
      expect(report.passed).toBe(false);
      expect(report.operations.filter((operation) => operation.failure !== null).map((operation) => operation.operationId)).toEqual(['getTodo']);
    }
    const [failed] = ofType(events, 'run.failed');
    expect(failed).toMatchObject({ code: 'CHECK_FAILED', check: 'contract' });
    expect(failed!.message).toMatch(
      /^The "contract" check still fails after 1 fix attempts \(limits\.maxFixAttempts\)\. Last error: Contract check failed: getTodo did not answer as openapi\.yaml says \(1 of 6 operations\)$/,
    );
    expect(ofType(events, 'version.created')).toEqual([]);
  }, 300_000);

  it('behavior: an edit that changes the spec runs the spec node again; code drifting from the spec fails the contract, the fix may not change the spec, and diff shows the spec change', async () => {
    // An edit of the todo API's project (the first test's run), by the same builder: its model goes on with the edit's turns.
    const { builder, requests, storage, edit, result: first } = await todoApi();
    const run = builder.edit(first.project.id, { prompt: edit.prompt! });
    const events = await collectEvents(run);
    const result = await run.result;

    // The edit writes the new spec in the spec node (checked there), then the build drifts from it: a
    // todo created without a priority has none, and the spec requires one.
    expect(stages(events).slice(0, 4)).toEqual(['plan', 'step:spec', 'check:spec', 'step:priority']);
    expect(checkOutcomes(events)).toEqual(['spec:passed', ...upTo('contract'), 'contract:failed', ...afterBuild]);
    const contracts = ofType(events, 'api.contract_checked');
    expect(contracts.map((contract) => contract.passed)).toEqual([false, true]);
    expect(contracts[0]!.operations.find((operation) => operation.operationId === 'createTodo')!.failure).toMatchObject({
      request: 'POST /todos {"title":"Buy milk"} (example)',
      expected: '201 with a body matching #/components/schemas/Todo',
      actual: expect.stringMatching(/^201 .*must have required property 'priority'/),
    });
    for (const operation of contracts[1]!.operations) expect(operation.failure, operation.operationId).toBeNull();

    // The fix first tries to make the spec match the code; the spec is locked after the spec node, so it fixes the code.
    const fixResults = requests.filter((request) => request.node === 'fix').flatMap((request) => request.messages.filter((message) => message.role === 'tool').map((message) => message.content));
    expect(fixResults[0]).toMatch(/^Error: openapi\.yaml is the API's description, written and checked in the spec step/);
    expect(result.files['openapi.yaml']).toContain('required: [id, title, done, priority]');

    // Version 2 holds the new spec, and diff shows the spec change beside the code's.
    expect(result.version.number).toBe(2);
    const diffs = await diffVersions({ storage }, { ownerId: 'local', projectId: first.project.id, from: 1, to: 2 });
    // The client check regenerated the spec's types, so version 2 carries the types of its own spec.
    expect(diffs.map((diff) => `${diff.path}:${diff.status}`)).toEqual(['openapi.yaml:modified', 'src/app.ts:modified', 'src/client/api-types.ts:modified']);
    expect(diffs[2]!.patch).toContain('priority');
    const specPatch = diffs[0]!.patch;
    expect(specPatch).toContain('-      required: [id, title, done]\n+      required: [id, title, done, priority]\n');
    expect(specPatch).toContain("+        priority:\n+          $ref: '#/components/schemas/Priority'\n");

    // The API serves the new contract.
    const created = await fetch(`${result.previewUrl}/todos`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Call the plumber' }) });
    expect(await created.json()).toMatchObject({ title: 'Call the plumber', done: false, priority: 'normal' });
  }, 600_000);
});
