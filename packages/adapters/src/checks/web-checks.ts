import type { Check } from '@buildwright/core';
import { browserCheck } from './browser-check.js';
import type { BrowserCheckOptions } from './browser-check.js';
import { buildCheck } from './build-check.js';
import type { BuildCheckOptions } from './build-check.js';
import { importsCheck } from './imports-check.js';
import type { ImportsCheckOptions } from './imports-check.js';
import { installCheck } from './install-check.js';
import type { InstallCheckOptions } from './install-check.js';
import { performanceCheck } from './performance-check.js';
import type { PerformanceCheckOptions } from './performance-check.js';
import { validateCheck } from './validate-check.js';
import type { ValidateCheckOptions } from './validate-check.js';
import { securityCheck } from './security-check.js';
import type { SecurityCheckOptions } from './security-check.js';
import { testingChecks } from './e2e/testing-checks.js';
import type { TestingChecksOptions } from './e2e/testing-checks.js';
import { createWebCheckSession } from './web-check-session.js';
import type { WebCheckSession } from './web-check-session.js';
import { devPreview } from './dev-preview.js';
import type { SharedTypeCheckOptions } from './shared-typecheck/shared-typecheck-pool.js';

/** Options of each web check; `false` leaves a check out. */
export interface WebChecksOptions {
  /**
   * `smoke` (default): imports, install, validate, build, browser. `full`: also the security check
   * (secrets, security lint, npm audit), run at the same time as the browser check.
   */
  depth?: 'smoke' | 'full';
  /** The security check's options (it runs with `depth: 'full'`, or at any depth when given); `false` leaves it out. */
  security?: SecurityCheckOptions | false;
  imports?: ImportsCheckOptions | false;
  install?: InstallCheckOptions | false;
  validate?: ValidateCheckOptions | false;
  build?: BuildCheckOptions | false;
  browser?: BrowserCheckOptions | false;
  /**
   * The performance check, beside the browser check (default off): `true` or its options. A bundle
   * budget per chunk (gzip, 170 kB by default) and, with `lighthouse`, Lighthouse scores of the
   * production preview in the browser check's Chromium. See docs/checks.md.
   */
  performance?: PerformanceCheckOptions | boolean;
  /**
   * The testing agent (default off): `true` or its options. A tests step right after build, where
   * the model writes end-to-end tests of the request (`tests/e2e/app.flow.json`, frozen for the fix
   * loop), and the `e2e` check that runs them in the browser check's Chromium beside it. With
   * `{ components: true }` also Vitest + Testing Library tests (`tests/unit/app.test.tsx`), run in the
   * sandbox by the `component-tests` check. See docs/checks.md.
   */
  testing?: TestingChecksOptions | boolean;
  /** The browser check's accessibility scan (axe-core on each visited route): the same as `browser.a11y`, which wins when both are given. */
  a11y?: BrowserCheckOptions['a11y'];
  /**
   * Run tsc, ESLint and `vite build` in one long-lived worker process per sandbox (default true):
   * the tools stay loaded and warm between runs, the build starts while types are checked and
   * Chromium is launched meanwhile. `false` runs each tool as a command, one check after another.
   * Either way the checks report the same failures and emit the same events.
   */
  worker?: boolean;
  /** How long an idle check worker lives while its run goes on (it starts again when needed). Default 5 minutes; the run's end stops it sooner (`idleAfterRunMs`). */
  workerIdleMs?: number;
  /**
   * Most check workers alive or starting in this process (each holds about 0.6 GB), a hard cap: one
   * more takes the place of the least recently used idle worker, or waits until one is idle. Default
   * 3, or fewer on a machine with fewer cores, or with less than 8 GB of memory (a quarter of it for the workers).
   */
  maxWorkers?: number;
  /**
   * How long the processes a run used stay once it ended (default 2,500 ms): its check worker and
   * early work, its preview server when `keepPreview` is false, and Chromium once no other run goes
   * on. Another run of the project within this time (a quick follow-up edit) finds them warm; a
   * later one starts them cold (about 2 s more). See docs/checks.md.
   */
  idleAfterRunMs?: number;
  /**
   * Keep serving the app the browser check verified after its run (default true: `preview.ready`'s
   * URL keeps answering until the builder closes). `false` (batch generation, exports) stops the
   * preview server with the run's other processes, so a finished run leaves nothing running.
   */
  keepPreview?: boolean;
  /**
   * How long the browser check's Chromium stays open with no check using it (default 30 s). It is
   * kept between runs so a verification loads the app in a running browser (a new context each
   * time) instead of launching one; `builder.close()` closes it.
   */
  browserIdleMs?: number;
  /**
   * Serve the work in progress while the model builds (default true, with the browser check):
   * after each plan step but the last, the project's Vite dev server shows it and hot-reloads as
   * the next steps land (`preview.updated`). It is never called verified; the browser check's
   * `preview.ready` is. See docs/live-preview.md.
   */
  livePreview?: boolean;
  /**
   * Type-check in shared TypeScript services instead of each project's own worker (default false):
   * one per dependency set, in a neutral sandbox that holds no project's files, kept warm across
   * projects, so a new project's first validate does not pay cold tsc. `true` or its options
   * (`maxServices` 2, `idleSeconds` 30). Falls back to the project's worker, with a notice, when a
   * service cannot start. See docs/checks.md.
   */
  sharedTypeScript?: boolean | SharedTypeCheckOptions;
}

