import { readdir, readFile, rm } from 'node:fs/promises';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleTestPage } from '../test-page.test-support.js';
import { listTodosFailure } from './api-run-events.test-support.js';

// <ApiExplorer/> in real Chromium: the page (bundled here with esbuild, code-split as an app's
// bundler would) renders a provider whose snapshot is folded from an API run's events; try-it calls
// real node:http servers on other origins: a todo API that allows CORS, one that does not, and a
// port where nothing listens.
let outDir: string;
let browser: Browser;
const servers: Server[] = [];
let pageOrigin: string;
let corsApi: string;
let plainApi: string;
let deadApi: string;
const received: Array<{ method: string; url: string; contentType: string | undefined; body: string }> = [];

async function listen(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A small todo API; with `cors` it lets any origin read its answers and answers preflights. */
function todoApi(cors: boolean): RequestListener {
  const todos = new Map<string, { id: string; title: string; done: boolean }>();
  return (request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk));
    request.on('end', () => {
      const headers: Record<string, string> = cors ? { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'location' } : {};
      if (request.method === 'OPTIONS') {
        response.writeHead(204, { ...headers, 'access-control-allow-methods': 'GET,POST,PUT,PATCH,DELETE', 'access-control-allow-headers': 'content-type' });
        return void response.end();
      }
      received.push({ method: request.method!, url: request.url!, contentType: request.headers['content-type'], body });
      const json = (status: number, value: unknown, extra: Record<string, string> = {}) => {
        response.writeHead(status, { ...headers, 'content-type': 'application/json', ...extra });
        response.end(JSON.stringify(value));
      };
      const url = new URL(request.url!, 'http://api');
      if (request.method === 'POST' && url.pathname === '/todos') {
        const todo = { id: `t${todos.size + 1}`, done: false, ...(JSON.parse(body) as { title: string }) };
        todos.set(todo.id, todo);
        return json(201, todo, { location: `/todos/${todo.id}` });
      }
      if (request.method === 'GET' && url.pathname === '/todos')
        return json(
          200,
          [...todos.values()].filter((todo) => !url.searchParams.has('done') || String(todo.done) === url.searchParams.get('done')),
        );
      const todo = todos.get(decodeURIComponent(url.pathname.replace(/^\/todos\//, '')));
      if (request.method === 'GET' && todo) return json(200, todo);
      json(404, { error: 'NotFound', message: `No route for ${request.method} ${url.pathname}` });
    });
  };
}

beforeAll(async () => {
  outDir = await bundleTestPage(new URL('./api-explorer-page.test-support.tsx', import.meta.url), 'API explorer');
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
  pageOrigin = await listen(async (request, response) => {
    const name = request.url === '/' ? 'index.html' : request.url!.slice(1).split('?')[0]!;
    try {
      const content = await readFile(join(outDir, name));
      response.writeHead(200, { 'content-type': types[extname(name)] ?? 'application/octet-stream' });
      response.end(content);
    } catch {
      response.writeHead(404).end();
    }
  });
  corsApi = await listen(todoApi(true));
  plainApi = await listen(todoApi(false));
  const dead = createServer();
  await new Promise<void>((resolve) => dead.listen(0, '127.0.0.1', resolve));
  deadApi = `http://127.0.0.1:${(dead.address() as AddressInfo).port}`;
  await new Promise((resolve) => dead.close(resolve));
  browser = await chromium.launch({ executablePath: process.env.BUILDWRIGHT_CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

async function openExplorer(count: number | 'all', apiUrl: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${pageOrigin}/`);
  await page.waitForFunction(() => 'showRun' in window);
  await page.evaluate(
    ([count, apiUrl]) =>
      (window as unknown as { showRun(count: number, url: string): void; eventCount: number }).showRun(
        count === 'all' ? (window as unknown as { eventCount: number }).eventCount : Number(count),
        String(apiUrl),
      ),
    [count, apiUrl] as const,
  );
  return { page, errors };
}

const operation = (page: Page, operationId: string) => page.locator(`li[data-operation="${operationId}"]`);
const status = (page: Page) => page.locator('.bw-api-status');

describe('<ApiExplorer/> in Chromium', () => {
  it('default: the bundle loads the YAML parser as a lazy chunk, only when a spec is shown', async () => {
    const files = await readdir(outDir);
    const page = await readFile(join(outDir, 'page.js'), 'utf8');
    const chunks = await Promise.all(files.filter((file) => file.endsWith('.js') && file !== 'page.js').map((file) => readFile(join(outDir, file), 'utf8')));
    expect(page).not.toContain('Map keys must be unique');
    expect(chunks.filter((chunk) => chunk.includes('Map keys must be unique'))).toHaveLength(1);
  });

  it('behavior: from folded events, the spec (parsed in the browser) lists operations by tag; checking, failed, then passed results follow the run', async () => {
    const { page, errors } = await openExplorer(2, corsApi);
    await operation(page, 'createTodo').locator('.bw-api-summary', { hasText: 'Create a todo' }).waitFor();
    expect(await page.locator('.bw-api-group-title').allTextContents()).toEqual(['meta', 'todos']);
    expect(await page.locator('h3').textContent()).toBe('Todo API');
    expect(await status(page).textContent()).toContain('Checking the contract');
    expect(await page.getByTestId('bw-api-explorer').getAttribute('aria-busy')).toBe('true');

    await page.evaluate(() => (window as unknown as { showRun(count: number, url: string): void }).showRun(4, ''));
    await operation(page, 'listTodos').locator('[data-result="failed"]').waitFor();
    expect(await operation(page, 'listTodos').locator('.bw-api-failure dd').allTextContents()).toEqual([listTodosFailure.request, listTodosFailure.expected, listTodosFailure.actual]);
    expect(await operation(page, 'createTodo').getAttribute('data-result')).toBe('passed');
    expect(await status(page).textContent()).toContain('Contract check failed: 1 of 4 operations');

    await page.evaluate(
      (url) => (window as unknown as { showRun(count: number, url: string): void; eventCount: number }).showRun((window as unknown as { eventCount: number }).eventCount, url),
      corsApi,
    );
    await status(page).filter({ hasText: 'Contract check passed' }).waitFor();
    expect(await page.locator('li[data-result="passed"]').count()).toBe(4);
    expect(await page.getByRole('link', { name: 'API docs ↗' }).getAttribute('href')).toBe(`${corsApi}/docs`);

    // An edit run starts without results of its own: the last ones stay, said to be checked again.
    await page.evaluate(() => (window as unknown as { startEdit(): void }).startEdit());
    await status(page).filter({ hasText: 'A run is under way' }).waitFor();
    expect(await status(page).textContent()).toContain('Last check: Contract check passed: all 4 operations');
    expect(await page.locator('li[data-result="passed"]').count()).toBe(4);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('behavior: try-it, by keyboard, sends the spec example to the live API and shows status, headers and body; a created id then reads it back', async () => {
    const { page, errors } = await openExplorer('all', corsApi);
    const create = page.getByRole('button', { name: /^POST \/todos Create a todo/ });
    await create.focus();
    await page.keyboard.press('Enter');
    expect(await create.getAttribute('aria-expanded')).toBe('true');
    const form = page.getByRole('form', { name: 'Try POST /todos' });
    const body = form.getByRole('textbox', { name: /Request body/ });
    expect(JSON.parse(await body.inputValue())).toEqual({ title: 'Buy milk' });
    await body.fill('{ "title": "Walk the dog" }');
    await body.press('Control+Enter');
    const answer = operation(page, 'createTodo').getByRole('region', { name: 'Response' });
    await answer.getByTestId('bw-try-it-status').waitFor();
    expect(await answer.getByTestId('bw-try-it-status').textContent()).toBe('201 Created');
    expect(JSON.parse((await answer.locator('pre').textContent())!)).toEqual({ id: 't1', done: false, title: 'Walk the dog' });
    await answer.getByText('Headers (').click();
    expect(await answer.locator('dt', { hasText: 'location' }).locator('xpath=following-sibling::dd[1]').textContent()).toBe('/todos/t1');
    expect(received.at(-1)).toEqual({ method: 'POST', url: '/todos', contentType: 'application/json', body: '{ "title": "Walk the dog" }' });

    await page.getByRole('button', { name: /^GET \/todos\/\{id\}/ }).click();
    const read = page.getByRole('form', { name: 'Try GET /todos/{id}' });
    await read.getByRole('textbox', { name: /^id/ }).fill('t1');
    await read.getByRole('textbox', { name: /^id/ }).press('Enter');
    const readAnswer = operation(page, 'getTodo').getByRole('region', { name: 'Response' });
    await readAnswer.getByTestId('bw-try-it-status').waitFor();
    expect(await readAnswer.getByTestId('bw-try-it-status').textContent()).toBe('200 OK');
    expect(await readAnswer.locator('pre').textContent()).toContain('"title": "Walk the dog"');
    expect(received.at(-1)).toMatchObject({ method: 'GET', url: '/todos/t1' });
    // Opened again, the first form still shows its answer.
    expect(await answer.isVisible()).toBe(false);
    await create.click();
    expect(await answer.getByTestId('bw-try-it-status').textContent()).toBe('201 Created');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('error: a required path parameter left empty or a body that is not JSON is refused before anything is sent', async () => {
    const { page } = await openExplorer('all', corsApi);
    const before = received.length;
    await page.getByRole('button', { name: /^GET \/todos\/\{id\}/ }).click();
    await page.getByRole('form', { name: 'Try GET /todos/{id}' }).getByRole('button', { name: 'Send' }).click();
    expect(await operation(page, 'getTodo').getByRole('alert').textContent()).toBe('Fill in id (path): the operation needs it.');
    await page.getByRole('button', { name: /^POST \/todos/ }).click();
    const form = page.getByRole('form', { name: 'Try POST /todos' });
    await form.getByRole('textbox', { name: /Request body/ }).fill('{ title: ');
    await form.getByRole('button', { name: 'Send' }).click();
    expect(await operation(page, 'createTodo').getByRole('alert').textContent()).toMatch(/^The body is not valid JSON \(.+\)\. Fix it, or empty it to send no body\.$/);
    expect(received.length).toBe(before);
    await page.close();
  });

  it('error: when the API server is down, try-it says nothing answers there and what to do', async () => {
    const { page } = await openExplorer('all', deadApi);
    await page.getByRole('button', { name: /^GET \/health/ }).click();
    await page.getByRole('form', { name: 'Try GET /health' }).getByRole('button', { name: 'Send' }).click();
    const alert = operation(page, 'getHealth').locator('[data-reason]');
    await alert.waitFor();
    expect(await alert.getAttribute('data-reason')).toBe('unreachable');
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toContain(`Could not reach the API at ${deadApi}: nothing answers there.`);
    expect(await alert.textContent()).toContain('run the project again to start it');
    await page.close();
  });

  it('error: an API that does not allow this origin (CORS) is told apart from one that is down, with the fix', async () => {
    const { page } = await openExplorer('all', plainApi);
    const before = received.length;
    await page.getByRole('button', { name: /^GET \/todos List todos/ }).click();
    await page.getByRole('form', { name: 'Try GET /todos' }).getByRole('button', { name: 'Send' }).click();
    const alert = operation(page, 'listTodos').locator('[data-reason]');
    await alert.waitFor();
    expect(await alert.getAttribute('data-reason')).toBe('cors');
    expect(await alert.textContent()).toContain(`The API at ${plainApi} is up, but the browser did not let this page (${pageOrigin}) read its answer`);
    expect(await alert.textContent()).toContain("app.use(cors()) from 'hono/cors'");
    // The request reached the server (a simple GET needs no preflight): only reading the answer was refused.
    expect(received.slice(before).map((entry) => entry.url)).toContain('/todos');
    await page.close();
  });

  it('behavior: without a running API, try-it says why it cannot send', async () => {
    const { page } = await openExplorer(4, '');
    await page.getByRole('button', { name: /^GET \/health/ }).click();
    const form = page.getByRole('form', { name: 'Try GET /health' });
    expect(await form.getByRole('button', { name: 'Send' }).isDisabled()).toBe(true);
    expect(await form.getByRole('note').textContent()).toContain('The API is not running, so requests cannot be sent.');
    await page.close();
  });
});
