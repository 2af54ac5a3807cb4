import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { BuildwrightError } from '@buildwright/core';
import type { Check, CheckContext, CheckIssue, Sandbox } from '@buildwright/core';
import type { Browser } from 'playwright-core';
import { failed } from './check-report.js';
import { originalPosition, parseStackFrame, projectFileOf } from './source-map-position.js';
import { chromiumArgs, previewServer } from './preview-server.js';
import type { WebCheckSession } from './web-check-session.js';

export interface BrowserCheckOptions {
  /** Chromium binary. Default `$BUILDWRIGHT_CHROMIUM`, else `/usr/bin/chromium`. */
  executablePath?: string;
  /** Extra Chromium flags, added to the headless defaults. */
  args?: string[];
  /** Built app directory, served as static files. Default `dist`. */
  directory?: string;
  /** How long the page may take to load and reach network idle. Default 30 s. */
  timeoutMs?: number;
  /** Viewport of the page and screenshot. Default 1280×800. */
  viewport?: { width: number; height: number };
  /** Quiet time with no request in flight that counts as network idle. Default 250 ms. */
  idleMs?: number;
  /** Element that must not be empty after load. Default `#root`. */
  rootSelector?: string;
}

/** How long a Chromium launched ahead waits for its check before closing itself. */
const prelaunchLifetimeMs = 60_000;

/**
 * Loads the built app in headless Chromium (through playwright-core) the way a user would: serves
 * the build from the sandbox, waits for network idle, and fails on uncaught page errors, console
 * errors, failed same-origin requests and an empty root element. Saves a PNG screenshot under the
 * run's artifacts and, when the app works, emits `preview.ready` with the URL (which keeps
 * serving) and the screenshot path. Without Chromium or playwright-core it is skipped, never passed.
 * An uncaught error is reported at its place in the sources (through the build's hidden source
 * maps) when its stack points into the app's bundle.
 *
 * Given the session of `webChecks()`, Chromium is launched and the preview server started while
 * the earlier checks run; a check that fails closes that browser again.
 *
 * @example
 * import { browserCheck } from '@buildwright/adapters/checks';
 *
 * const check = browserCheck({ executablePath: '/usr/bin/chromium' });
 */
export function browserCheck(options: BrowserCheckOptions = {}, session?: WebCheckSession): Check {
  const directory = options.directory ?? 'dist';
  const executablePath = options.executablePath ?? process.env.BUILDWRIGHT_CHROMIUM ?? '/usr/bin/chromium';
  const launch = async () => {
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath, args: [...chromiumArgs, ...(options.args ?? [])] });
  };

  if (session) {
    session.onStartEarly(async (context) => {
      const slots = session.state(context.sandbox).slots;
      if (slots.has('browser-early') || !existsSync(executablePath) || !/^[\w.-]+(?:\/[\w.-]+)*$/.test(directory)) return;
      // After the build started early (if any) is done: launching Chromium alongside would slow down the build, which the preview waits for.
      const building = session.state(context.sandbox).slots.get('build-early') as { run: Promise<unknown> } | undefined;
      const browser = Promise.resolve(building?.run)
        .catch(() => {})
        .then(launch)
        .catch(() => undefined);
      // Closed if no check takes it in time (a check after this one failed in an unusual way).
      const timer = setTimeout(() => void closeEarlyBrowser(session, context.sandbox), prelaunchLifetimeMs);
      timer.unref();
      slots.set('browser-early', { browser, timer } satisfies EarlyBrowser);
      void previewServer(context, directory).catch(() => {});
    });
    session.onStop((sandbox) => closeEarlyBrowser(session, sandbox));
  }

  return {
    name: 'browser',
    async run(context) {
      if (!existsSync(executablePath)) {
        return { status: 'skipped', reason: `Chromium not found at ${executablePath}: install it (node scripts/ensure-system-tools.mjs, or apt-get install chromium) or set BUILDWRIGHT_CHROMIUM` };
      }
      try {
        await import('playwright-core');
      } catch {
        return { status: 'skipped', reason: 'playwright-core is not installed next to @buildwright/adapters (npm install playwright-core)' };
      }
      if (!/^[\w.-]+(?:\/[\w.-]+)*$/.test(directory)) {
        throw new BuildwrightError({ code: 'INVALID_INPUT', message: `browserCheck directory "${directory}" must be a plain relative path such as "dist".` });
      }
      const early = session ? takeEarlyBrowser(session, context.sandbox) : undefined;
      if ((await context.sandbox.readFile(`${directory}/index.html`)) === undefined) {
        void early?.then((browser) => browser?.close());
        return failed(`Browser check failed: no ${directory}/index.html to serve`, [{ file: `${directory}/index.html`, message: 'missing; the build must produce it before the app can be loaded' }]);
      }

      const server = await previewServer(context, directory);
      const browser = (await early) ?? (await launch());
      const issues: Array<CheckIssue | Error> = [];
      let screenshotPath: string | null = null;
      try {
        const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 800 } });
        const origin = new URL(server.url).origin;
        const sameOrigin = (url: string) => {
          try {
            return new URL(url).origin === origin;
          } catch {
            return false;
          }
        };
        // Placed after the page settled: the source maps are read then.
        page.on('pageerror', (error) => issues.push(error));
        page.on('console', (message) => {
          // Failed loads are reported from the network events below (same-origin only).
          if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) issues.push({ message: `Console error: ${firstLines(message.text(), 6)}` });
        });
        page.on('requestfailed', (request) => {
          if (sameOrigin(request.url())) issues.push({ message: `Request failed: ${request.method()} ${new URL(request.url()).pathname} (${request.failure()?.errorText ?? 'failed'})` });
        });
        page.on('response', (response) => {
          const path = new URL(response.url()).pathname;
          if (response.status() >= 400 && sameOrigin(response.url()) && path !== '/favicon.ico') issues.push({ message: `Request failed: ${response.request().method()} ${path} → HTTP ${response.status()}` });
        });

        let inFlight = 0;
        let lastActivity = Date.now();
        page.on('request', () => {
          inFlight += 1;
          lastActivity = Date.now();
        });
        const settled = () => {
          inFlight = Math.max(0, inFlight - 1);
          lastActivity = Date.now();
        };
        page.on('requestfinished', settled);
        page.on('requestfailed', settled);
        const timeoutMs = options.timeoutMs ?? 30_000;
        try {
          await page.goto(server.url, { waitUntil: 'load', timeout: timeoutMs });
          // Network idle: no request in flight for `idleMs` (Playwright's own 'networkidle' always waits 500 ms).
          const deadline = Date.now() + timeoutMs;
          while (inFlight > 0 || Date.now() - lastActivity < (options.idleMs ?? 250)) {
            if (Date.now() > deadline) throw new Error(`network still busy after ${timeoutMs} ms (${inFlight} request(s) in flight)`);
            await new Promise((resolve) => setTimeout(resolve, 25));
          }
        } catch (error) {
          issues.push({ message: `The page did not finish loading: ${(error as Error).message.split('\n')[0]}` });
        }
        const rootSelector = options.rootSelector ?? '#root';
        const root = await page
          .evaluate((selector) => {
            const element = document.querySelector(selector);
            return element ? { found: true, empty: element.children.length === 0 && (element.textContent ?? '').trim() === '' } : { found: false, empty: true };
          }, rootSelector)
          .catch(() => ({ found: false, empty: true }));
        if (!root.found) issues.push({ file: 'index.html', message: `no ${rootSelector} element in the page` });
        else if (root.empty) issues.push({ message: `${rootSelector} is empty after load: the app rendered nothing (does App return markup, and does src/main.tsx render it into ${rootSelector}?)` });

        await mkdir(context.artifactsDir, { recursive: true });
        screenshotPath = join(context.artifactsDir, `preview-${Date.now()}.png`);
        await page.screenshot({ path: screenshotPath, fullPage: false });
      } finally {
        // Nothing the check reports depends on closing: it happens while the run goes on.
        void browser.close().catch(() => {});
      }

      if (issues.length > 0) {
        const placed = await placePageErrors(context, directory, new URL(server.url).origin, issues);
        return failed(`Browser check failed: the app does not load cleanly in Chromium (${server.url})`, placed);
      }
      await context.emit({ type: 'preview.ready', url: server.url, screenshotPath });
      return { status: 'passed' };
    },
  };
}