/**
 * The checks of a web project, in the order the run graph runs them: imports, install,
 * validate (types and lint), build, then browser, (with `depth: 'full'`) security and (when asked,
 * `performance: true`) performance at the same time. With `testing: true` the model writes
 * end-to-end tests right after build and the `e2e` check runs them beside the browser check. The
 * first failure (of the after-build group: all of them) goes to the fix step.
 *
 * @example
 * import { webChecks } from '@buildwright/adapters/checks';
 *
 * const builder = createBuilder({ llm, sandbox, storage, checks: webChecks({ depth: 'full', validate: { typeErrors: 'advisory' }, a11y: { level: 'critical' } }) });
 */
export function webChecks(options: WebChecksOptions = {}): Check[] {
  const session = createWebCheckSession({
    ...(options.worker === undefined ? {} : { worker: options.worker }),
    ...(options.workerIdleMs === undefined ? {} : { workerIdleMs: options.workerIdleMs }),
    ...(options.maxWorkers === undefined ? {} : { maxWorkers: options.maxWorkers }),
    ...(options.idleAfterRunMs === undefined ? {} : { idleAfterRunMs: options.idleAfterRunMs }),
    ...(options.keepPreview === undefined ? {} : { keepPreview: options.keepPreview }),
    ...(options.browserIdleMs === undefined ? {} : { browserIdleMs: options.browserIdleMs }),
    ...(options.sharedTypeScript ? { sharedTypeScript: sharedTypeScriptOptions(options.sharedTypeScript, options.install) } : {}),
  });
  const checks: Check[] = [];
  if (options.imports !== false) checks.push(importsCheck(options.imports));
  if (options.install !== false) checks.push(installCheck(options.install));
  if (options.validate !== false) checks.push(validateCheck(options.validate, session));
  const served = options.browser === false ? undefined : options.browser?.directory;
  if (options.build !== false) checks.push(buildCheck({ ...(served === undefined ? {} : { outputDirectory: served }), ...options.build }, session));
  if (options.browser !== false) {
    const browser = loadsPages(browserCheck({ ...(options.a11y === undefined ? {} : { a11y: options.a11y }), ...options.browser }, session), session);
    checks.push(options.livePreview === false ? browser : { ...browser, livePreview: devPreview() });
  }
  const withSession = checks.map(
    (check): Check => ({
      ...check,
      kinds: check.kinds ?? ['web', 'dapp'],
      // On each check, not once: the session's afterRun is idempotent, and a list the builder filtered,
      // or a run whose kind skips some checks, still lets go of what the run kept.
      afterRun: (run) => session.afterRun(run),
      async run(context) {
        session.use(context);
        try {
          const result = await check.run(context);
          // Work started ahead for the checks after this one is of no use once this one did not pass.
          if (result.status === 'failed') await session.stopEarlyWork(context.sandbox);
          return result;
        } catch (error) {
          await session.stopEarlyWork(context.sandbox);
          throw error;
        }
      },
    }),
  );
  // Not stopping the session's early work on failure: it runs beside the browser check, which may still use it.
  const security = options.security === false ? undefined : options.security === undefined && options.depth !== 'full' ? undefined : securityCheck(options.security, session);
  if (security) withSession.push(security);
  // In the after-build group too: the e2e tests load the same build in their own contexts of the same Chromium.
  if (options.testing) {
    const testing = testingChecks(browserShared(options.testing === true ? {} : options.testing, options.browser), session);
    withSession.push(...testing.map((check) => (check.name === 'e2e' ? loadsPages(check, session) : check)));
  }
  // In the after-build group too: Lighthouse loads the production preview in its own context of the
  // same Chromium, once the browser check and the e2e tests are done with theirs (`session.pages`).
  if (options.performance) withSession.push(performanceCheck(performanceOptions(options.performance, options.browser), session));
  const made = { options, list: [...withSession] as readonly Check[] };
  for (const check of withSession) madeBy.set(check, made);
  return withSession;
}

