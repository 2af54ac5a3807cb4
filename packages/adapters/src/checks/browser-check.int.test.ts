import { readdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { browserCheck, buildCheck, installCheck } from './index.js';
import { createWebCheckSession } from './web-check-session.js';
import type { WebCheckSession } from './web-check-session.js';
import { templateProjects } from './template-projects.test-support.js';

// The browser check's routes and accessibility scan, in real Chromium on a react-vite project in a local sandbox.
const projects = templateProjects();
afterAll(() => projects.cleanup());

async function built(files: Record<string, string>) {
  const project = await projects.open(files);
  for (const check of [installCheck(), buildCheck()]) expect((await check.run(project.context)).status).toBe('passed');
  return project;
}

/** Every browser context of the session's Chromium, counted as it opens. */
function countContexts(session: WebCheckSession): { readonly opened: number } {
  const browsers = new Set<Browser>();
  const count = { opened: 0 };
  const acquire = session.chromium.acquire;
  session.chromium.acquire = async (launch) => {
    const lease = await acquire(launch);
    if (!browsers.has(lease.browser)) {
      browsers.add(lease.browser);
      const newContext = lease.browser.newContext.bind(lease.browser);
      lease.browser.newContext = (options) => ((count.opened += 1), newContext(options));
    }
    return lease;
  };
  return count;
}

const routedApp = {
  'src/App.tsx': `import { Game } from './Game';
import { Scores } from './Scores';

export default function App() {
  if (window.location.pathname === '/game') return <Game />;
  if (window.location.pathname === '/scores') return <Scores />;
  return (
    <main>
      <h1>Arcade</h1>
      <nav>
        <a href="/game">Play</a> <a href="/scores?top=10">Scores</a> <a href="https://example.com/">Elsewhere</a> <a href="/rules.pdf">Rules</a>
      </nav>
    </main>
  );
}
`,
  'src/Game.tsx': `export function Game() {
  const board = (window as unknown as { board?: { cells: string[] } }).board!;
  return <p>{board.cells.length} cells</p>;
}
`,
  'src/Scores.tsx': `import { useEffect, useState } from 'react';

export function Scores() {
  const [scores, setScores] = useState<number[]>([]);
  useEffect(() => {
    void fetch('/api/scores').then((response) => response.json()).then(setScores, () => setScores([-1]));
  }, []);
  return <main><h1>Scores</h1><p>{scores.join(', ')}</p></main>;
}
`,
};

describe('browser check: routes and accessibility', () => {
  it('error: a throw on render on a linked route and an API call answered with index.html are reported with their routes; external links are not followed', async () => {
    const { context, events } = await built(routedApp);
    const result = await browserCheck().run(context);
    if (result.status !== 'failed') throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
    expect(result.report).toMatch(/routes visited: \/, \/game, \/scores\?top=10\)/);
    const thrown = result.issues.find((issue) => issue.message.startsWith('/game: Uncaught TypeError'));
    expect(thrown).toMatchObject({ file: 'src/Game.tsx', line: 3 });
    expect(result.report).toContain('/scores?top=10: GET /api/scores was answered with index.html, not data');
    expect(result.report).toContain('Mock the API in the app, or use local data');
    expect(result.report).not.toMatch(/^\/: /m);
    // Neither followed nor requested: the external link and the file link are not routes.
    expect(result.report).not.toContain('example.com');
    expect(result.report).not.toContain('rules.pdf');
    // Every linked route was visited: no notice of routes left out.
    expect(events.filter((event) => event.type === 'notice.posted' && event.level === 'info')).toEqual([]);
  }, 180_000);

  it('args: maxRoutes 1 loads only / and says which linked routes were left out', async () => {
    const { context, events } = await built(routedApp);
    const result = await browserCheck({ maxRoutes: 1 }).run(context);
    expect(result.status).toBe('passed');
    expect(events).toContainEqual({ type: 'notice.posted', level: 'info', message: expect.stringContaining('not visited (maxRoutes 1 or routesTimeoutMs 30000 reached): /game, /scores?top=10') });
  }, 180_000);

  it('error: an image without alt and a button without a name fail the check with the axe rule ids; level warn only posts them', async () => {
    const { context, events } = await built({
      'src/App.tsx': `export default function App() {
  return (
    <main>
      <h1>Gallery</h1>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" />
      <button type="button" id="next"><svg width="10" height="10" /></button>
    </main>
  );
}
`,
    });
    const result = await browserCheck().run(context);
    if (result.status !== 'failed') throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
    expect(result.report).toContain('Browser check failed: the app has accessibility violations');
    expect(result.report).toContain('/: accessibility image-alt (critical) at img: Images must have alternative text');
    expect(result.report).toContain('/: accessibility button-name (critical) at #next: Buttons must have discernible text');
    expect(result.report).toContain('give images an alt text');

    const warned = await browserCheck({ a11y: { level: 'warn' } }).run(context);
    expect(warned.status).toBe('passed');
    const notice = events.find((event) => event.type === 'notice.posted' && event.message.includes('accessibility warning'));
    expect(notice).toMatchObject({ level: 'warn', message: expect.stringContaining('/: accessibility image-alt (critical) at img') });
    expect(notice).toMatchObject({ message: expect.stringContaining('/: accessibility button-name (critical) at #next') });
  }, 180_000);
});

