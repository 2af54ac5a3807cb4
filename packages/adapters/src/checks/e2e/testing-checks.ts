import { BuildwrightError } from '@buildwright/core';
import type { Page } from 'playwright-core';
import type { Check, CheckContext, CheckIssue } from '@buildwright/core';
import { requirePeers } from '../../internal/peer-dependency.js';
import { chainRpcUrls } from '../browser-check.js';
import { failed } from '../check-report.js';
import { chromiumMissing, chromiumPath } from '../chromium-launch.js';
import { closeGuarded, openGuardedBrowser } from '../guarded-browser.js';
import { allowOriginsOption, pageOrigins } from '../page-egress.js';
import { previewServer } from '../preview-server.js';
import { watchPage } from '../watched-page.js';
import type { WatchedPage } from '../watched-page.js';
import type { WebCheckSession } from '../web-check-session.js';
import { flowInstructions, parseFlowFile } from './e2e-flow.js';
import type { FlowFile, FlowTest } from './e2e-flow.js';
import { runFlowTest } from './flow-runner.js';
import { componentTestsChecks } from './component-tests-checks.js';
import type { ComponentTestsOptions } from './component-tests-checks.js';
import { defaultComponentTestPath } from './component-test-file.js';
import type { FlowFailure } from './flow-runner.js';

export interface TestingChecksOptions {
  /** The flow file the tests step writes and the e2e check runs. Default `tests/e2e/app.flow.json`. */
  path?: string;
  /** Built app directory, served as the browser check serves it. Default `dist`. */
  directory?: string;
  /** Most time one step may take (an action finding its element, an expectation its state). Default 5 s. */
  stepTimeoutMs?: number;
  /** Most time one test may take. Default 30 s. */
  testTimeoutMs?: number;
  /** Most time for all the tests; those not reached fail as not run. Default 120 s. */
  timeoutMs?: number;
  /** Chromium binary. Default `$BUILDWRIGHT_CHROMIUM`, else `/usr/bin/chromium`. */
  executablePath?: string;
  /** Extra Chromium flags (`webChecks()` passes the browser check's, so both share one Chromium). */
  args?: string[];
  /** Origins the page may load besides its preview origin (`webChecks()` passes the browser check's). Default none. */
  allowOrigins?: string[];
  /** Viewport of each test's page. Default 1280×800. */
  viewport?: { width: number; height: number };
  /**
   * Component tests besides the flow (default off): `true` or `{ path, timeoutMs }`. The tests step
   * also writes Vitest + Testing Library tests (`tests/unit/app.test.tsx`), after adding vitest,
   * Testing Library and happy-dom to the project's devDependencies; the `component-tests` check
   * runs them in the sandbox after build. Off, web runs install nothing more.
   */
  components?: boolean | ComponentTestsOptions;
}

/** The flow file's default place. */
export const defaultFlowPath = 'tests/e2e/app.flow.json';

/**
 * The testing agent of web and DApp runs, as two checks:
 *
 * - `e2e-flows`, in the run's tests node (plan → build → tests → checks): the model writes
 *   end-to-end tests of the request (its acceptance criteria when a requirements step stated them)
 *   in `path` as JSON data (`buildwright.e2e/v1`: tests of steps such as click, fill, expect);
 *   this check parses it and sends what is malformed back to the model, with each problem's JSON path.
 * - `e2e`, after build (in the `after-build` group, beside the browser check): serves the build as
 *   the browser check does and runs each test in a new context of the same pooled Chromium, under
 *   the same egress policy (the page loads its own origin only). A failure names the test, the step
 *   and the failed expectation; the fix step gets it and cannot change `path` (a tool error), so
 *   it repairs the app, not the test.
 *
 * The model's flow tests are never run as code, on this machine or anywhere: the check interprets the
 * file's steps through Playwright locators, with bounded tests, steps and time.
 *
 * With `components: true`, also `component-tests-file` (tests node) and `component-tests` (after
 * build): Vitest + Testing Library tests the model writes in `tests/unit/app.test.tsx`, run as code
 * in the sandbox only (no network), never on this machine.
 *
 * @example
 * import { testingChecks, webChecks } from '@buildwright/adapters/checks';
 *
 * createBuilder({ llm, sandbox, storage, checks: webChecks({ testing: true }) });
 * // with component tests too: webChecks({ testing: { components: true } })
 * // or, with your own list: checks: [...myChecks, ...testingChecks({ stepTimeoutMs: 3_000 })]
 */
