import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import { BuildwrightError } from '@buildwright/core';
import type { Check, CheckContext, CheckIssue, Sandbox } from '@buildwright/core';
import type { Page } from 'playwright-core';
import { failed } from './check-report.js';
import { chromiumMissing, chromiumPath } from './chromium-launch.js';
import { closeGuarded, openGuardedBrowser } from './guarded-browser.js';
import type { GuardedBrowser } from './guarded-browser.js';
import { allowOriginsOption, blockedRequestsAdvice, blockedRequestsMode, blockedRequestsNotice, pageOrigins } from './page-egress.js';
import type { AllowedOrigin } from './page-egress.js';
import { a11yAdvice, a11yIssue, a11yOptions, axeInitScript, failsAt, scanAccessibility } from './page-accessibility.js';
import type { A11yOptions, A11yViolation } from './page-accessibility.js';
import { linkedRoutes } from './page-routes.js';
import { settledRoute } from './settled-route.js';
import { watchPage } from './watched-page.js';
import type { WatchedPage } from './watched-page.js';
import { originalPosition, parseStackFrame, projectFileOf } from './source-map-position.js';
import { previewServer } from './preview-server.js';
import type { WebCheckSession } from './web-check-session.js';
import { requirePeers } from '../internal/peer-dependency.js';

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
  /**
   * Quiet time with no request in flight that counts as network idle. Default 250 ms. The wait runs
   * while each route is inspected; an inspection of a page that changed meanwhile is done again.
   */
  idleMs?: number;
  /** Element that must not be empty after load. Default `#root`. */
  rootSelector?: string;
  /**
   * Origins the page may load besides its own preview origin (and, in a DApp run, the chain's
   * RPC URL), e.g. `['https://fonts.example.com']`; or a function of the check's context that
   * gives them on each run (`dappChecks()` uses one to add the RPC URL of a contract on another
   * chain). Default none: every other request is blocked.
   */
  allowOrigins?: string[] | ((context: CheckContext) => string[] | Promise<string[]>);
  /**
   * What a blocked request does to the check: `'fail'` (default) fails it with one issue per
   * blocked target, so the fix step removes the request; `'warn'` lets it pass and posts them as a
   * `notice.posted` warning. The request is blocked either way.
   */
  blockedRequests?: 'fail' | 'warn';
  /**
   * Most routes visited, the entry `/` included (default 10): after each load the check follows
   * the page's same-origin links (anchors, router links) it has not visited yet. `1` loads `/` only.
   */
  maxRoutes?: number;
  /** Time for visiting the routes after `/` (default 30 s); the routes not reached by then are left out, with a notice. */
  routesTimeoutMs?: number;
  /**
   * Accessibility scan of each visited route with axe-core (an optional peer: `npm install
   * axe-core`). Default `{ level: 'critical' }`: critical violations fail the check, the others
   * are posted as a warning; `'serious'` fails on serious ones too (color contrast among them); `'warn'` fails on none, `false` (or `level: 'off'`) does
   * not scan. Left at its default without axe-core installed, the scan is skipped with a warning.
   */
  a11y?: A11yOptions | false;
}

/** How long a Chromium launched ahead waits for its check before closing itself. */
const prelaunchLifetimeMs = 60_000;

/**
 * Loads the built app in headless Chromium (through playwright-core) the way a user would: serves
 * the build from the sandbox, waits for network idle, and fails on uncaught page errors, console
 * errors, failed same-origin requests, an empty root element and requests outside the preview
 * origin. Saves a PNG screenshot under the run's artifacts and, when the app works, returns
 * the preview (the URL, which keeps serving, and the screenshot path): the run emits `preview.ready`.
 *
 * The page is untrusted code: it may load only its preview origin (in a DApp run also the
 * chain's RPC URL, plus `allowOrigins`); every other request, WebSocket, beacon, form post,
 * service worker or WebRTC packet is blocked before it leaves the browser and reported
 * (`startPageEgress`), and Chromium runs inside its own sandbox where it can (`launchChromium`;
 * never as root).
 *
 * Without Chromium it is skipped, never passed (without playwright-core it is not created:
 * `PEER_DEPENDENCY_MISSING`). An uncaught error is reported
 * at its place in the sources (through the build's hidden source maps) when its stack points into
 * the app's bundle.
 *
 * Given the session of `webChecks()`, Chromium is launched and the preview server started while
 * the earlier checks run, and Chromium stays open between runs (`browserIdleMs`; each load gets
 * a new browser context, closed after it); `close()` closes it.
 *
 * @example
 * import { browserCheck } from '@buildwright/adapters/checks';
 *
 * const check = browserCheck({ executablePath: '/usr/bin/chromium', allowOrigins: ['https://fonts.example.com'] });
 */
