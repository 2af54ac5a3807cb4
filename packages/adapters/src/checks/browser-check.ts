import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BuildwrightError } from '@buildwright/core';
import type { Check, CheckContext, CheckIssue, Sandbox, SandboxServer } from '@buildwright/core';
import { failed } from './check-report.js';
import { staticServerScript } from './static-server.js';

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

const defaultArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
const serverScriptPath = 'node_modules/.buildwright/static-server.mjs';

/** One preview server per sandbox, kept running so `preview.ready`'s URL keeps serving the app. */
const previewServers = new WeakMap<Sandbox, SandboxServer>();

/**
 * Loads the built app in headless Chromium (through playwright-core) the way a user would: serves
 * the build from the sandbox, waits for network idle, and fails on uncaught page errors, console
 * errors, failed same-origin requests and an empty root element. Saves a PNG screenshot under the
 * run's artifacts and, when the app works, emits `preview.ready` with the URL (which keeps
 * serving) and the screenshot path. Without Chromium or playwright-core it is skipped, never passed.
 *
 * @example
 * import { browserCheck } from '@buildwright/adapters/checks';
 *
 * const check = browserCheck({ executablePath: '/usr/bin/chromium' });
 */
export function browserCheck(options: BrowserCheckOptions = {}): Check {
  return {
    name: 'browser',
    async run(context) {
      const directory = options.directory ?? 'dist';
      const executablePath = options.executablePath ?? process.env.BUILDWRIGHT_CHROMIUM ?? '/usr/bin/chromium';
      if (!existsSync(executablePath)) {
        return { status: 'skipped', reason: `Chromium not found at ${executablePath}: install it (node scripts/ensure-chromium.mjs, or apt-get install chromium) or set BUILDWRIGHT_CHROMIUM` };
      }
      let chromium: typeof import('playwright-core').chromium;
      try {
        chromium = (await import('playwright-core')).chromium;
      } catch {
        return { status: 'skipped', reason: 'playwright-core is not installed next to @buildwright/adapters (npm install playwright-core)' };
      }
      if (!/^[\w.-]+(?:\/[\w.-]+)*$/.test(directory)) {
        throw new BuildwrightError({ code: 'INVALID_INPUT', message: `browserCheck directory "${directory}" must be a plain relative path such as "dist".` });
      }
      if ((await context.sandbox.readFile(`${directory}/index.html`)) === undefined) {
        return failed(`Browser check failed: no ${directory}/index.html to serve`, [{ file: `${directory}/index.html`, message: 'missing; the build must produce it before the app can be loaded' }]);
      }

      const server = await previewServer(context, directory);
      const browser = await chromium.launch({ executablePath, args: [...defaultArgs, ...(options.args ?? [])] });
      const issues: CheckIssue[] = [];
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
        page.on('pageerror', (error) => issues.push({ message: `Uncaught ${error.name}: ${error.message}${firstFrame(error.stack)}` }));
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
        await browser.close();
      }

      if (issues.length > 0) return failed(`Browser check failed: the app does not load cleanly in Chromium (${server.url})`, issues);
      await context.emit({ type: 'preview.ready', url: server.url, screenshotPath });
      return { status: 'passed' };
    },
  };
}

/** The sandbox's running preview server, or a new one. */
async function previewServer(context: CheckContext, directory: string): Promise<SandboxServer> {
  const running = previewServers.get(context.sandbox);
  if (running && (await answers(running.url))) return running;
  await context.sandbox.writeFile(serverScriptPath, staticServerScript);
  const server = await context.sandbox.startServer({ command: `node ${serverScriptPath} ${directory}`, readyTimeoutMs: 30_000 });
  previewServers.set(context.sandbox, server);
  return server;
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  }
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
