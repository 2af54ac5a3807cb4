import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBuilder, type Builder, type Transcript } from '@buildwright/core';
import { memorySandbox, memoryStorage, scriptedLlm } from '@buildwright/core/doubles';
import { createBuilderHandler } from '@buildwright/core/http';
import { toNodeListener } from '@buildwright/core/node-http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPageTest, type PageTest } from './test-page.test-support.js';

// <CodeView editable/> in real Chromium: the page (bundled with esbuild, code-split, so CodeMirror
// is its own chunk) edits a project through a real client and handler (memory storage); a scripted
// edit run lands a version while the user edits, as a concurrent run would.
const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const screenshots = join(repositoryRoot, 'tests/artifacts/code-editor');
const app = 'export function App() {\n  return <h1>Hello</h1>;\n}\n';
const styles = 'h1 { color: navy; }\n';
const runEdit: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'Edit', summary: 'greeting', steps: [{ id: 'edit', title: 'Greeting', files: ['src/App.tsx'] }] } }] },
    {
      node: 'build',
      toolCalls: [
        { name: 'edit_file', arguments: { path: 'src/App.tsx', edits: [{ search: 'Hello', replace: 'Welcome' }] } },
        { name: 'finish', arguments: { summary: 'greeting changed' } },
      ],
    },
  ],
};
let pageTest: PageTest;
let origin: string;
let chunks: string[];
let builder: Builder;

beforeAll(async () => {
  builder = createBuilder({ llm: scriptedLlm({ transcript: runEdit }), sandbox: memorySandbox(), storage: memoryStorage(), ownerId: 'alice' });
  pageTest = await startPageTest(
    new URL('./code-editor-page.test-support.tsx', import.meta.url),
    'Editor',
    toNodeListener(createBuilderHandler(builder, { authorize: () => 'alice', basePath: '/api' })),
  );
  ({ origin, chunks } = pageTest);
  await mkdir(screenshots, { recursive: true });
}, 120_000);

afterAll(async () => {
  await pageTest?.close();
  await builder?.close();
});

async function openEditor(): Promise<{ page: Page; projectId: string; errors: string[] }> {
  const { project } = await builder.importFiles({ ownerId: 'alice', name: 'Editor', kind: 'web', files: { 'src/App.tsx': app, 'src/styles.css': styles } });
  const page = await pageTest.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/?project=${project.id}`);
  await page.locator('.cm-content').waitFor();
  await expect.poll(() => page.locator('.cm-content').innerText()).toContain('Hello');
  return { page, projectId: project.id, errors };
}

/** Types `text` at the end of the editor's first line. */
async function typeOnFirstLine(page: Page, text: string) {
  await page.locator('.cm-line').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

const stored = async (projectId: string) => builder.files(projectId, { ownerId: 'alice' });

describe('<CodeView editable/> in Chromium', () => {
  it('behavior: typing marks the file unsaved; Mod-S stores version 2 with the edit; the editor is a chunk of its own', async () => {
    const before = chunks.length;
    const { page, projectId, errors } = await openEditor();
    expect(chunks.slice(before).length).toBeGreaterThan(1);
    await expect.poll(() => page.getByText('Unsaved', { exact: true }).count()).toBe(0);
    await typeOnFirstLine(page, ' // edited');
    await expect.poll(() => page.getByText('Unsaved', { exact: true }).count()).toBe(1);
    await page.screenshot({ path: join(screenshots, 'unsaved.png') });

    await page.keyboard.press('Control+s');
    await page.getByText('Saved as version 2').waitFor();
    const files = await stored(projectId);
    expect(files.version.number).toBe(2);
    expect(files.files['src/App.tsx']).toBe(app.replace('export function App() {', 'export function App() { // edited'));
    expect(files.files['src/styles.css']).toBe(styles);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('behavior: drafts survive switching files and are saved together in one version', async () => {
    const { page, projectId } = await openEditor();
    await typeOnFirstLine(page, ' // a');
    await page.locator('button[data-file="src/styles.css"]').click();
    await expect.poll(() => page.locator('.cm-content').innerText()).toContain('navy');
    await page.getByText('1 other file unsaved').waitFor();
    await typeOnFirstLine(page, ' /* b */');
    await page.locator('button[data-file="src/App.tsx"]').click();
    await expect.poll(() => page.locator('.cm-content').innerText()).toContain('// a');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved as version 2').waitFor();
    const files = await stored(projectId);
    expect(files.files['src/App.tsx']).toContain('// a');
    expect(files.files['src/styles.css']).toBe('h1 { color: navy; } /* b */\n');
    await page.close();
  });

  it('behavior: a run that lands a version meanwhile makes Save a conflict; the edits stay in the editor, and saving over the new version keeps both', async () => {
    const { page, projectId } = await openEditor();
    await page.locator('button[data-file="src/styles.css"]').click();
    await expect.poll(() => page.locator('.cm-content').innerText()).toContain('navy');
    await typeOnFirstLine(page, ' /* mine */');
    await builder.edit(projectId, { prompt: 'say Welcome' }).result;

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const conflict = page.getByTestId('bw-save-conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('now version 2');
    expect(await page.locator('.cm-content').innerText()).toContain('/* mine */');
    expect((await stored(projectId)).version.number).toBe(2);
    await page.screenshot({ path: join(screenshots, 'conflict.png') });

    await page.getByRole('button', { name: 'Save over version 2' }).click();
    await page.getByText('Saved as version 3').waitFor();
    const files = await stored(projectId);
    expect(files.files['src/styles.css']).toBe('h1 { color: navy; } /* mine */\n');
    expect(files.files['src/App.tsx']).toContain('Welcome');
    // The client reloaded the project: the other file shows the run's change.
    await page.locator('button[data-file="src/App.tsx"]').click();
    await expect.poll(() => page.locator('.cm-content').innerText()).toContain('Welcome');
    await page.close();
  });

  it('behavior: Discard puts the project content back; leaving the page with unsaved edits is held back (beforeunload)', async () => {
    const { page } = await openEditor();
    await typeOnFirstLine(page, ' // gone');
    await page.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => page.locator('.cm-content').innerText()).not.toContain('// gone');
    expect(await page.getByText('Unsaved', { exact: true }).count()).toBe(0);

    const leaving = () =>
      page.evaluate(() => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      });
    expect(await leaving()).toBe(false);
    await typeOnFirstLine(page, ' // pending');
    await expect.poll(leaving).toBe(true);
    await page.close();
  });
});
