import type { BuilderHandler } from '@buildwright/core/http';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServer } from '../server/create-app-server.js';
import { createDemoBuilder } from '../server/demo-builder.js';

const exampleDir = fileURLToPath(new URL('..', import.meta.url));
const artifactsDir = join(exampleDir, 'test-artifacts');
let staticDir: string;
let browser: Browser;
const cleanups: Array<() => Promise<unknown>> = [];

beforeAll(async () => {
  staticDir = await mkdtemp(join(tmpdir(), 'bw-react-app-'));
  await build({ configFile: join(exampleDir, 'vite.config.ts'), build: { outDir: staticDir, emptyOutDir: true }, logLevel: 'error' });
  browser = await chromium.launch({
    executablePath: process.env.BUILDWRIGHT_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await browser?.close();
  await rm(staticDir, { recursive: true, force: true });
});

/** Cuts the first `times` event streams after `afterEvents` events (the server closes the connection). */
function cutStreams(times: number, afterEvents: number) {
  const stats = { connections: 0, cuts: 0 };
  const wrap =
    (handler: BuilderHandler): BuilderHandler =>
    async (request) => {
      const response = await handler(request);
      if (!new URL(request.url).pathname.endsWith('/events')) return response;
      stats.connections++;
      if (stats.cuts >= times) return response;
      let events = 0;
      const decoder = new TextDecoder();
      const body = response.body!.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            controller.enqueue(chunk);
            events += (decoder.decode(chunk).match(/^id: /gm) ?? []).length;
            if (events >= afterEvents) {
              stats.cuts++;
              controller.error(new Error('cut by the test server'));
            }
          },
        }),
      );
      return new Response(body, { status: response.status, headers: response.headers });
    };
  return { wrap, stats };
}

