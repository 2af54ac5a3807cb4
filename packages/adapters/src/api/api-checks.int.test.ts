import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { runInOrder, templateProjects } from '../checks/template-projects.test-support.js';
import { honoApiTemplate } from '../templates/index.js';
import { transcriptFiles } from './api-transcript-files.test-support.js';
import { apiChecks } from './index.js';

// The API checks on real projects in the local sandbox (bubblewrap when present): the hono-api
// template alone, and the todo API of fixtures/todo-api.json on top of it.
const projects = templateProjects(undefined, honoApiTemplate);
afterAll(() => projects.cleanup());

const todoFiles = transcriptFiles('todo-api.json');
const allPassed = ['imports:passed', 'install:passed', 'client:passed', 'validate:passed', 'spec:passed', 'start:passed', 'contract:passed', 'api-tests:passed', 'docs:passed'];
const outcomes = (results: Awaited<ReturnType<typeof runInOrder>>) => results.map(({ name, result }) => `${name}:${result.status}`);

describe('apiChecks() on real projects', () => {
  it('default: the hono-api template passes every check unchanged', async () => {
    const project = await projects.open();
    const results = await runInOrder(apiChecks(), project.context);
    expect(outcomes(results), JSON.stringify(results, null, 1)).toEqual(allPassed);
    await project.close();
  }, 300_000);

  it('behavior: the todo API passes, every operation is called, and the server keeps serving', async () => {
    const project = await projects.open(todoFiles);
    const results = await runInOrder(apiChecks(), project.context);
    expect(outcomes(results), JSON.stringify(results, null, 1)).toEqual(allPassed);
    const report = project.events.find((event) => event.type === 'api.contract_checked');
    expect(report).toMatchObject({ specPath: 'openapi.yaml', seed: 1, passed: true });
    const checked = report?.type === 'api.contract_checked' ? report.operations : [];
    expect(checked.map((operation) => operation.operationId).sort()).toEqual(['createTodo', 'deleteTodo', 'getHealth', 'getTodo', 'listTodos', 'updateTodo']);
    expect(checked.every((operation) => operation.failure === null)).toBe(true);
    const contract = results.find((result) => result.name === 'contract')!.result;
    expect(contract.status === 'passed' && contract.preview?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const url = (contract as { preview: { url: string } }).preview.url;
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: 'ok' });
    // The docs check's preview: the same API, and its docs page on another origin.
    const docs = results.find((result) => result.name === 'docs')!.result;
    expect(docs).toMatchObject({ status: 'passed', preview: { url, docsUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) } });
    await project.close();
  }, 300_000);

  it('error: under bubblewrap the API server has no network: neither the internet nor a service on the host loopback answers it', async () => {
    let hostHits = 0;
    const host = createServer((_request, response) => {
      hostHits += 1;
      response.end('host');
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
    // /health answers 200 only when both fetches fail, 500 (and the start check fails) when one gets through.
    const app = honoApiTemplate.files['src/app.ts']!.replace(
      "implement(app, 'getHealth', (c) => c.json({ status: 'ok' }));",
      `implement(app, 'getHealth', async (c) => {
  const reached: string[] = [];
  for (const url of ['https://registry.npmjs.org/', '${hostUrl}']) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      reached.push(url);
    } catch {
      // Refused: what the sandbox promises.
    }
  }
  return reached.length === 0 ? c.json({ status: 'ok' }) : c.json({ reached }, 500);
});`,
    );
    try {
      const { context, sandbox } = await projects.open({ 'src/app.ts': app });
      expect(sandbox.isolation).toBe('bubblewrap');
      const results = await runInOrder(apiChecks({ client: false, validate: false, spec: false, contract: false, tests: false, docs: false }), context);
      expect(outcomes(results), JSON.stringify(results, null, 1)).toEqual(['imports:passed', 'install:passed', 'start:passed']);
      expect(hostHits).toBe(0);
      // The host service is up and answers from outside the sandbox: the refusal above is the sandbox's doing.
      expect(await (await fetch(hostUrl)).text()).toBe('host');
    } finally {
      host.close();
    }
  }, 300_000);
});
