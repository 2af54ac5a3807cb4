import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildwrightEvent, EventOf, RunNode } from '@buildwright/core';
import { pgliteStorage } from '../pglite/index.js';
import { checkOutcomes, collectEvents, webRuns } from './web-run.test-support.js';

// End to end through createBuilder: scripted model, local sandbox (bubblewrap when present), the
// react-vite template, webChecks() with the shared dependency cache, and real Chromium.
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const runs = webRuns();
afterAll(() => runs.cleanup());

const allPassed = ['imports:passed', 'install:passed', 'validate:passed', 'build-app:passed', 'browser:passed'];
const ofType = <T extends BuildwrightEvent['type']>(events: BuildwrightEvent[], type: T) => events.filter((event): event is EventOf<T> => event.type === type);

async function loadInChromium(url: string): Promise<{ heading: string; afterClick: string; errors: string[] }> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.BUILDWRIGHT_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load' });
    const heading = await page.locator('h1').innerText();
    await page.getByRole('button').click();
    await page.getByText('Clicked 1 times').waitFor();
    return { heading, afterClick: await page.getByRole('button').innerText(), errors };
  } finally {
    await browser.close();
  }
}

describe('web runs end to end (scripted model, local sandbox, web checks, Chromium)', () => {
  it('default: counter-app.json passes every check, and preview.ready serves the app after the run with a screenshot of it', async () => {
    const storage = pgliteStorage();
    const { builder } = runs.builder(fixture('counter-app.json'), { storage });
    const run = builder.generate({ prompt: 'A counter app: a heading and a button that counts clicks', kind: 'web' });
    const events = await collectEvents(run);
    const result = await run.result;

    expect(checkOutcomes(events)).toEqual(allPassed);
    expect(ofType(events, 'fix.started')).toEqual([]);
    const [ready, ...moreReady] = ofType(events, 'preview.ready');
    expect(moreReady).toEqual([]);
    expect(ready!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(result.previewUrl).toBe(ready!.url);
    expect(events.at(-1)).toMatchObject({ type: 'run.completed', versionNumber: 1 });

    // The version holds the model's files on top of the template, and storage replays every event.
    const stored = await storage.getVersionFiles({ ownerId: 'local', projectId: run.projectId });
    expect(stored?.files['src/components/Counter.tsx']).toContain('Clicked {count} times');
    expect(stored?.files['index.html']).toContain('<div id="root"></div>');
    expect(Object.keys(stored!.files).some((path) => path.startsWith('node_modules/') || path.startsWith('dist/'))).toBe(false);
    expect(await storage.readEvents({ ownerId: 'local', runId: run.runId })).toEqual(events);

    // The preview keeps serving the built app after the run.
    const html = await (await fetch(ready!.url)).text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/index-[\w-]+\.js"><\/script>/);
    const page = await loadInChromium(ready!.url);
    expect(page).toEqual({ heading: 'Click counter', afterClick: 'Clicked 1 times', errors: [] });

    expect(ready!.screenshotPath).toMatch(/\.png$/);
    expect(result.screenshotPath).toBe(ready!.screenshotPath);
    const png = readFileSync(ready!.screenshotPath!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1280);
    expect(png.readUInt32BE(20)).toBe(800);
    // To look at it: BUILDWRIGHT_SCREENSHOT_COPY=/tmp/counter.png pnpm exec vitest run <this file> -t default
    if (process.env.BUILDWRIGHT_SCREENSHOT_COPY) copyFileSync(ready!.screenshotPath!, process.env.BUILDWRIGHT_SCREENSHOT_COPY);
  }, 300_000);

  it('behavior: (a) a missing file, (b) a type error, (c) a JSON syntax error, (d) a throw on render and (e) an empty render are each caught by the right check and fixed by the next fix turn', async () => {
    const { builder, requests } = runs.builder(fixture('broken-apps-fixed.json'), { limits: { maxFixAttempts: 5 } });
    const run = builder.generate({ prompt: 'A counter app with a header', kind: 'web' });
    const events = await collectEvents(run);
    const result = await run.result;

    expect(checkOutcomes(events)).toEqual([
      'imports:failed', // (a)
      'imports:passed',
      'install:passed',
      'validate:failed', // (b)
      'imports:passed',
      'install:passed',
      'validate:passed',
      'build-app:failed', // (c)
      'imports:passed',
      'install:passed',
      'validate:passed',
      'build-app:passed',
      'browser:failed', // (d)
      'imports:passed',
      'install:passed',
      'validate:passed',
      'build-app:passed',
      'browser:failed', // (e)
      ...allPassed,
    ]);
    const failures = ofType(events, 'check.failed');
    const fixes = ofType(events, 'fix.started');
    expect(fixes.map((fix) => [fix.attempt, fix.check])).toEqual([
      [1, 'imports'],
      [2, 'validate'],
      [3, 'build-app'],
      [4, 'browser'],
      [5, 'browser'],
    ]);
    // Each fix step gets exactly the failed check's report, and the model sees it.
    fixes.forEach((fix, index) => {
      expect(fix.report).toBe(failures[index]!.report);
      expect(fix.seq).toBeGreaterThan(failures[index]!.seq);
    });
    const fixPrompts = requests.filter((request) => request.node === 'fix').map((request) => request.messages.find((message) => message.role === 'user')!.content);
    expect(fixPrompts).toHaveLength(5);
    fixes.forEach((fix, index) => expect(fixPrompts[index]).toContain(fix.report));

    const [missing, typeError, syntaxError, throwing, empty] = failures;
    expect(missing!.issues).toEqual([expect.objectContaining({ file: 'src/App.tsx', line: 1, column: 24 })]);
    expect(missing!.report).toContain("src/App.tsx:1:24: './components/Header' does not resolve to a file");

    expect(typeError!.issues).toEqual([expect.objectContaining({ file: 'src/App.tsx', line: 7, column: 8, message: expect.stringContaining('(TS2741)') })]);
    expect(typeError!.report).toContain("src/App.tsx:7:8: Property 'subtitle' is missing");

    expect(syntaxError!.issues[0]).toMatchObject({ file: 'src/config.json', line: 4 });
    expect(syntaxError!.report).toMatch(/src\/config\.json:4:\d+: .*JSON/);
    expect(syntaxError!.report).not.toContain(runs.root);

    expect(throwing!.report).toContain('Uncaught Error: Counter start must not be negative (got -1)');
    expect(throwing!.issues[0]).toMatchObject({ file: 'src/components/Counter.tsx', line: 5 });
    expect(throwing!.report).toContain('src/components/Counter.tsx:5:');

    expect(empty!.report).toContain('#root is empty after load');
    expect(empty!.report).toContain('the app rendered nothing (does App return markup, and does src/main.tsx render it into #root?)');

    // No preview of a broken app was announced; the one of the fixed app was.
    expect(ofType(events, 'preview.ready')).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ type: 'run.completed' });
    expect(result.files['src/App.tsx']).not.toContain('ready');
    expect(result.files['src/config.json']).toContain('"start": 0');
    expect(await (await fetch(result.previewUrl!)).text()).toContain('<div id="root"></div>');
  }, 600_000);

  it('error: write_file through a symlink out of the project is refused with PATH_OUTSIDE_PROJECT and writes nothing outside', async () => {
    const outside = join(runs.root, 'outside');
    mkdirSync(outside);
    // A node between plan and build plants the symlinks in the real sandbox directory, as a command could.
    const plantSymlinks: RunNode = {
      name: 'plant-symlinks',
      async run({ sandbox }) {
        await symlink(outside, join(sandbox.root, 'src/shared'));
        await symlink(join(outside, 'notes.txt'), join(sandbox.root, 'notes.txt'));
      },
    };
    const write = (path: string, content: string) => ({ name: 'write_file', arguments: { path, content } });
    const { builder, refusals, requests } = runs.builder(
      {
        format: 'buildwright.transcript/v1',
        turns: [
          { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'Notes', summary: 'Notes', steps: [{ id: 'notes', title: 'Write notes', files: ['src/shared/notes.ts'] }] } }] },
          {
            node: 'build',
            toolCalls: [
              write('src/shared/notes.ts', 'export const pwned = true;\n'),
              write('notes.txt', 'written through a dangling symlink'),
              write('src/notes.ts', 'export const notes: string[] = [];\n'),
            ],
          },
          { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: 'Wrote what was allowed.' } }] },
        ],
      },
      { checks: [], graph: { nodes: (defaults) => [defaults[0]!, plantSymlinks, ...defaults.slice(1)] } },
    );
    const run = builder.generate({ prompt: 'notes', kind: 'web' });
    const events = await collectEvents(run);
    const result = await run.result;

    expect(refusals).toEqual([
      { path: 'src/shared/notes.ts', code: 'PATH_OUTSIDE_PROJECT' },
      { path: 'notes.txt', code: 'PATH_OUTSIDE_PROJECT' },
    ]);
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(outside, 'notes.ts'))).toBe(false);

    const warnings = ofType(events, 'notice.posted').filter((event) => event.level === 'warn' && event.message.startsWith('Refused write_file'));
    expect(warnings.map((event) => event.message)).toEqual([
      expect.stringContaining('"src/shared/notes.ts" leads outside the project'),
      expect.stringContaining('"notes.txt" leads outside the project'),
    ]);
    expect(ofType(events, 'file.written').map((event) => event.path)).toEqual(['src/notes.ts']);
    // The model is told, and the run goes on with what was allowed.
    const toolResults = requests
      .flatMap((request) => request.messages)
      .filter((message) => message.role === 'tool')
      .map((message) => message.content);
    expect(toolResults).toEqual(expect.arrayContaining([expect.stringMatching(/^Error: Path "src\/shared\/notes\.ts" leads outside the project/), 'Wrote src/notes.ts.']));
    expect(Object.keys(result.files).filter((path) => path.includes('notes'))).toEqual(['src/notes.ts']);
    expect(events.at(-1)).toMatchObject({ type: 'run.completed' });
  }, 120_000);
});