/** Marks the check as loading the sandbox's app in Chromium while it runs: the performance check's Lighthouse waits until it is done. */
function loadsPages(check: Check, session: WebCheckSession): Check {
  return {
    ...check,
    async run(context) {
      const done = session.pages.use(context.sandbox);
      try {
        return await check.run(context);
      } finally {
        done();
      }
    },
  };
}

/** The options each list of `webChecks()` was made with, by its checks (an agent makes the list again with one more option). */
const madeBy = new WeakMap<Check, { options: WebChecksOptions; list: readonly Check[] }>();

/**
 * The options and whole list of the `webChecks()` call that made `check`, if one did (the very
 * object, not a copy).
 *
 * @example
 * const checks = webChecks({ depth: 'full' });
 * webChecksOptionsOf(checks[0]!)?.options; // { depth: 'full' }
 */
export function webChecksOptionsOf(check: Check): { options: WebChecksOptions; list: readonly Check[] } | undefined {
  return madeBy.get(check);
}

/** The performance check serves and loads what the browser check does, in the same Chromium (same flags, so one pooled browser). */
function performanceOptions(performance: true | PerformanceCheckOptions, browser: BrowserCheckOptions | false | undefined): PerformanceCheckOptions {
  return browserShared(performance === true ? {} : performance, browser);
}

/** A check that loads the build in the browser check's Chromium gets its directory, binary, flags and allowed origins (the given options win). */
function browserShared<T extends { directory?: string; executablePath?: string; args?: string[]; allowOrigins?: string[] }>(given: T, browser: BrowserCheckOptions | false | undefined): T {
  if (!browser) return given;
  const { directory, executablePath, args, allowOrigins } = browser;
  return {
    ...(directory === undefined ? {} : { directory }),
    ...(executablePath === undefined ? {} : { executablePath }),
    ...(args === undefined ? {} : { args }),
    ...(Array.isArray(allowOrigins) ? { allowOrigins } : {}),
    ...given,
  };
}

/** The shared services install the dependency set as the project's install check does. */
function sharedTypeScriptOptions(shared: true | SharedTypeCheckOptions, install: InstallCheckOptions | false | undefined): SharedTypeCheckOptions {
  const given = shared === true ? {} : shared;
  if (given.install || !install) return given;
  const { cacheDirectory, timeoutMs, ignoreScripts } = install;
  return {
    ...given,
    install: { ...(cacheDirectory === undefined ? {} : { cacheDirectory }), ...(timeoutMs === undefined ? {} : { timeoutMs }), ...(ignoreScripts === undefined ? {} : { ignoreScripts }) },
  };
}