export function browserCheck(options: BrowserCheckOptions = {}, session?: WebCheckSession): Check {
  requirePeers('browserCheck', ['playwright-core']);
  const directory = options.directory ?? 'dist';
  const executablePath = chromiumPath(options.executablePath);
  const allowOrigins = options.allowOrigins;
  const fixedOrigins = typeof allowOrigins === 'function' ? undefined : allowOriginsOption(allowOrigins);
  const blockedMode = blockedRequestsMode(options.blockedRequests);
  const maxRoutes = positiveInteger(options.maxRoutes, 'maxRoutes') ?? 10;
  const routesTimeoutMs = positiveInteger(options.routesTimeoutMs, 'routesTimeoutMs') ?? 30_000;
  const a11y = a11yOptions(options.a11y);
  let a11yMissing: string | undefined;
  if (a11y.level !== 'off') {
    try {
      requirePeers('browserCheck', ['axe-core']);
    } catch (error) {
      if (a11y.explicit) throw error;
      a11yMissing = 'Browser check: accessibility not checked, axe-core is not installed (npm install axe-core, or set a11y: false).';
    }
  }
  const scans = a11y.level !== 'off' && !a11yMissing;
  // axe-core's source comes with each page (parsed, not run, until the scan): no injection after the load.
  const watchOptions = async (origin: string) => ({ origin, viewport: options.viewport, initScripts: scans ? [await axeInitScript()] : [] });
  const allowedFor = async (context: CheckContext, previewUrl: string) =>
    pageOrigins({ previewUrl, rpcUrls: await chainRpcUrls(context), extra: fixedOrigins ?? allowOriginsOption(typeof allowOrigins === 'function' ? await allowOrigins(context) : []) });
  const open = (allowed: AllowedOrigin[]) => openGuardedBrowser({ adapter: 'browserCheck', executablePath, args: options.args, allowed, pool: session?.chromium });

  /**
   * Opens the page the check will load the app in, ahead of the check (see `EarlyBrowser`): from
   * `prepare` while the model works (web runs), else from the checks' early start.
   */
  const openEarly = async (session: WebCheckSession, context: CheckContext) => {
    const slots = session.state(context.sandbox).slots;
    if (slots.has('browser-early') || !existsSync(executablePath) || !/^[\w.-]+(?:\/[\w.-]+)*$/.test(directory)) return;
    // A launch waits for the build started early (if any): launching Chromium alongside would slow
    // down the build, which the preview waits for. A Chromium already running (a follow-up edit)
    // only needs a context and a page, cheap beside the build: those open at once, off the path
    // from the build to the page load.
    const building = session.chromium.size() > 0 ? undefined : (session.state(context.sandbox).slots.get('build-early') as { run: Promise<unknown> } | undefined);
    // The launch flags depend on the allowed origins, so on the preview server's URL (started just below).
    const browser = Promise.resolve(building?.run)
      .catch(() => {})
      .then(async () => {
        const { url } = await previewServer(context, directory);
        const guarded = await open(await allowedFor(context, url));
        return { guarded, origin: new URL(url).origin };
      })
      .catch(() => undefined);
    // The page is only opened and watched here (no navigation): it reports nothing until the check loads the app in it.
    const page = browser.then(async (opened) => opened && watchPage(opened.guarded, await watchOptions(opened.origin))).catch(() => undefined);
    // Closed if no check takes it in time (a check after this one failed in an unusual way).
    const timer = setTimeout(() => void closeEarlyBrowser(session, context.sandbox), prelaunchLifetimeMs);
    timer.unref();
    slots.set('browser-early', { browser: browser.then((opened) => opened?.guarded), page, timer } satisfies EarlyBrowser);
    void previewServer(context, directory).catch(() => {});
  };

  if (session) {
    session.onStartEarly((context) => openEarly(session, context));
    session.onStop((sandbox) => closeEarlyBrowser(session, sandbox));
  }

  return {
    name: 'browser',
    // Independent of other late checks (security): they run together and fail as one fix turn.
    parallel: 'after-build',
    ...(session
      ? {
          close: () => session.chromium.close(),
          // Chromium (launched if it is not running) and the page's context and renderer open while the
          // model works: opened at the checks' start instead, they took a core from the build (or,
          // for a launch, came after it). Only while no other run goes on: concurrent runs would each
          // hold a renderer (about 110 MB) through their model's turns. A DApp's page waits for its
          // chain, known at its checks.
          prepare: async (context: CheckContext) => {
            if (context.kind !== 'web' || session.busyWithOtherRuns(context.runId)) return;
            // The run is under way for the session (as the worker's prepare marks it): Chromium is not closed under the page.
            session.use(context);
            await openEarly(session, context);
          },
        }
      : {}),
    async run(context) {
      const missing = chromiumMissing(executablePath);
      if (missing) return missing;
      if (!/^[\w.-]+(?:\/[\w.-]+)*$/.test(directory)) {
        throw new BuildwrightError({ code: 'INVALID_INPUT', message: `browserCheck directory "${directory}" must be a plain relative path such as "dist".` });
      }
      const taken = session ? takeEarlyBrowser(session, context.sandbox) : undefined;
      const early = taken?.browser;
      if ((await context.sandbox.readFile(`${directory}/index.html`)) === undefined) {
        void closeEarly(taken);
        return failed(`Browser check failed: no ${directory}/index.html to serve`, [{ file: `${directory}/index.html`, message: 'missing; the build must produce it before the app can be loaded' }]);
      }

      let server: Awaited<ReturnType<typeof previewServer>>;
      let allowed: AllowedOrigin[];
      try {
        server = await previewServer(context, directory);
        allowed = await allowedFor(context, server.url);
      } catch (error) {
        void closeEarly(taken);
        throw error;
      }
      const launched = await early;
      // A browser launched early for other origins (the preview server was started again meanwhile) has the wrong flags.
      if (launched && !launched.egress.serves(allowed)) void closeEarly(taken);
      const guarded = launched?.egress.serves(allowed) ? launched : await open(allowed);
      const origin = new URL(server.url).origin;
      const pageIssues: RouteIssues[] = [];
      const violations: A11yViolation[] = [];
      const visited: string[] = [];
      const queue = ['/'];
      const leftOut = new Set<string>();
      let screenshotPath: string | null = null;
      let blocked: CheckIssue[] = [];
      try {
        // The page opened early is of this browser and origin and still blank (never navigated): the same as a new one.
        const ready = guarded === launched ? await taken?.page : undefined;
        const usable = ready && ready.origin === origin && ready.issues.length === 0 && !ready.page.isClosed() && guarded.browser.isConnected();
        const watched = usable ? ready : await watchPage(guarded, await watchOptions(origin));
        const deadline = Date.now() + routesTimeoutMs;
        const rootSelector = options.rootSelector ?? '#root';
        // One page in one browser context for every route, as a user clicking through the app.
        while (queue.length > 0 && (visited.length === 0 || Date.now() < deadline)) {
          const route = queue.shift()!;
          visited.push(route);
          const before = watched.issues.length;
          const scan = async () => {
            try {
              return await scanAccessibility(watched.page, route, a11y.disableRules);
            } catch (error) {
              return new Error(`The accessibility scan did not run: ${(error as Error).message.split('\n')[0]}`);
            }
          };
          const shown = await settledRoute(watched, new URL(route, server.url).href, {
            timeoutMs: options.timeoutMs,
            idleMs: options.idleMs,
            rootSelector,
            screenshotDirectory: visited.length === 1 ? context.artifactsDir : undefined,
            inspect: scans ? scan : undefined,
          });
          if (visited.length === 1) screenshotPath = shown.screenshotPath;
          if (shown.inspected instanceof Error) watched.issues.push({ message: shown.inspected.message });
          else if (shown.inspected) violations.push(...shown.inspected);
          const rootIssue = await emptyRoot(watched.page, rootSelector);
          for (const linked of await linkedRoutes(watched.page, origin)) {
            if (visited.includes(linked) || queue.includes(linked)) continue;
            if (visited.length + queue.length < maxRoutes) queue.push(linked);
            else leftOut.add(linked);
          }
          pageIssues.push({ route, issues: [...watched.issues.slice(before), ...(rootIssue ? [rootIssue] : [])] });
        }
        blocked = guarded.egress.issues();
      } finally {
        // Nothing the check reports depends on closing: it happens while the run goes on.
        void closeGuarded(guarded);
      }

      const failing = violations.filter((violation) => failsAt(violation, a11y.level));
      const warnings = violations.filter((violation) => !failsAt(violation, a11y.level));
      if (a11yMissing) await context.emit({ type: 'notice.posted', level: 'warn', message: a11yMissing });
      if (warnings.length > 0) await context.emit({ type: 'notice.posted', level: 'warn', message: a11yNotice(warnings, a11y.level) });
      const notVisited = [...queue, ...leftOut];
      if (notVisited.length > 0) {
        const listed = `${notVisited.slice(0, 10).join(', ')}${notVisited.length > 10 ? ', …' : ''}`;
        await context.emit({
          type: 'notice.posted',
          level: 'info',
          message: `Browser check: visited ${visited.length} routes (${visited.join(', ')}); not visited (maxRoutes ${maxRoutes} or routesTimeoutMs ${routesTimeoutMs} reached): ${listed}`,
        });
      }

      const issues: CheckIssue[] = [];
      for (const { route, issues: onRoute } of pageIssues) {
        const placed = await placePageErrors(context, directory, origin, onRoute);
        issues.push(...placed.map((issue) => ({ ...issue, message: `${route}: ${issue.message}` })));
      }
      // Under 'warn' blocked requests are listed with the failures too: they may be their cause (a library from a CDN).
      if (blocked.length > 0 && (blockedMode === 'fail' || issues.length > 0 || failing.length > 0)) issues.push(...blocked);
      issues.push(...failing.map(a11yIssue));
      if (issues.length > 0) {
        const advice = [blocked.length > 0 ? blockedRequestsAdvice : undefined, failing.length > 0 ? a11yAdvice : undefined].filter(Boolean).join('\n');
        const what = failing.length > 0 && issues.length === failing.length ? 'the app has accessibility violations' : 'the app does not load cleanly in Chromium';
        return failed(`Browser check failed: ${what} (${server.url}; routes visited: ${visited.join(', ')})`, issues, advice || undefined);
      }
      if (blocked.length > 0) await context.emit({ type: 'notice.posted', level: 'warn', message: blockedRequestsNotice('Browser check', blocked) });
      return { status: 'passed', preview: { url: server.url, screenshotPath } };
    },
  };
}

