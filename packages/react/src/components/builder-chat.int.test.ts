import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBuilder, type BeforeRunRequest, type Builder, type Transcript } from '@buildwright/core';
import { memorySandbox, memoryStorage, scriptedLlm } from '@buildwright/core/doubles';
import { createBuilderHandler } from '@buildwright/core/http';
import { toNodeListener } from '@buildwright/core/node-http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPageTest, type PageTest } from './test-page.test-support.js';

// <BuilderChat/> in real Chromium against a real handler (memory storage, scripted model replayed per
// run): every run keeps its plan as a collapsible section, parts go through renderPart, the run
// metadata reaches beforeRun, labels translate, and the narrow layout fits a phone.
const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const screenshots = join(repositoryRoot, 'tests/artifacts/builder-chat');
const transcript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    {
      node: 'plan',
      toolCalls: [{ name: 'submit_plan', arguments: { title: 'Greeting page', summary: 'one page', steps: [{ id: 'page', title: 'Write the page', files: ['index.html'] }] } }],
    },
    {
      node: 'build',
      text: 'Writing the **page** with `index.html`.',
      toolCalls: [
        { name: 'write_file', arguments: { path: 'index.html', content: '<div id="root">Hello</div>\n' } },
        { name: 'finish', arguments: { summary: 'Wrote a **greeting** page.' } },
      ],
    },
  ],
};
let pageTest: PageTest;
let builder: Builder;
const admitted: BeforeRunRequest[] = [];

beforeAll(async () => {
  builder = createBuilder({
    llm: scriptedLlm({ transcript, perRun: true }),
    sandbox: memorySandbox(),
    storage: memoryStorage(),
    ownerId: 'alice',
    beforeRun: (request) => void admitted.push(request),
  });
  pageTest = await startPageTest(
    new URL('./builder-chat-page.test-support.tsx', import.meta.url),
    'Chat',
    toNodeListener(createBuilderHandler(builder, { authorize: () => 'alice', basePath: '/api' })),
  );
  await mkdir(screenshots, { recursive: true });
}, 120_000);

afterAll(async () => {
  await pageTest?.close();
  await builder?.close();
});

async function openChat(query = '', viewport = { width: 1000, height: 800 }): Promise<{ page: Page; errors: string[] }> {
  const page = await pageTest.browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${pageTest.origin}/${query}`);
  await page.locator('.bw-chat').waitFor();
  return { page, errors };
}

/** Types a prompt, sends it with the form's submit button and waits for the run to end. */
async function sendAndWait(page: Page, prompt: string, button: string) {
  const runs = await page.locator('.bw-message[data-kind="summary"]').count();
  await page.getByRole('textbox').fill(prompt);
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect.poll(() => page.locator('.bw-message[data-kind="summary"]').count(), { timeout: 20_000 }).toBe(runs + 1);
  await expect.poll(() => page.locator('.bw-chat').getAttribute('data-status')).toBe('ready');
}

describe('<BuilderChat/> in Chromium', () => {
  it("behavior: after an edit the thread still has the first run's plan (collapsed, opens on click); markdown, renderPart and metadata work end to end", async () => {
    admitted.length = 0;
    const { page, errors } = await openChat();
    await sendAndWait(page, 'a greeting page', 'Build');
    await sendAndWait(page, 'make it friendlier', 'Send');

    const activities = page.locator('.bw-message[data-kind="activity"]');
    await expect.poll(() => activities.count()).toBe(2);
    const firstPlan = activities.nth(0).locator('details[data-section="plan"]');
    const secondPlan = activities.nth(1).locator('details[data-section="plan"]');
    // The current run's sections are open; the earlier run's are collapsed but kept.
    expect(await firstPlan.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await secondPlan.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await firstPlan.locator('li[data-step="page"]').isVisible()).toBe(false);
    await firstPlan.locator('summary').click();
    expect(await firstPlan.locator('li[data-step="page"]').isVisible()).toBe(true);
    expect(await firstPlan.locator('li[data-step="page"]').getAttribute('data-status')).toBe('done');
    expect(await firstPlan.locator('summary').innerText()).toBe('Plan: Greeting page 1/1');
    // Files start collapsed in every run; their items are there to open.
    expect(await activities.nth(0).locator('details[data-section="files"] li').allTextContents()).toEqual(['+index.html (written)']);

    // Model prose and summaries are markdown; summaries went through renderPart.
    expect(await page.locator('.bw-message[data-kind="text"] strong').first().innerText()).toBe('page');
    const summaries = page.locator('.custom-summary');
    expect(await summaries.count()).toBe(2);
    expect(await summaries.first().locator('strong').innerText()).toBe('greeting');
    expect(await summaries.first().getAttribute('data-run')).toBe(await activities.nth(0).getAttribute('data-run'));

    // The chat's metadata reached beforeRun through the client and the HTTP handler.
    expect(admitted.map((request) => [request.mode, request.metadata])).toEqual([
      ['generate', { plan: 'pro' }],
      ['edit', { plan: 'pro' }],
    ]);
    const finished = await page.evaluate(() => (window as unknown as { finished: { isAbort: boolean }[] }).finished);
    expect(finished.map((item) => item.isAbort)).toEqual([false, false]);
    await page.screenshot({ path: join(screenshots, 'two-runs.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('behavior: "Try again" sends the last prompt as a new run; labels translate the chat', async () => {
    const { page, errors } = await openChat('?lang=de');
    expect(await page.locator('.bw-chat-title').innerText()).toBe('Baumeister');
    await sendAndWait(page, 'eine Grußseite', 'Bauen');
    expect(await page.locator('.bw-message[data-kind="prompt"] .bw-visually-hidden').first().innerText()).toBe('Sie:');
    const before = admitted.length;
    await page.getByRole('button', { name: 'Nochmal' }).click();
    await expect.poll(() => page.locator('.bw-message[data-kind="summary"]').count(), { timeout: 20_000 }).toBe(2);
    expect(await page.locator('.bw-message[data-kind="prompt"]').allTextContents()).toEqual(['Sie: eine Grußseite', 'Sie: eine Grußseite']);
    expect(admitted.slice(before).map((request) => [request.mode, request.prompt])).toEqual([['edit', 'eine Grußseite']]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('behavior: on a phone-sized screen the chat fits the width (no sideways scroll) and the buttons are touch-sized', async () => {
    const { page, errors } = await openChat('', { width: 375, height: 740 });
    await sendAndWait(page, 'a greeting page with a very long name that should wrap on a narrow screen', 'Build');
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const send = await page.getByRole('button', { name: 'Send', exact: true }).boundingBox();
    expect(send!.height).toBeGreaterThanOrEqual(44);
    expect(await page.locator('.bw-prompt-hint').isVisible()).toBe(false);
    await page.screenshot({ path: join(screenshots, 'phone.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
