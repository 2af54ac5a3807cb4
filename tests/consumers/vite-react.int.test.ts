import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServer } from '../../examples/react-app/server/create-app-server.js';
import { createDemoBuilder } from '../../examples/react-app/server/demo-builder.js';
import { installConsumer, installedVersion, runIn, type ConsumerProject } from './consumer-project.js';
import { printTimings, recordTiming } from './consumer-timings.js';

// A Vite app that installs only the packed React bindings, React and Vite (no plugin: the page is
// written with createElement, so no JSX transform is needed). It talks to the example's Node
// server (examples/react-app/server: the handler under /api, the demo preview under /preview).
const appFiles = {
  'index.html': `<!doctype html>
<html><head><meta charset="utf-8"><title>Consumer</title></head>
<body><div id="root"></div><script type="module" src="/src/main.js"></script></body></html>
`,
  'src/main.js': `import { BuilderChat, BuilderProvider, Preview } from '@buildwright/react';
import { createElement as h, StrictMode, version } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')).render(
  h(StrictMode, null, h(BuilderProvider, { baseUrl: '/api' }, h('p', { id: 'react-version' }, version), h(BuilderChat), h(Preview))),
);
`,
};

const majors = ['18', '19'] as const;
const projects = {} as Record<(typeof majors)[number], ConsumerProject>;
let browser: Browser;

beforeAll(async () => {
  await Promise.all(
    majors.map(async (major) => {
      const project = await installConsumer({ name: `vite-react${major}`, packages: ['react'], dependencies: { react: `^${major}`, 'react-dom': `^${major}`, vite: '^7' }, files: appFiles });
      await runIn(project, 'vite build', process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error']);
      projects[major] = project;
    }),
  );
  browser = await chromium.launch({ executablePath: process.env.BUILDWRIGHT_CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  printTimings();
});

describe.each(majors)('a Vite app with React %s on the packed @buildwright/react', (major) => {
  it('default: installs only the client and the bindings (no LangChain, no core, no zod)', () => {
    const project = projects[major];
    expect(project.installed('@langchain')).toEqual([]);
    expect(project.installed('@buildwright')).toEqual(['client', 'react']);
    expect(existsSync(project.path('node_modules/zod'))).toBe(false);
    expect(installedVersion(project, 'react').split('.')[0]).toBe(major);
  });

  it('behavior: the built page renders <BuilderChat/> in Chromium, runs a scripted generation through a Node server and shows the completed run', async () => {
    const project = projects[major];
    const started = performance.now();
    const builder = createDemoBuilder({ delayMs: 0 });
    const server = createAppServer({ builder, staticDir: project.path('dist') });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      expect(await page.locator('#react-version').textContent()).toMatch(new RegExp(`^${major}\\.`));
      const box = page.getByRole('textbox', { name: 'Describe the app to build' });
      await box.fill('a counter page');
      await box.press('Enter');
      await page.locator('.bw-message[data-kind="summary"]').waitFor({ timeout: 30_000 });
      const title = page.frameLocator('iframe[title="App preview"]').locator('#title');
      await title.waitFor({ timeout: 30_000 });
      expect(await title.textContent()).toBe('Hello from Buildwright');
      expect(await page.getByRole('button', { name: 'Stop the run' }).count()).toBe(0);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await builder.close();
      recordTiming(project.name, 'Chromium run', performance.now() - started);
    }
  });
});

describe('the packed client and React bindings in Node', () => {
  it('behavior: load with the installed copies and fold an event stream', () => {
    const script = `
      import { createRunView, foldEvent, initialSnapshot, BuildwrightError } from '@buildwright/client';
      import * as react from '@buildwright/react';
      const event = { runId: 'r', projectId: 'p', seq: 1, at: new Date(0).toISOString() };
      const started = { ...initialSnapshot, run: createRunView({ id: 'r', projectId: 'p', mode: 'generate', prompt: 'hi', kind: 'web' }) };
      const snapshot = foldEvent(started, { ...event, type: 'check.started', check: 'install' });
      console.log(JSON.stringify({ status: snapshot.run?.status, checks: snapshot.run?.checks.map((check) => check.name + ':' + check.status), error: BuildwrightError.isInstance(new BuildwrightError({ code: 'INTERNAL', message: 'x' })), chat: typeof react.BuilderChat }));
    `;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: projects['19'].directory, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ status: 'running', checks: ['install:running'], error: true, chat: 'function' });
  });
});