export function testingChecks(options: TestingChecksOptions = {}, session?: WebCheckSession): Check[] {
  requirePeers('testingChecks', ['playwright-core']);
  const path = plainPath(options.path ?? defaultFlowPath, /\.json$/, `path "${options.path}" must be a plain relative path of a .json file such as "${defaultFlowPath}"`);
  const components = options.components === true ? {} : options.components || undefined;
  const componentChecks = components
    ? componentTestsChecks({
        path: plainPath(
          components.path ?? defaultComponentTestPath,
          /\.test\.[jt]sx?$/,
          `components.path "${components.path}" must be a plain relative path of a test file such as "${defaultComponentTestPath}"`,
        ),
        timeoutMs: positive(components.timeoutMs, 'components.timeoutMs') ?? 120_000,
      })
    : [];
  const directory = plainPath(options.directory ?? 'dist', /./, `directory "${options.directory}" must be a plain relative path such as "dist"`);
  const stepTimeoutMs = positive(options.stepTimeoutMs, 'stepTimeoutMs') ?? 5_000;
  const testTimeoutMs = positive(options.testTimeoutMs, 'testTimeoutMs') ?? 30_000;
  const timeoutMs = positive(options.timeoutMs, 'timeoutMs') ?? 120_000;
  const executablePath = chromiumPath(options.executablePath);
  const extraOrigins = allowOriginsOption(options.allowOrigins);

  const flows: Check = {
    name: 'e2e-flows',
    kinds: ['web', 'dapp'],
    phase: { node: 'tests', path, instructions: flowInstructions(path) },
    async run(context) {
      const read = readFlows(context, path);
      if (read.ok) return { status: 'passed' };
      return failed(
        `E2E flows invalid: ${path} ${read.missing ? 'is missing' : 'does not match buildwright.e2e/v1'}`,
        read.issues,
        'Write the file again as the format above says; every step needs exactly one action or expectation key.',
      );
    },
  };

  const e2e: Check = {
    name: 'e2e',
    kinds: ['web', 'dapp'],
    // Beside the browser check: it loads the same build in its own browser contexts.
    parallel: 'after-build',
    ...(session ? { close: () => session.chromium.close() } : {}),
    async run(context) {
      const read = readFlows(context, path);
      if (!read.ok && read.missing) return { status: 'skipped', reason: `no end-to-end tests: ${path} is missing (the tests step writes it)` };
      if (!read.ok) return failed(`E2E tests failed: ${path} does not match buildwright.e2e/v1`, read.issues);
      const missing = chromiumMissing(executablePath);
      if (missing) return missing;
      if ((await context.sandbox.readFile(`${directory}/index.html`)) === undefined) {
        return failed(`E2E tests failed: no ${directory}/index.html to serve`, [{ file: `${directory}/index.html`, message: 'missing; the build must produce it before the tests can run' }]);
      }
      const outcomes = await runTests(context, read.file);
      const failures = outcomes.filter((outcome) => outcome.failure);
      const names = read.file.tests.map((test) => `"${test.name}"`).join(', ');
      if (failures.length === 0) {
        await context.emit({ type: 'notice.posted', level: 'info', message: `E2E tests: ${outcomes.length} passed (${names})` });
        return { status: 'passed' };
      }
      const issues = failures.map(({ test, failure, pageErrors }) => failureIssue(path, test, failure!, pageErrors));
      return failed(
        `E2E tests failed: ${failures.length} of ${outcomes.length} test${outcomes.length === 1 ? '' : 's'} in ${path}`,
        issues,
        `The tests in ${path} are frozen: make the app do what each failing step expects (the test and its step are quoted above).`,
      );
    },
  };
  return [flows, ...componentChecks.slice(0, 1), e2e, ...componentChecks.slice(1)];

  async function runTests(context: CheckContext, file: FlowFile): Promise<TestOutcome[]> {
    const server = await previewServer(context, directory);
    const allowed = pageOrigins({ previewUrl: server.url, rpcUrls: await chainRpcUrls(context), extra: extraOrigins });
    const guarded = await openGuardedBrowser({ adapter: 'testingChecks', executablePath, args: options.args, allowed, pool: session?.chromium });
    const deadline = Date.now() + timeoutMs;
    const outcomes: TestOutcome[] = [];
    try {
      for (const test of file.tests) {
        if (Date.now() >= deadline) {
          outcomes.push({ test, failure: { step: 0, description: '', message: `not run: the tests ran out of time (timeoutMs ${timeoutMs})` }, pageErrors: [] });
          continue;
        }
        // A fresh context per test: nothing one test stored (localStorage, cookies) is seen by the next.
        const watched = await watchPage(guarded, { origin: new URL(server.url).origin, viewport: options.viewport });
        try {
          await watched.load(server.url);
          const failure = await runFlowTest(watched.page, test, { baseUrl: server.url, stepTimeoutMs, deadline: Math.min(deadline, Date.now() + testTimeoutMs) });
          await letRequestsEnd(watched);
          await letQueuedTasksRun(watched.page);
          const pageErrors = watched.issues.flatMap((issue) => (issue instanceof Error ? [`Uncaught ${issue.name}: ${issue.message.split('\n')[0]}`] : []));
          const uncaught = !failure && pageErrors.length > 0 ? { step: 0, description: '', message: `the page threw during the test: ${pageErrors[0]}` } : undefined;
          outcomes.push({ test, failure: failure ?? uncaught, pageErrors });
        } finally {
          await watched.page
            .context()
            .close()
            .catch(() => {});
        }
      }
      const blocked = guarded.egress.issues();
      if (blocked.length > 0)
        await context.emit({
          type: 'notice.posted',
          level: 'warn',
          message: `E2E tests: the page made ${blocked.length} requests outside the allowed origins, blocked: ${blocked.map((issue) => issue.message).join('; ')}`,
        });
    } finally {
      void closeGuarded(guarded);
    }
    return outcomes;
  }
}

