import type { Check, CheckIssue } from '@buildwright/core';
import { failed } from '../checks/check-report.js';
import { chromiumMissing, chromiumPath } from '../checks/chromium-launch.js';
import { closeGuarded, openGuardedBrowser } from '../checks/guarded-browser.js';
import { blockedRequestsAdvice, pageOrigins } from '../checks/page-egress.js';
import { previewServer } from '../checks/preview-server.js';
import { watchPage } from '../checks/watched-page.js';
import { requirePeers } from '../internal/peer-dependency.js';
import { sharedApiSession } from './api-session.js';
import type { ApiSession } from './api-session.js';
import { docsDirectory, writeDocsSite } from './docs-site.js';
import { readProjectSpec, specOperations } from './openapi-document.js';
import type { SpecOperation } from './openapi-document.js';
import { operationKey, tryItOut, waitForOperations } from './swagger-ui-page.js';
import type { TryItResult } from './swagger-ui-page.js';

export interface DocsCheckOptions {
  /** Where the OpenAPI document is, relative to the project root. Default `openapi.yaml`. */
  path?: string;
  /** Chromium binary. Default `$BUILDWRIGHT_CHROMIUM`, else `/usr/bin/chromium`. */
  executablePath?: string;
  /** Extra Chromium flags, added to the headless defaults. */
  args?: string[];
  /** How long the page may take to load and show the operations. Default 30 s. */
  timeoutMs?: number;
  /** Viewport of the page and screenshot. Default 1280×800. */
  viewport?: { width: number; height: number };
  /**
   * The path of a GET operation without input that "try it" is used on from the page: it must
   * answer 2xx, which needs the API to allow the docs page's origin (CORS). Default `/health`
   * (the start check's health route), else the spec's first GET without required parameters;
   * `false` leaves "try it" out.
   */
  tryIt?: string | false;
  /** State shared with the start check (`apiChecks()` passes one): the API "try it" calls. */
  session?: ApiSession;
}

/** What the fix step is told after a failure: what the page is, and what breaks it. */
const docsAdvice =
  'The docs page is Swagger UI showing openapi.yaml, served on its own origin with a Content-Security-Policy: descriptions are Markdown, so write no HTML event handlers, scripts, or images and links to other hosts in them. "Try it" calls the live API from that origin: keep the CORS middleware of src/server.ts.';

/**
 * Serves interactive docs of the API (Swagger UI, from the `swagger-ui-dist` package: nothing
 * from a CDN) from the project's OpenAPI document with "try it" pointed at the live server the
 * start check started, and loads them in headless Chromium: the page must load without errors,
 * show every operation of the spec, and "try it" on a GET without input (the health route) must
 * get a 2xx from the API. Passes with the run's preview: the API's URL, the docs page's URL
 * (`docsUrl`) and a screenshot of it.
 *
 * The spec is the model's, so hostile: it reaches the page only as data (`openapi.json`, its
 * `servers` replaced by the API's URL), the page is served from the sandbox by its own static
 * server (its own origin, no privileges, no network), only its own scripts run (a
 * Content-Security-Policy without inline script or eval), and in the check it may load only its
 * own origin and the API's (the egress policy of every browser check); anything else fails it.
 *
 * Without Chromium it is skipped, never passed (without `playwright-core` or `swagger-ui-dist`
 * it is not created: `PEER_DEPENDENCY_MISSING`).
 *
 * @example
 * import { docsCheck } from '@buildwright/adapters/api';
 *
 * const check = docsCheck({ tryIt: '/status' });
 */