interface EarlyBrowser {
  browser: Promise<Browser | undefined>;
  timer: NodeJS.Timeout;
}

function takeEarlyBrowser(session: WebCheckSession, sandbox: Sandbox): Promise<Browser | undefined> | undefined {
  const slots = session.state(sandbox).slots;
  const early = slots.get('browser-early') as EarlyBrowser | undefined;
  slots.delete('browser-early');
  if (!early) return undefined;
  clearTimeout(early.timer);
  return early.browser;
}

async function closeEarlyBrowser(session: WebCheckSession, sandbox: Sandbox): Promise<void> {
  await (await takeEarlyBrowser(session, sandbox))?.close().catch(() => {});
}

/**
 * Page errors as issues, in the order they happened. An error whose stack has a frame in the
 * app's bundle is placed in the sources through the build's source map (`<file>.js.map`, written
 * by `--sourcemap hidden`); without one it keeps its first frame outside the bundle, if any.
 */
async function placePageErrors(context: CheckContext, directory: string, origin: string, issues: Array<CheckIssue | Error>): Promise<CheckIssue[]> {
  const maps = new Map<string, Promise<unknown>>();
  const readMap = (path: string) => {
    let found = maps.get(path);
    if (!found) {
      found = context.sandbox.readFile(path).then((text) => (text === undefined ? undefined : (JSON.parse(text) as unknown)), () => undefined);
      maps.set(path, found);
    }
    return found;
  };
  const placed: CheckIssue[] = [];
  for (const issue of issues) {
    if (!(issue instanceof Error)) {
      placed.push(issue);
      continue;
    }
    const message = `Uncaught ${issue.name}: ${issue.message}`;
    let place: { file: string; line: number; column: number } | undefined;
    for (const line of (issue.stack ?? '').split('\n').filter((candidate) => /^\s+at\s/.test(candidate))) {
      const frame = parseStackFrame(line);
      if (!frame || !frame.url.startsWith(`${origin}/`)) continue;
      const script = posix.join(directory, new URL(frame.url).pathname);
      const map = await readMap(`${script}.map`);
      const position = map && typeof map === 'object' ? originalPosition(map, frame.line, frame.column) : undefined;
      const file = position && projectFileOf(position.source, posix.dirname(script), context.files);
      if (position && file) {
        place = { file, line: position.line, column: position.column };
        break;
      }
    }
    placed.push(place ? { ...place, message } : { message: `${message}${firstFrame(issue.stack)}` });
  }
  return placed;
}


/** The first stack frame, unless it points into the minified bundle (which tells the fix step nothing). */
function firstFrame(stack: string | undefined): string {
  const frame = stack?.split('\n').find((line) => /^\s+at\s/.test(line));
  return frame && !/\/assets\/[^/]+\.js:\d+/.test(frame) ? ` (${frame.trim()})` : '';
}

function firstLines(text: string, count: number): string {
  const lines = text.split('\n');
  return lines.length <= count ? text : `${lines.slice(0, count).join('\n')}\n…`;
}