/** How long the page must stay without requests after a test's last step before its context closes. */
const quietAfterTestMs = 250;

/**
 * Lets the requests the last steps started (a click's fetch, one a timer sends just after) reach
 * the egress routes and end before the context closes: a request still on its way when the
 * context closes is dropped unseen, so a blocked one would go unreported. The quiet time counts
 * from the end of the steps, not from the page's last request. Bounded: a page that keeps
 * requesting is left after 2 s.
 */
async function letRequestsEnd(watched: WatchedPage): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, quietAfterTestMs));
  await watched.settle(watched.requests(), { idleMs: quietAfterTestMs, timeoutMs: 2_000 });
}

/**
 * Lets the page run the tasks its last step queued (a `setTimeout(..., 0)` that throws) before
 * its errors are read: their errors reach us before this round trip answers. Bounded, since the
 * page may never answer.
 */
async function letQueuedTasksRun(page: Page): Promise<void> {
  const settled = page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0))).catch(() => {});
  await Promise.race([settled, new Promise((resolve) => setTimeout(resolve, 500).unref())]);
}

interface TestOutcome {
  test: FlowTest;
  failure: FlowFailure | undefined;
  pageErrors: string[];
}

/** `tests/e2e/app.flow.json: "deletes a todo" failed at step 4 {"expect":…}: expected 0 matching elements, found 1`. */
function failureIssue(path: string, test: FlowTest, failure: FlowFailure, pageErrors: string[]): CheckIssue {
  const where = failure.step > 0 ? ` at step ${failure.step} ${failure.description}` : '';
  const criterion = test.criterion ? ` (criterion: ${test.criterion})` : '';
  const errors = failure.step > 0 && pageErrors.length > 0 ? `; the page threw: ${pageErrors.slice(0, 2).join('; ')}` : '';
  return { file: path, message: `test "${test.name}"${criterion} failed${where}: ${failure.message}${errors}` };
}

type ReadFlows = { ok: true; file: FlowFile } | { ok: false; missing: boolean; issues: CheckIssue[] };

function readFlows(context: CheckContext, path: string): ReadFlows {
  const source = context.files[path];
  if (source === undefined) return { ok: false, missing: true, issues: [{ file: path, message: 'missing: write the end-to-end tests of the request there' }] };
  const parsed = parseFlowFile(source);
  if (parsed.ok) return parsed;
  return { ok: false, missing: false, issues: parsed.problems.map((problem) => ({ file: path, message: problem })) };
}

function plainPath(path: string, ending: RegExp, problem: string): string {
  if (!/^[\w.-]+(?:\/[\w.-]+)*$/.test(path) || !ending.test(path) || path.split('/').some((part) => part === '.' || part === '..')) invalid(problem);
  return path;
}

function positive(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  invalid(`${name} must be a positive number of milliseconds, not ${JSON.stringify(value)}`);
}

function invalid(message: string): never {
  throw new BuildwrightError({ code: 'INVALID_INPUT', message: `testingChecks ${message}.` });
}