/** What went wrong while one route was shown. */
interface RouteIssues {
  route: string;
  issues: Array<CheckIssue | Error>;
}

/** An issue when the root element is missing or empty after load: the app rendered nothing. */
async function emptyRoot(page: Page, rootSelector: string): Promise<CheckIssue | undefined> {
  const root = await page
    .evaluate((selector) => {
      const element = document.querySelector(selector);
      return element ? { found: true, empty: element.children.length === 0 && (element.textContent ?? '').trim() === '' } : { found: false, empty: true };
    }, rootSelector)
    .catch(() => ({ found: false, empty: true }));
  if (!root.found) return { file: 'index.html', message: `no ${rootSelector} element in the page` };
  if (root.empty) return { message: `${rootSelector} is empty after load: the app rendered nothing (does App return markup, and does src/main.tsx render it into ${rootSelector}?)` };
  return undefined;
}

/** The `notice.posted` text for accessibility violations that do not fail the check. */
function a11yNotice(warnings: A11yViolation[], level: string): string {
  const listed = warnings
    .slice(0, 5)
    .map((violation) => a11yIssue(violation).message)
    .join('; ');
  return `Browser check: ${warnings.length} accessibility warning${warnings.length === 1 ? '' : 's'} (a11y level '${level}'): ${listed}${warnings.length > 5 ? `; …and ${warnings.length - 5} more` : ''}`;
}