export function docsCheck(options: DocsCheckOptions = {}): Check {
  requirePeers('docsCheck', ['playwright-core', 'swagger-ui-dist']);
  const session = options.session ?? sharedApiSession;
  const path = options.path ?? 'openapi.yaml';
  const timeoutMs = options.timeoutMs ?? 30_000;
  return {
    name: 'docs',
    kinds: ['api'],
    async run(context) {
      const executablePath = chromiumPath(options.executablePath);
      const missing = chromiumMissing(executablePath);
      if (missing) return missing;
      const running = session.running(context.sandbox);
      if (!running) return { status: 'skipped', reason: 'the API server is not running (the start check starts it)' };
      const spec = await readProjectSpec(context.files, path);
      if (!spec) return { status: 'skipped', reason: `${path} is missing or does not parse (see the spec check)` };
      const operations = specOperations(spec.document);

      await writeDocsSite(context.sandbox, { document: spec.document, apiUrl: running.url });
      const server = await previewServer(context, docsDirectory);
      const allowed = pageOrigins({ previewUrl: server.url, extra: [{ origin: new URL(running.url).origin, label: 'the API ("try it")' }] });
      const guarded = await openGuardedBrowser({ adapter: 'docsCheck', executablePath, args: options.args, allowed });
      const issues: CheckIssue[] = [];
      let blocked: CheckIssue[] = [];
      let screenshotPath: string | null = null;
      let tried: { operation: SpecOperation; result: TryItResult } | undefined;
      const target = options.tryIt === false ? undefined : tryItTarget(operations, options.tryIt ?? '/health');
      try {
        const watched = await watchPage(guarded, { origin: new URL(server.url).origin, viewport: options.viewport });
        const started = Date.now();
        await watched.load(server.url, { timeoutMs });
        const shown = await waitForOperations(watched.page, operations.map(operationKey), started + timeoutMs);
        if (shown.errors) issues.push({ file: path, message: `Swagger UI reports: ${shown.errors}` });
        for (const operation of operations.filter((candidate) => !shown.operations.includes(operationKey(candidate)))) {
          const line = spec.lineOf(['paths', operation.path, operation.method]);
          issues.push({ file: path, ...(line === undefined ? {} : { line }), message: `${operation.operationId} ${operationKey(operation)} is not shown on the docs page` });
        }
        screenshotPath = await watched.screenshot(context.artifactsDir, 'api-docs');
        if (target && issues.length === 0) {
          tried = { operation: target, result: await tryItOut(watched.page, target, Math.min(timeoutMs, 10_000)) };
          if ('failure' in tried.result || tried.result.status >= 300) issues.push({ message: tryItFailure(tried.operation, tried.result, running.url) });
        }
        issues.unshift(...watched.issues.map((issue) => (issue instanceof Error ? { message: `Uncaught ${issue.name}: ${issue.message}` } : issue)));
        blocked = guarded.egress.issues();
        issues.push(...blocked);
      } finally {
        // Nothing the check reports depends on closing: it happens while the run goes on.
        void closeGuarded(guarded);
      }

      if (issues.length > 0) {
        return failed(
          `Docs check failed: the API docs page (${path} in Swagger UI) does not work in Chromium (${server.url})`,
          issues,
          blocked.length > 0 ? `${docsAdvice}\n${blockedRequestsAdvice}` : docsAdvice,
        );
      }
      await context.emit({ type: 'notice.posted', level: 'info', message: summary(path, operations.length, server.url, options.tryIt === false ? 'off' : tried) });
      return { status: 'passed', preview: { url: running.url, screenshotPath, docsUrl: server.url } };
    },
  };
}

/** The GET operation "try it" is used on: the one at `path`, else the first GET without required parameters. */
function tryItTarget(operations: SpecOperation[], path: string): SpecOperation | undefined {
  const gets = operations.filter((operation) => operation.method === 'get');
  return gets.find((operation) => operation.path === path) ?? gets.find((operation) => operation.parameters.every((parameter) => !parameter.required && parameter.in !== 'path'));
}

function tryItFailure(operation: SpecOperation, result: TryItResult, apiUrl: string): string {
  const request = `${operation.operationId} ${operationKey(operation)}`;
  if ('status' in result) return `"Try it" on ${request} got ${result.status} from ${apiUrl}: expected a 2xx`;
  return `"Try it" on ${request} got no answer from ${apiUrl} (${result.failure}): the API must allow requests from the docs page's origin (CORS), as the template's src/server.ts does with hono/cors`;
}

function summary(path: string, operations: number, docsUrl: string, tried: { operation: SpecOperation; result: TryItResult } | 'off' | undefined): string {
  const tryIt =
    tried === 'off'
      ? ''
      : tried && 'status' in tried.result
        ? `; "try it" on ${operationKey(tried.operation)} answered ${tried.result.status}`
        : '; "try it" not used (no GET operation without input)';
  return `Docs check: ${operations} operation${operations === 1 ? '' : 's'} of ${path} shown in Swagger UI at ${docsUrl}${tryIt}`;
}