async function startApp(options: { delayMs: number; wrapHandler?: (handler: BuilderHandler) => BuilderHandler }) {
  const builder = createDemoBuilder({ delayMs: options.delayMs });
  const server = createAppServer({ builder, staticDir, ...(options.wrapHandler ? { wrapHandler: options.wrapHandler } : {}) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(
    () => builder.close(),
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function openPage(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  cleanups.push(() => page.close());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  cleanups.push(async () => expect(pageErrors).toEqual([]));
  await page.goto(url);
  return page;
}

async function send(page: Page, prompt: string) {
  const box = page.getByRole('textbox', { name: /Describe the app to build|Ask for a change/ });
  await box.fill(prompt);
  await box.press('Enter');
}

/** Waits for the chat to show `count` run summaries and no run in progress. */
async function waitForSummaries(page: Page, count: number) {
  await page.waitForFunction((expected) => document.querySelectorAll('.bw-message[data-kind="summary"]').length === expected && !document.querySelector('button[aria-label="Stop the run"]'), count, {
    timeout: 30_000,
  });
}

const chatState = (page: Page) =>
  page.evaluate(() => ({
    // Check durations differ between two runs of the same transcript: compare them as a placeholder.
    messages: [...document.querySelectorAll<HTMLElement>('.bw-message')].map((element) => [element.dataset.kind, element.textContent?.replace(/\d+ ms/g, 'N ms')]),
    steps: [...document.querySelectorAll<HTMLElement>('[data-step]')].map((element) => [element.dataset.step, element.dataset.status]),
    files: [...document.querySelectorAll<HTMLElement>('[role=tree] [role=treeitem]')].map((element) => element.dataset.path),
    versions: [...document.querySelectorAll<HTMLElement>('[data-version]')].map((element) => element.dataset.version),
  }));

const appTitle = (page: Page) => page.frameLocator('iframe[title="App preview"]').locator('#title');

describe('examples/react-app in Chromium', () => {
  it('default: a prompt shows the plan, steps ticking, files appearing, and the generated app in the preview', async () => {
    const page = await openPage(await startApp({ delayMs: 150 }));
    // Record every committed state of the plan and the file tree while the run goes.
    await page.evaluate(() => {
      const timeline: string[] = [];
      (window as unknown as { timeline: string[] }).timeline = timeline;
      const record = () => {
        const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')].map((element) => `${element.dataset.step}=${element.dataset.status}`).join(',');
        const files = [...document.querySelectorAll<HTMLElement>('[role=tree] [role=treeitem]')].map((element) => element.dataset.path).join(',');
        const entry = `${steps}|${files}`;
        if (timeline.at(-1) !== entry) timeline.push(entry);
      };
      new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
    });
    await send(page, 'a counter page');
    await page.getByTestId('bw-plan').waitFor();
    expect(await page.getByTestId('bw-plan').locator('h3').textContent()).toContain('Counter page');
    await waitForSummaries(page, 1);

    const timeline = await page.evaluate(() => (window as unknown as { timeline: string[] }).timeline);
    expect(timeline.some((entry) => entry.startsWith('page=running,logic=pending|'))).toBe(true);
    expect(timeline.some((entry) => entry.startsWith('page=done,logic=running|'))).toBe(true);
    // Files showed up in the tree while the run was still going.
    expect(timeline.some((entry) => entry.startsWith('page=running') && entry.includes('index.html'))).toBe(true);
    expect(timeline.at(-1)).toBe('page=done,logic=done|app.js,index.html,style.css');

    // The version list is fetched once the run completes, after the summary shows.
    await page.locator('[data-version="1"]').waitFor();
    const state = await chatState(page);
    expect(state.messages.map(([kind]) => kind)).toEqual(['prompt', 'activity', 'text', 'text', 'text', 'summary']);
    expect(state.versions).toEqual(['1']);
    expect(await page.getByTestId('bw-cost').textContent()).toMatch(/^\$0\.0000 · [\d.]+k? tokens \(est\.\)$/);

    await appTitle(page).waitFor();
    expect(await appTitle(page).textContent()).toBe('Hello from Buildwright');
    const counter = page.frameLocator('iframe[title="App preview"]').locator('#count');
    await counter.click();
    expect(await counter.textContent()).toBe('count is 1');
    expect(await page.getByTestId('bw-code-view').locator('pre').textContent()).toContain('Hello from Buildwright');

    await mkdir(artifactsDir, { recursive: true });
    await page.screenshot({ path: join(artifactsDir, 'builder-chat.png'), fullPage: true });
  });

  it('behavior: event streams cut by the server mid-run reconnect; the final UI equals an uninterrupted run with no duplicate', async () => {
    const { wrap, stats } = cutStreams(2, 5);
    const [reference, interrupted] = await Promise.all([openPage(await startApp({ delayMs: 120 })), openPage(await startApp({ delayMs: 120, wrapHandler: wrap }))]);
    await Promise.all([send(reference, 'a counter page'), send(interrupted, 'a counter page')]);
    await Promise.all([waitForSummaries(reference, 1), waitForSummaries(interrupted, 1)]);
    await appTitle(interrupted).waitFor();

    expect(stats.cuts).toBe(2);
    expect(stats.connections).toBeGreaterThanOrEqual(3);
    const [expected, actual] = await Promise.all([chatState(reference), chatState(interrupted)]);
    expect(actual).toEqual(expected);
    expect(new Set(actual.messages.map((message) => message.join('|'))).size).toBe(actual.messages.length);
    expect(await appTitle(interrupted).textContent()).toBe('Hello from Buildwright');
  });

  it('behavior: Stop cancels the run', async () => {
    const page = await openPage(await startApp({ delayMs: 400 }));
    await send(page, 'a counter page');
    await page.getByTestId('bw-plan').waitFor();
    await page.getByRole('button', { name: 'Stop the run' }).click();
    await page.locator('.bw-message[data-kind="notice"]').waitFor();
    expect(await page.locator('.bw-message[data-kind="notice"]').textContent()).toContain('stopped by the user');
    expect(await page.getByRole('button', { name: 'Stop the run' }).count()).toBe(0);
    expect(await page.locator('.bw-message[data-kind="summary"]').count()).toBe(0);
    expect(await page.getByText('No versions yet.').count()).toBe(1);
    expect(await page.getByTestId('bw-preview').getAttribute('data-status')).toBe('none');
  });

  it('behavior: restore in <VersionHistory/> changes the files shown and the preview', async () => {
    const page = await openPage(await startApp({ delayMs: 20 }));
    await send(page, 'a counter page');
    await waitForSummaries(page, 1);
    await send(page, 'rename the title');
    await waitForSummaries(page, 2);
    const code = page.getByTestId('bw-code-view').locator('pre');
    await page.waitForFunction(() => document.querySelector('[data-testid="bw-code-view"] pre')?.textContent?.includes('Edited by Buildwright'));
    await appTitle(page).filter({ hasText: 'Edited by Buildwright' }).waitFor();

    await page.getByRole('button', { name: 'Restore version 1' }).click();
    await page.locator('[data-version="3"][aria-current="true"]').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="bw-code-view"] pre')?.textContent?.includes('Hello from Buildwright'));
    expect(await code.textContent()).not.toContain('Edited by Buildwright');
    await appTitle(page).filter({ hasText: 'Hello from Buildwright' }).waitFor();
    expect((await chatState(page)).versions).toEqual(['3', '2', '1']);
  });
});