function positiveInteger(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
  throw new BuildwrightError({ code: 'INVALID_INPUT', message: `browserCheck ${name} must be a positive integer, not ${JSON.stringify(value)}.` });
}

interface EarlyBrowser {
  browser: Promise<GuardedBrowser | undefined>;
  /** A page opened in it for the preview's origin, not yet navigated (closed with the browser's contexts). */
  page: Promise<WatchedPage | undefined>;
  timer: NodeJS.Timeout;
}

/** The chain's RPC URL in a DApp run: the page talks to it. */
export async function chainRpcUrls(context: CheckContext): Promise<string[]> {
  if (context.kind !== 'dapp' || !context.chain) return [];
  const info = await context.chain.info().catch(() => undefined);
  return info ? [info.rpcUrl] : [];
}

function takeEarlyBrowser(session: WebCheckSession, sandbox: Sandbox): Omit<EarlyBrowser, 'timer'> | undefined {
  const slots = session.state(sandbox).slots;
  const early = slots.get('browser-early') as EarlyBrowser | undefined;
  slots.delete('browser-early');
  if (!early) return undefined;
  clearTimeout(early.timer);
  return early;
}

async function closeEarlyBrowser(session: WebCheckSession, sandbox: Sandbox): Promise<void> {
  await closeEarly(takeEarlyBrowser(session, sandbox));
}

/** Closes a browser opened early once its page is open (a context still opening would outlive the close). */
async function closeEarly(early: Omit<EarlyBrowser, 'timer'> | undefined): Promise<void> {
  await early?.page;
  await closeGuarded(await early?.browser);
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
      found = context.sandbox.readFile(path).then(
        (text) => (text === undefined ? undefined : (JSON.parse(text) as unknown)),
        () => undefined,
      );
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
      if (!frame?.url.startsWith(`${origin}/`)) continue;
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
