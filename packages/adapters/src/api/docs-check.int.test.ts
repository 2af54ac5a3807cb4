import { existsSync, statSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '@buildwright/core';
import { chromiumArgs, launchChromium } from '../checks/chromium-launch.js';
import { runInOrder, templateProjects } from '../checks/template-projects.test-support.js';
import { honoApiTemplate } from '../templates/index.js';
import { transcriptFiles } from './api-transcript-files.test-support.js';
import { apiChecks } from './index.js';

// The docs check on real projects in the local sandbox: the todo API's docs page (Swagger UI from
// swagger-ui-dist, served in the sandbox) loaded in real Chromium, and specs and servers that break it.
const projects = templateProjects(undefined, honoApiTemplate);
afterAll(() => projects.cleanup());

const todoFiles = transcriptFiles('todo-api.json');
const todoSpec = todoFiles['openapi.yaml']!;
const withDescription = (description: string) => todoSpec.replace('  version: 1.0.0\n', `  version: 1.0.0\n  description: ${JSON.stringify(description)}\n`);
// Install, start the server, then the docs: the other checks have their own tests.
const docsOnly = () => apiChecks({ client: false, validate: false, spec: false, contract: false, tests: false });
const outcomes = (results: Array<{ name: string; result: CheckResult }>) => results.map(({ name, result }) => `${name}:${result.status}`);
const report = (result: CheckResult | undefined) => (result?.status === 'failed' ? result.report : JSON.stringify(result));

describe('docsCheck on real projects (local sandbox, real Chromium)', () => {
  it('default: the todo API has docs on their own origin, from openapi.yaml with "try it" pointed at the live API: every operation shown, "try it" answered, a screenshot', async () => {
    const project = await projects.open(todoFiles);
    const results = await runInOrder(docsOnly(), project.context);
    expect(outcomes(results), JSON.stringify(results, null, 1)).toEqual(['imports:passed', 'install:passed', 'start:passed', 'docs:passed']);
    const docs = results.at(-1)!.result as Extract<CheckResult, { status: 'passed' }>;
    const { url, docsUrl, screenshotPath } = docs.preview!;
    expect(docsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(new URL(docsUrl!).origin).not.toBe(new URL(url).origin);
    expect(screenshotPath && existsSync(screenshotPath) && statSync(screenshotPath).size).toBeGreaterThan(10_000);
    const notice = project.events.find((event) => event.type === 'notice.posted' && event.message.startsWith('Docs check'));
    expect(notice).toMatchObject({ level: 'info', message: `Docs check: 6 operations of openapi.yaml shown in Swagger UI at ${docsUrl}; "try it" on GET /health answered 200` });

    // The page: Swagger UI from this origin only, a policy that lets it call the API's origin and nothing else.
    const page = await (await fetch(docsUrl!)).text();
    expect(page).toContain(`connect-src 'self' ${new URL(url).origin};`);
    expect(page).toContain("script-src 'self';");
    expect(page).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    // The spec as data, its servers replaced by the live API.
    const spec = (await (await fetch(`${docsUrl}/openapi.json`)).json()) as { servers: Array<{ url: string }>; paths: Record<string, unknown> };
    expect(spec.servers.map((server) => server.url)).toEqual([url]);
    expect(Object.keys(spec.paths)).toEqual(['/health', '/todos', '/todos/{id}']);

    // Seen from outside the check: the docs keep serving after it, with every operation on the page.
    const browser = await launchChromium({ adapter: 'docsCheck', executablePath: '/usr/bin/chromium', args: chromiumArgs });
    try {
      const browserPage = await browser.newPage();
      await browserPage.goto(docsUrl!);
      await browserPage.locator('.opblock').nth(5).waitFor();
      expect(await browserPage.locator('.opblock-summary-operation-id').allTextContents()).toEqual(['getHealth', 'listTodos', 'createTodo', 'getTodo', 'updateTodo', 'deleteTodo']);
    } finally {
      await browser.close();
    }
    await project.close();
  }, 300_000);

  it('error: a spec that breaks its docs page (a badge from another host, an inline event handler) fails the check, and nothing in the spec runs as script', async () => {
    const hostile = withDescription('A todo API. ![build](https://badges.example.com/todo.svg) <img src="x" onerror="document.title=\'pwned\'">');
    const project = await projects.open({ ...todoFiles, 'openapi.yaml': hostile });
    const results = await runInOrder(docsOnly(), project.context);
    expect(outcomes(results)).toEqual(['imports:passed', 'install:passed', 'start:passed', 'docs:failed']);
    const text = report(results.at(-1)!.result);
    expect(text).toMatch(/^Docs check failed: the API docs page \(openapi\.yaml in Swagger UI\) does not work in Chromium \(http:\/\/127\.0\.0\.1:\d+\)\n/);
    // The page's policy refused both before they ran or left the browser (Swagger UI's sanitizer drops the handler too).
    expect(text).toContain(`Console error: Loading the image 'https://badges.example.com/todo.svg' violates the following Content Security Policy directive: "img-src 'self' data:"`);
    expect(text).toMatch(/Console error: Executing inline event handler violates the following Content Security Policy directive 'script-src 'self''/);
    expect(text).toContain('descriptions are Markdown, so write no HTML event handlers, scripts, or images and links to other hosts');

    // The docs server still serves the page: opened without the check's egress policy, the handler does not run either.
    const docsPort = /\((http:\/\/127\.0\.0\.1:\d+)\)/.exec(text)![1]!;
    const browser = await launchChromium({ adapter: 'docsCheck', executablePath: '/usr/bin/chromium', args: chromiumArgs });
    try {
      const page = await browser.newPage();
      await page.goto(docsPort);
      await page.locator('.opblock').first().waitFor();
      await page.waitForTimeout(500);
      expect(await page.title()).toBe('API docs');
      expect(await page.locator('.info img[onerror]').count()).toBe(0);
    } finally {
      await browser.close();
    }
    await project.close();
  }, 300_000);

  it('error: an API that does not let the docs page call it (no CORS in src/server.ts) fails "try it", saying what to keep', async () => {
    const withoutCors = `import { serve } from '@hono/node-server';
import { app } from './app';

serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: process.env.HOST });
`;
    const project = await projects.open({ ...todoFiles, 'src/server.ts': withoutCors });
    const results = await runInOrder(docsOnly(), project.context);
    expect(outcomes(results)).toEqual(['imports:passed', 'install:passed', 'start:passed', 'docs:failed']);
    const text = report(results.at(-1)!.result);
    expect(text).toMatch(/"Try it" on getHealth GET \/health got no answer from http:\/\/127\.0\.0\.1:\d+ \(.*Failed to fetch.*\): the API must allow requests from the docs page's origin \(CORS\)/);
    expect(text).toMatch(/Console error: Access to fetch at 'http:\/\/127\.0\.0\.1:\d+\/health' from origin 'http:\/\/127\.0\.0\.1:\d+' has been blocked by CORS policy/);
    await project.close();
  }, 300_000);

  it('error: a spec Swagger UI cannot show fails the check with what Swagger UI says, naming each operation missing from the page', async () => {
    // An OpenAPI version Swagger UI does not know: it renders no operation (the spec check would refuse the document first; it is off here).
    const broken = todoSpec.replace('openapi: 3.1.0', 'openapi: 4.0.0');
    const project = await projects.open({ ...todoFiles, 'openapi.yaml': broken });
    const results = await runInOrder(docsOnly(), project.context);
    expect(outcomes(results)).toEqual(['imports:passed', 'install:passed', 'start:passed', 'docs:failed']);
    const text = report(results.at(-1)!.result);
    expect(text).toContain('openapi.yaml: Swagger UI reports: Unable to render this definition');
    for (const operation of ['getHealth GET /health', 'listTodos GET /todos', 'createTodo POST /todos', 'deleteTodo DELETE /todos/{id}']) {
      expect(text).toMatch(new RegExp(`openapi\\.yaml:\\d+: ${operation.replace(/[{}/]/g, '\\$&')} is not shown on the docs page`));
    }
    await project.close();
  }, 300_000);
});
