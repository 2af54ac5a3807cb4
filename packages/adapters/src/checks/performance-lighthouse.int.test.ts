import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChromiumPool } from './chromium-pool.js';
import { chromiumPath } from './chromium-launch.js';
import { closeGuarded, openGuardedBrowser } from './guarded-browser.js';
import { runLighthouse } from './lighthouse-run.js';
import { pageOrigins } from './page-egress.js';
import { performanceCheck } from './performance-check.js';
import { templateProjects } from './template-projects.test-support.js';
import { createWebCheckSession } from './web-check-session.js';
import type { WebCheckSession } from './web-check-session.js';

// Real Lighthouse 12 in real Chromium (the pooled, egress-guarded browser of the browser check),
// against real pages served by the local sandbox's preview server.
const projects = templateProjects();
const outside: string[] = [];
let outsideUrl = '';
const listener = createServer((request, response) => {
  outside.push(request.url ?? '');
  response.end('reached');
});

beforeAll(async () => {
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  outsideUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
});
afterAll(async () => {
  listener.close();
  await projects.cleanup();
});

/** A built page that logs a console error (a best-practices audit fails on it) and tries to reach another origin. */
const page = () => ({
  'dist/index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Perf</title></head><body><div id="root"><h1>Hello</h1><p>A small page.</p></div><script src="/app.js"></script></body></html>`,
  'dist/app.js': `console.error('boom from the app');\nfetch(${JSON.stringify(`${outsideUrl}/leak`)}).catch(() => {});\n`,
});

describe('performance check with Lighthouse (real Chromium)', () => {
  it('default: real scores and audits come back from a served page, through the pooled guarded Chromium, and the page reaches no other origin', async () => {
    const { context } = await projects.open(page());
    const { previewServer } = await import('./preview-server.js');
    const server = await previewServer(context, 'dist');
    const pool = createChromiumPool({ idleMs: 1_000 });
    const guarded = await openGuardedBrowser({ adapter: 'performanceCheck', executablePath: chromiumPath(undefined), allowed: pageOrigins({ previewUrl: server.url }), pool });
    try {
      const summary = await runLighthouse(guarded, { url: server.url, categories: ['performance', 'best-practices'] });
      expect(summary.runtimeError).toBeUndefined();
      expect(summary.scores.performance).toBeGreaterThan(0);
      expect(summary.scores.performance).toBeLessThanOrEqual(1);
      expect(summary.scores['best-practices']).toBeGreaterThan(0);
      expect(summary.scores['best-practices']).toBeLessThan(1);
      expect(summary.failingAudits).toContainEqual(expect.objectContaining({ id: 'errors-in-console', category: 'best-practices', score: 0 }));
      expect(
        guarded.egress
          .issues()
          .map((issue) => issue.message)
          .join('\n'),
      ).toContain(outsideUrl.replace('http://', ''));
    } finally {
      await closeGuarded(guarded);
      await pool.close();
    }
    expect(outside).toEqual([]);
  }, 120_000);

  it('behavior: a threshold above the score fails the check, naming the failing audit; thresholds under it pass with the scores in a notice', async () => {
    const { context, events } = await projects.open(page());
    const strict = await performanceCheck({ budgetKb: false, lighthouse: { minScores: { performance: false, 'best-practices': 1 } } }).run(context);
    expect(strict.status).toBe('failed');
    if (strict.status !== 'failed') return;
    expect(strict.issues[0]!.message).toMatch(/^Lighthouse best-practices 0\.\d\d is under 1$/);
    expect(strict.issues.map((issue) => issue.message)).toContainEqual(expect.stringMatching(/^best-practices audit "Browser errors were logged to the console" \(score 0\.00\)$/));

    const lenient = await performanceCheck({ budgetKb: false, lighthouse: { minScores: { performance: 0, 'best-practices': 0.1 } } }).run(context);
    expect(lenient).toEqual({ status: 'passed' });
    expect(events.filter((event) => event.type === 'notice.posted').at(-1)).toMatchObject({
      message: expect.stringMatching(/^Performance check: Lighthouse performance \d\.\d\d, best-practices 0\.\d\d$/),
    });
    expect(outside).toEqual([]);
  }, 180_000);

  it('in a session: Lighthouse opens its context, page and CDP session while the page checks (browser, e2e) run, and loads its page only once they are done', async () => {
    const { context } = await projects.open(page());
    const session = createWebCheckSession({ browserIdleMs: 1_000 });
    let pagesLoading = true;
    /** For each Lighthouse navigation of its page (CDP `Page.navigate`): whether a page check was still running. */
    const navigatedWhilePagesLoad: boolean[] = [];
    let sessionOpened: () => void = () => {};
    const opened = new Promise<void>((resolve) => (sessionOpened = resolve));
    let navigating: () => void = () => {};
    const navigated = new Promise<void>((resolve) => (navigating = resolve));
    const watched: WebCheckSession = {
      ...session,
      chromium: {
        ...session.chromium,
        acquire: async (launch) => {
          const lease = await session.chromium.acquire(launch);
          const { browser } = lease;
          const newContext = browser.newContext.bind(browser);
          browser.newContext = async (options) => {
            const opened = await newContext(options);
            const newCDPSession = opened.newCDPSession.bind(opened);
            opened.newCDPSession = async (target) => {
              const cdp = await newCDPSession(target);
              const send = cdp.send.bind(cdp);
              cdp.send = ((method: string, params?: object) => {
                if (method === 'Page.navigate') {
                  navigatedWhilePagesLoad.push(pagesLoading);
                  navigating();
                }
                return send(method as never, params as never);
              }) as typeof cdp.send;
              sessionOpened();
              return cdp;
            };
            return opened;
          };
          return lease;
        },
      },
    };
    const browserCheckRunning = session.pages.use(context.sandbox);
    try {
      const result = performanceCheck({ lighthouse: { minScores: { performance: 0, 'best-practices': 0 } } }, watched).run(context);
      // Opened while the browser check still runs; then no load, for as long as it would take Lighthouse to start one were it not waiting.
      await opened;
      await Promise.race([navigated, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      expect(navigatedWhilePagesLoad).toEqual([]);
      pagesLoading = false;
      browserCheckRunning();
      expect(await result).toEqual({ status: 'passed' });
      expect(navigatedWhilePagesLoad.length).toBeGreaterThan(0);
      expect(navigatedWhilePagesLoad.every((loading) => !loading)).toBe(true);
    } finally {
      browserCheckRunning();
      await session.chromium.close();
    }
  }, 120_000);
});
