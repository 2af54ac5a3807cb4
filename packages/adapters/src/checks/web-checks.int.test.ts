import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserCheck, buildCheck, importsCheck, installCheck, validateCheck, webChecks } from './index.js';
import { runInOrder, templateProjects } from './template-projects.test-support.js';

const counterApp = {
  'src/App.tsx': `import { Counter } from './components/Counter';

export default function App() {
  return (
    <main className="min-h-screen flex flex-col items-center justify-center gap-4 bg-slate-50">
      <h1 className="text-3xl font-bold text-slate-900">Counter</h1>
      <Counter />
    </main>
  );
}
`,
  'src/components/Counter.tsx': `import { useState } from 'react';

export function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button className="rounded bg-indigo-600 px-4 py-2 text-white" onClick={() => setCount(count + 1)}>
      Clicked {count} times
    </button>
  );
}
`,
};

const projects = templateProjects();
afterAll(() => projects.cleanup());

describe('web checks on a react-vite project in a local sandbox', () => {
  // The first project pays the cold npm install (later ones restore from the cache) and the first Chromium launch.
  it('default: a working counter app passes every check, and the browser check returns a preview of a served app and a screenshot', { timeout: 180_000 }, async () => {
    const { context } = await projects.open(counterApp);
    const results = await runInOrder(webChecks(), context);
    expect(results.map(({ name, result }) => `${name}:${result.status}`)).toEqual(['imports:passed', 'install:passed', 'validate:passed', 'build-app:passed', 'browser:passed']);
    const browser = results.at(-1)!.result;
    const ready = browser.status === 'passed' ? browser.preview : undefined;
    if (!ready) throw new Error(`the browser check returned no preview: ${JSON.stringify(browser)}`);
    expect(ready.screenshotPath).toMatch(/\.png$/);
    const png = readFileSync(ready.screenshotPath!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const html = await (await fetch(ready.url)).text();
    expect(html).toContain('<div id="root"></div>');
    // To look at it: BUILDWRIGHT_SCREENSHOT_COPY=/tmp/counter.png pnpm exec vitest run <this file> -t default
    if (process.env.BUILDWRIGHT_SCREENSHOT_COPY) copyFileSync(ready.screenshotPath!, process.env.BUILDWRIGHT_SCREENSHOT_COPY);
  });

  it('behavior: a second project with the same dependencies installs from the cache, without npm', async () => {
    const { context, events } = await projects.open(counterApp);
    expect((await installCheck().run(context)).status).toBe('passed');
    expect(events.filter((event) => event.type === 'command.started')).toEqual([]);
    expect(await context.sandbox.readFile('node_modules/react/package.json')).toContain('"name": "react"');
    // Already installed: nothing to do at all the second time.
    expect((await installCheck().run(context)).status).toBe('passed');
  });

  it('error: (a) an import of a missing file fails the imports check with file and line', async () => {
    const { context } = await projects.open({
      'src/App.tsx': `import { Header } from './components/Header';\n\nexport default function App() {\n  return <Header />;\n}\n`,
    });
    const result = await importsCheck().run(context);
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.issues).toEqual([expect.objectContaining({ file: 'src/App.tsx', line: 1 })]);
    expect(result.report).toContain("src/App.tsx:1:24: './components/Header' does not resolve to a file");
  });

  it('error: a Node built-in imported in browser code fails the imports check', async () => {
    const { context } = await projects.open({
      'src/App.tsx': `import { readFileSync } from 'node:fs';\n\nexport default function App() {\n  return <p>{String(readFileSync)}</p>;\n}\n`,
    });
    const result = await importsCheck().run(context);
    expect(result.status === 'failed' && result.report).toContain("'node:fs' is a Node built-in");
  });

  it('args: addMissing false reports an undeclared package instead of adding it', async () => {
    const { context } = await projects.open({
      'src/App.tsx': `import confetti from 'canvas-confetti';\n\nexport default function App() {\n  return <button onClick={() => confetti()}>Go</button>;\n}\n`,
    });
    const result = await importsCheck({ addMissing: false }).run(context);
    expect(result.status === 'failed' && result.report).toContain("package 'canvas-confetti' is imported but not in package.json");
  });

  it('behavior: an undeclared package is added with a real version range, then installed on top of the cache', async () => {
    const { context, events } = await projects.open({
      ...counterApp,
      'src/App.tsx': `import { nanoid } from 'nanoid';\n\nexport default function App() {\n  return <p>{nanoid(4).length}</p>;\n}\n`,
    });
    expect((await importsCheck().run(context)).status).toBe('passed');
    const added = events.find((event) => event.type === 'dependency.added');
    expect(added).toMatchObject({ type: 'dependency.added', name: 'nanoid', version: expect.stringMatching(/^\^\d+\.\d+\.\d+/), dev: false });
    expect(JSON.parse(context.files['package.json']!).dependencies.nanoid).toMatch(/^\^\d/);
    expect((await installCheck().run(context)).status).toBe('passed');
    expect(await context.sandbox.readFile('node_modules/nanoid/package.json')).toContain('"name": "nanoid"');
    expect((await buildCheck().run(context)).status).toBe('passed');
  });

  it('error: (b) a type error fails the validate check with file and line; advisory lets it pass with a notice', async () => {
    const { context, events } = await projects.open({
      'src/App.tsx': `export default function App() {\n  const title: string = 42;\n  return <h1>{title}</h1>;\n}\n`,
    });
    expect((await installCheck().run(context)).status).toBe('passed');
    const result = await validateCheck().run(context);
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.issues[0]).toMatchObject({ file: 'src/App.tsx', line: 2, column: 9 });
    expect(result.report).toContain("src/App.tsx:2:9: Type 'number' is not assignable to type 'string'. (TS2322)");
    expect((await validateCheck({ typeErrors: 'advisory' }).run(context)).status).toBe('passed');
    expect(events.find((event) => event.type === 'notice.posted')).toMatchObject({ level: 'warn', message: expect.stringContaining('TS2322') });
  });

  it('error: a lint error (hook called conditionally) fails the validate check', async () => {
    const { context } = await projects.open({
      'src/App.tsx': `import { useState } from 'react';\n\nexport default function App({ show = true }: { show?: boolean }) {\n  if (!show) return null;\n  const [count] = useState(0);\n  return <p>{count}</p>;\n}\n`,
    });
    expect((await installCheck().run(context)).status).toBe('passed');
    const result = await validateCheck().run(context);
    expect(result.status === 'failed' && result.report).toContain('src/App.tsx:5:19');
    expect(result.status === 'failed' && result.report).toContain('react-hooks/rules-of-hooks');
  });

  it('error: (c) a syntax error fails the build check with file and line', async () => {
    const { context } = await projects.open({
      'src/App.tsx': `export default function App() {\n  return <h1>Broken</h1>\n  const x = ;\n}\n`,
    });
    expect((await installCheck().run(context)).status).toBe('passed');
    const result = await buildCheck().run(context);
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.issues[0]).toMatchObject({ file: 'src/App.tsx', line: 3 });
    expect(result.report).not.toMatch(/^\s+at /m);
    expect(result.report).not.toContain(context.sandbox.root);
  });

  it('error: (d) a component that throws on render fails the browser check', async () => {
    const { context } = await projects.open({
      'src/App.tsx': `function Broken(): never {\n  throw new Error('Broken component exploded');\n}\n\nexport default function App() {\n  return <Broken />;\n}\n`,
    });
    for (const check of [installCheck(), buildCheck()]) expect((await check.run(context)).status).toBe('passed');
    const result = await browserCheck().run(context);
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.report).toContain('Broken component exploded');
  });

  it('error: (e) an app that renders nothing fails the browser check on the empty root', async () => {
    const { context } = await projects.open({
      'src/App.tsx': `export default function App() {\n  return null;\n}\n`,
    });
    for (const check of [installCheck(), buildCheck()]) expect((await check.run(context)).status).toBe('passed');
    const result = await browserCheck().run(context);
    expect(result.status === 'failed' && result.report).toContain('#root is empty after load');
  });

  it('error: a failed same-origin request fails the browser check', async () => {
    const { context } = await projects.open({
      'src/App.tsx': `import { useEffect, useState } from 'react';\n\nexport default function App() {\n  const [status, setStatus] = useState(0);\n  useEffect(() => { void fetch('/data/missing.json').then((response) => setStatus(response.status)); }, []);\n  return <p>status {status}</p>;\n}\n`,
    });
    for (const check of [installCheck(), buildCheck()]) expect((await check.run(context)).status).toBe('passed');
    const result = await browserCheck().run(context);
    expect(result.status === 'failed' && result.report).toContain('GET /data/missing.json → HTTP 404');
  });

  it('error: under bubblewrap, a build that opens a network connection or writes outside the project fails, and nothing reaches the host', async () => {
    const { context, sandbox } = await projects.open(counterApp);
    expect(sandbox.isolation).toBe('bubblewrap');
    expect((await installCheck().run(context)).status).toBe('passed');
    const viteConfig = context.files['vite.config.ts']!;
    await context.writeFiles({ 'vite.config.ts': `await fetch('https://registry.npmjs.org/');\n${viteConfig}` });
    const online = await buildCheck().run(context);
    expect(online.status === 'failed' && online.report).toMatch(/fetch failed|ENOTFOUND|EAI_AGAIN|ENETUNREACH/);
    const outside = join(tmpdir(), `bw-escape-${Date.now()}.txt`);
    await context.writeFiles({
      'vite.config.ts': `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(outside)}, 'x');\nwriteFileSync('/root/bw-escape.txt', 'x');\n${viteConfig}`,
    });
    const writing = await buildCheck().run(context);
    // /tmp is the command's own tmpfs and /root does not exist inside the sandbox.
    expect(writing.status === 'failed' && writing.report).toMatch(/ENOENT.*\/root\/bw-escape\.txt/);
    expect(existsSync(outside)).toBe(false);
    expect(existsSync('/root/bw-escape.txt')).toBe(false);
  });

  it('behavior: without Chromium the browser check is skipped with the reason, never passed', async () => {
    const { context } = await projects.open(counterApp);
    const result = await browserCheck({ executablePath: '/nonexistent/chromium' }).run(context);
    expect(result).toEqual({ status: 'skipped', reason: expect.stringContaining('Chromium not found at /nonexistent/chromium') });
    expect(existsSync('/nonexistent/chromium')).toBe(false);
  });
});