describe('browser check: the page inspected once it settled', () => {
  // A quiet time of 1 s: what the page does 300 ms or 600 ms after its first render happens within it, and after the first inspection (axe, screenshot).
  const settling = { idleMs: 1_000 };
  const screenshots = async (directory: string) => (await readdir(directory).catch(() => [] as string[])).filter((name) => name.startsWith('preview-'));

  it('behavior: an image without alt that appears once data arrives (fetched 600 ms after the first render) fails the check; one screenshot, of the settled page, is left', async () => {
    const { context } = await built({
      'public/items.json': '["/dot.svg"]\n',
      'public/dot.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><circle cx="4" cy="4" r="4"/></svg>\n',
      'src/App.tsx': `import { useEffect, useState } from 'react';

export default function App() {
  const [items, setItems] = useState<string[] | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => void fetch('/items.json').then((response) => response.json()).then(setItems), 600);
    return () => clearTimeout(timer);
  }, []);
  return <main><h1>Gallery</h1>{items ? items.map((src) => <img key={src} src={src} />) : <p>Loading</p>}</main>;
}
`,
    });
    const result = await browserCheck({ ...settling }).run(context);
    if (result.status !== 'failed') throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
    expect(result.report).toContain('/: accessibility image-alt (critical) at img: Images must have alternative text');
    expect(await screenshots(context.artifactsDir)).toHaveLength(1);
  }, 180_000);

  it('error: a page that polls (its network never quiet) is reported once as still busy, not once per inspection', async () => {
    const { context } = await built({
      'public/status.json': '{"ok":true}\n',
      'src/App.tsx': `import { useEffect, useState } from 'react';

export default function App() {
  const [polls, setPolls] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => void fetch('/status.json').then(() => setPolls((count) => count + 1)), 100);
    return () => clearInterval(timer);
  }, []);
  return <main><h1>Status</h1><p>{polls} polls</p></main>;
}
`,
    });
    const result = await browserCheck({ timeoutMs: 2_000 }).run(context);
    if (result.status !== 'failed') throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
    expect(result.issues.filter((issue) => issue.message.includes('network still busy after 2000 ms'))).toHaveLength(1);
  }, 180_000);

  it('behavior: a button without a name that a timer adds 300 ms after the first render (no request) fails the check', async () => {
    const { context } = await built({
      'src/App.tsx': `import { useEffect, useState } from 'react';

export default function App() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), 300);
    return () => clearTimeout(timer);
  }, []);
  return <main><h1>Player</h1>{ready ? <button type="button" id="play"><svg width="10" height="10" /></button> : <p>Starting</p>}</main>;
}
`,
    });
    const result = await browserCheck({ ...settling }).run(context);
    if (result.status !== 'failed') throw new Error(`expected a failure, got ${JSON.stringify(result)}`);
    expect(result.report).toContain('/: accessibility button-name (critical) at #play: Buttons must have discernible text');
  }, 180_000);
});

describe('browser check: the page opened while the model works', () => {
  it('behavior: prepare (a web run) launches Chromium and opens the page; the check loads the app in it, with no other context; a DApp run, or one beside another run, opens nothing then', async () => {
    const project = await built({});
    const session = createWebCheckSession({ worker: false });
    const check = browserCheck({}, session);
    const contexts = countContexts(session);
    try {
      await check.prepare!({ ...project.context, kind: 'dapp' });
      // Another run going on in the session: its renderer would be held through this run's model turns.
      const other = { ...project.context, runId: 'other-run' };
      session.use(other);
      await check.prepare!(project.context);
      expect(session.chromium.size()).toBe(0);
      expect(session.state(project.sandbox).slots.has('browser-early')).toBe(false);
      await session.afterRun({ runId: other.runId, projectId: other.projectId, kind: 'web' });

      await check.prepare!(project.context);
      await vi.waitFor(() => expect(contexts.opened).toBe(1), { timeout: 30_000 });
      expect(session.chromium.size()).toBe(1);
      const result = await check.run(project.context);
      expect(result).toMatchObject({ status: 'passed', preview: { url: expect.stringMatching(/^http:/) } });
      expect(contexts.opened).toBe(1);
    } finally {
      await session.chromium.close();
    }
  }, 180_000);
});

describe('browser check: the page opened ahead of a follow-up verification', () => {
  it('behavior: with Chromium running, the page opens while the build still runs and the check loads the app in it; a throw on render fails as without it', async () => {
    const project = await built({});
    const session = createWebCheckSession({ worker: false });
    const check = browserCheck({}, session);
    const contexts = countContexts(session);
    try {
      // A first verification leaves Chromium running, as after a project's first run.
      expect((await check.run(project.context)).status).toBe('passed');
      expect(contexts.opened).toBe(1);

      // A follow-up: its build (started early) has not finished, yet its page opens now.
      let finishBuild = () => {};
      session.state(project.sandbox).slots.set('build-early', { key: 'edit', run: new Promise<void>((resolve) => (finishBuild = resolve)) });
      await session.startEarly(project.context);
      await vi.waitFor(() => expect(contexts.opened).toBe(2), { timeout: 30_000 });
      finishBuild();
      session.state(project.sandbox).slots.delete('build-early');
      const result = await check.run(project.context);
      expect(result).toMatchObject({ status: 'passed', preview: { url: expect.stringMatching(/^http:/) } });
      // The check loaded the app in the page opened ahead: no other context.
      expect(contexts.opened).toBe(2);

      // A broken edit: the page opened ahead reports what a new one reports.
      await project.context.writeFiles({ 'src/App.tsx': 'export default function App(): never {\n  throw new Error("board missing");\n}\n' });
      expect((await buildCheck().run(project.context)).status).toBe('passed');
      await session.startEarly(project.context);
      const broken = await check.run(project.context);
      const alone = await browserCheck().run(project.context);
      if (broken.status !== 'failed' || alone.status !== 'failed') throw new Error(`expected failures, got ${JSON.stringify([broken, alone])}`);
      expect(broken.report).toContain('Uncaught Error: board missing');
      expect(broken.issues).toEqual(alone.issues);
      expect(contexts.opened).toBe(3);
    } finally {
      await session.chromium.close();
    }
  }, 180_000);
});
