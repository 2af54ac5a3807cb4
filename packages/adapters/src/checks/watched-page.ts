import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckIssue } from '@buildwright/core';
import type { Page } from 'playwright-core';
import type { GuardedBrowser } from './guarded-browser.js';

export interface WatchPageOptions {
  /** The origin the page is served from: its failed requests are reported (other origins' are the egress policy's). */
  origin: string;
  /** Viewport of the page and its screenshots. Default 1280×800. */
  viewport?: { width: number; height: number } | undefined;
  /** Scripts run in each document of the page before its own (the accessibility scan's axe-core), trusted code of the check. */
  initScripts?: readonly string[] | undefined;
}

export interface LoadPageOptions {
  /** How long the page may take to load and reach network idle. Default 30 s. */
  timeoutMs?: number | undefined;
  /** Quiet time with no request in flight that counts as network idle. Default 250 ms. */
  idleMs?: number | undefined;
}

/** A page of a guarded browser, watched for what a user would see go wrong. */
export interface WatchedPage {
  readonly page: Page;
  /** The origin whose failed requests it reports (`WatchPageOptions.origin`). */
  readonly origin: string;
  /**
   * What went wrong so far, in the order it happened: uncaught errors (as `Error`s, so the caller
   * can place them in the sources), console errors, failed requests to the page's own origin,
   * fetches the static preview answered with index.html (no backend), a load that did not finish.
   */
  readonly issues: Array<CheckIssue | Error>;
  /** Opens `url` and waits for the load event and network idle; a page that does not get there is an issue. */
  load(url: string, options?: LoadPageOptions): Promise<void>;
  /**
   * Opens `url` and waits for the load event only, so that the caller can inspect the page while
   * its network goes quiet; then `settle` waits for the rest of the quiet time. A page that does
   * not load is an issue (and false).
   */
  navigate(url: string, options?: Pick<LoadPageOptions, 'timeoutMs'>): Promise<boolean>;
  /**
   * Waits for network idle: no request in flight for `idleMs` since the last one (counted from
   * it, so time spent inspecting the page after `navigate` counts). A page still busy at
   * `timeoutMs` is an issue (and `settled: false`). Resolves with the number of requests started
   * or ended since `since` (a `requests()` count): 0 when the page did not load anything more meanwhile.
   */
  settle(since: number, options?: LoadPageOptions): Promise<{ settled: boolean; requests: number }>;
  /** How many request starts and ends the page has seen so far (a mark for `settle`). */
  requests(): number;
  /** Saves a PNG of the viewport as `<directory>/<name>-<time>.png` and returns its path. */
  screenshot(directory: string, name: string): Promise<string>;
}

/**
 * Opens a page in a new context of a guarded browser (the egress policy's proxy and routes
 * applied) and records what goes wrong in it: uncaught errors, console errors (but Chromium's
 * own about blocked requests, which the egress policy reports), failed and 4xx/5xx requests to
 * the page's own origin. The web, DApp and API docs browser checks build on it.
 *
 * @example
 * const watched = await watchPage(guarded, { origin: new URL(server.url).origin });
 * await watched.load(server.url);
 * if (watched.issues.length > 0) ...
 */
export async function watchPage(guarded: GuardedBrowser, options: WatchPageOptions): Promise<WatchedPage> {
  const { egress } = guarded;
  const browserContext = await guarded.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  const page = await browserContext.newPage();
  for (const content of options.initScripts ?? []) await page.addInitScript({ content });
  const issues: Array<CheckIssue | Error> = [];
  const sameOrigin = (url: string) => {
    try {
      return new URL(url).origin === options.origin;
    } catch {
      return false;
    }
  };
  page.on('pageerror', (error) => issues.push(error));
  page.on('console', (message) => {
    // Failed loads are reported from the network events below (same-origin only).
    // Chromium's own messages about blocked requests are reported as the blocked requests.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource') && !egress.explains(message.text()))
      issues.push({ message: `Console error: ${firstLines(message.text(), 6)}` });
  });
  page.on('requestfailed', (request) => {
    if (sameOrigin(request.url())) issues.push({ message: `Request failed: ${request.method()} ${new URL(request.url()).pathname} (${request.failure()?.errorText ?? 'failed'})` });
  });
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (response.status() >= 400 && sameOrigin(response.url()) && path !== '/favicon.ico')
      issues.push({ message: `Request failed: ${response.request().method()} ${path} → HTTP ${response.status()}` });
    const type = response.request().resourceType();
    if ((type === 'fetch' || type === 'xhr') && sameOrigin(response.url()) && response.headers()[fallbackHeader] === 'index.html')
      issues.push({ message: staticFallbackMessage(response.request().method(), path) });
  });

  let inFlight = 0;
  let lastActivity = Date.now();
  let activity = 0;
  page.on('request', () => {
    inFlight += 1;
    activity += 1;
    lastActivity = Date.now();
  });
  const settled = () => {
    inFlight = Math.max(0, inFlight - 1);
    activity += 1;
    lastActivity = Date.now();
  };
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);
  const notLoaded = (error: unknown) => issues.push({ message: `The page did not finish loading: ${(error as Error).message.split('\n')[0]}` });

  const watched: WatchedPage = {
    page,
    origin: options.origin,
    issues,
    async load(url, loadOptions = {}) {
      if (await watched.navigate(url, loadOptions)) await watched.settle(activity, loadOptions);
    },
    async navigate(url, loadOptions = {}) {
      try {
        await page.goto(url, { waitUntil: 'load', timeout: loadOptions.timeoutMs ?? 30_000 });
        return true;
      } catch (error) {
        notLoaded(error);
        return false;
      }
    },
    async settle(since, loadOptions = {}) {
      const timeoutMs = loadOptions.timeoutMs ?? 30_000;
      const idleMs = loadOptions.idleMs ?? 250;
      // Network idle: no request in flight for `idleMs` (Playwright's own 'networkidle' always waits 500 ms).
      const deadline = Date.now() + timeoutMs;
      while (inFlight > 0 || Date.now() - lastActivity < idleMs) {
        if (Date.now() > deadline) {
          notLoaded(new Error(`network still busy after ${timeoutMs} ms (${inFlight} request(s) in flight)`));
          return { settled: false, requests: activity - since };
        }
        // Every 25 ms, or at the end of the quiet time when it is nearer (nothing in flight).
        const quietLeft = idleMs - (Date.now() - lastActivity);
        await new Promise((resolve) => setTimeout(resolve, inFlight > 0 ? 25 : Math.min(25, Math.max(1, quietLeft))));
      }
      return { settled: true, requests: activity - since };
    },
    requests: () => activity,
    async screenshot(directory, name) {
      await mkdir(directory, { recursive: true });
      const path = join(directory, `${name}-${Date.now()}.png`);
      await page.screenshot({ path, fullPage: false });
      return path;
    },
  };
  return watched;
}

/** Set by the preview's static server on an answer that is index.html in place of a missing path. */
const fallbackHeader = 'x-buildwright-fallback';

/** A fetch the static preview answered with index.html: the app expects a backend the preview does not have. */
function staticFallbackMessage(method: string, path: string): string {
  return `${method} ${path} was answered with index.html, not data: the preview serves static files only, with no backend or API (a JSON parse error follows from it). Mock the API in the app, or use local data (a module, or a JSON file under public/ fetched by its file name).`;
}

function firstLines(text: string, count: number): string {
  const lines = text.split('\n');
  return lines.length <= count ? text : `${lines.slice(0, count).join('\n')}\n…`;
}
