import { BuildwrightError } from '@buildwright/core';
import type { Check, CheckContext, CheckIssue } from '@buildwright/core';
import { requirePeers } from '../internal/peer-dependency.js';
import { chainRpcUrls } from './browser-check.js';
import { kilobytes, largestModules, measureChunks } from './bundle-budget.js';
import type { BuiltChunk, MeasuredChunk } from './bundle-budget.js';
import { failed } from './check-report.js';
import { chromiumMissing, chromiumPath } from './chromium-launch.js';
import { closeGuarded, openGuardedBrowser } from './guarded-browser.js';
import { lighthouseIssues, openLighthouse, prepareLighthouse } from './lighthouse-run.js';
import type { LighthouseCategory, LighthouseSummary } from './lighthouse-run.js';
import { allowOriginsOption, pageOrigins } from './page-egress.js';
import { previewServer } from './preview-server.js';
import type { RawSourceMap } from './source-map-position.js';
import type { WebCheckSession } from './web-check-session.js';

export interface PerformanceLighthouseOptions {
  /** Lowest category score that passes, 0 to 1. Default `{ performance: 0.5, 'best-practices': 0.8 }`; a category given `false` is not run. */
  minScores?: Partial<Record<LighthouseCategory, number | false>>;
  /** `'desktop'` (default) or `'mobile'` (Lighthouse's slow phone on 4G, simulated). */
  formFactor?: 'desktop' | 'mobile';
  /** Most time for the page to load under Lighthouse. Default 45 s. */
  maxWaitForLoadMs?: number;
}

export interface PerformanceCheckOptions {
  /** Built app directory. Default `dist`. */
  directory?: string;
  /** Largest gzip size of one JavaScript or CSS chunk, in kB (1000 bytes). Default 170; `false` measures no chunk. */
  budgetKb?: number | false;
  /**
   * A Lighthouse run (performance and best-practices) against the production preview, in the
   * browser check's Chromium under its egress policy. Off by default (about 3–5 s a run with Chromium warm): `true`
   * or its options. Needs the optional peer `lighthouse` (`npm install lighthouse@12`).
   */
  lighthouse?: boolean | PerformanceLighthouseOptions;
  /** Chromium binary for Lighthouse. Default `$BUILDWRIGHT_CHROMIUM`, else `/usr/bin/chromium`. */
  executablePath?: string;
  /** Extra Chromium flags (`webChecks()` passes the browser check's, so both share one Chromium). */
  args?: string[];
  /** Origins the audited page may load besides its preview origin (`webChecks()` passes the browser check's). Default none. */
  allowOrigins?: string[];
}

const defaultMinScores: Record<LighthouseCategory, number> = { performance: 0.5, 'best-practices': 0.8 };

/** What the fix step is told to do about an over-budget chunk. */
const budgetAdvice =
  'Make the chunk smaller: import only what the page uses (one function, e.g. `import debounce from "lodash/debounce"`, not a whole library), load heavy parts on demand (`React.lazy`, `import()`), or drop a dependency the app can do without.';

/**
 * Checks the built app's weight and, when asked, its Lighthouse scores. Named `performance`; runs
 * after `build-app` (it reads the build; with Lighthouse it loads the production preview).
 *
 * 1. Bundle budget (on by default): each JavaScript and CSS file of the build is read from the
 *    sandbox as bytes (never run) and gzipped here; a chunk over `budgetKb` fails the check, and
 *    the report names its largest modules with their share of its bytes, from the build's hidden
 *    source maps (`lodash 71% (540.1 kB)`).
 * 2. Lighthouse (opt-in, `lighthouse: true`): performance and best-practices scores of the preview,
 *    each under its `minScores` fails the check, with the audits that did not pass (title and
 *    value). The page is opened in a new context of the browser check's Chromium (shared through
 *    `webChecks()`' pool) under the same egress policy: it may load its own origin only.
 *
 * A passing check posts the sizes and scores as an info notice. It is in the `after-build`
 * parallel group: it runs beside the browser check (and security, e2e) once the build is done.
 *
 * @example
 * import { performanceCheck } from '@buildwright/adapters/checks';
 *
 * const check = performanceCheck({ budgetKb: 120, lighthouse: { minScores: { performance: 0.7 } } });
 */
export function performanceCheck(options: PerformanceCheckOptions = {}, session?: WebCheckSession): Check {
  const directory = options.directory ?? 'dist';
  if (!/^[\w.-]+(?:\/[\w.-]+)*$/.test(directory) || directory.split('/').some((part) => part === '.' || part === '..'))
    invalid(`directory "${directory}" must be a plain relative path such as "dist"`);
  const budgetKb = options.budgetKb ?? 170;
  if (budgetKb !== false && !(typeof budgetKb === 'number' && budgetKb > 0)) invalid(`budgetKb must be a positive number of kB or false, not ${JSON.stringify(budgetKb)}`);
  const lighthouse = lighthouseSettings(options.lighthouse);
  if (lighthouse) requirePeers('performanceCheck', ['playwright-core', 'lighthouse']);
  const executablePath = chromiumPath(options.executablePath);
  const extraOrigins = allowOriginsOption(options.allowOrigins);

  return {
    name: 'performance',
    kinds: ['web', 'dapp'],
    // Beside the browser, security and e2e checks: it only reads the build and loads the preview.
    parallel: 'after-build',
    // Lighthouse's module and audits loaded while the model works (its first import is 3–4 s of CPU).
    ...(lighthouse ? { prepare: () => prepareLighthouse(Object.keys(lighthouse.minScores) as LighthouseCategory[], lighthouse.formFactor) } : {}),
    async run(context) {
      if ((await context.sandbox.readFile(`${directory}/index.html`)) === undefined) {
        return failed(`Performance check failed: no ${directory}/index.html`, [{ message: `the build must write ${directory}/index.html before its size and speed can be measured` }]);
      }
      const issues: CheckIssue[] = [];
      const notes: string[] = [];
      let advice: string | undefined;
      if (budgetKb !== false) {
        const built = await readChunks(context, directory);
        const chunks = measureChunks(built);
        const over = built.filter((_chunk, index) => chunks[index]!.gzipBytes > budgetKb * 1000);
        if (over.length > 0) {
          const withModules = measureChunks(await Promise.all(over.map(async (chunk) => ({ ...chunk, map: await readSourceMap(context, chunk.path) }))));
          issues.push(...withModules.map((chunk) => budgetIssue(chunk, budgetKb)));
          advice = budgetAdvice;
        }
        const largest = [...chunks].sort((left, right) => right.gzipBytes - left.gzipBytes)[0];
        notes.push(largest ? `largest chunk ${largest.path} ${kilobytes(largest.gzipBytes)} gzip (budget ${budgetKb} kB, ${chunks.length} chunks)` : `no JavaScript or CSS chunks in ${directory}`);
      }
      if (lighthouse) {
        const missing = chromiumMissing(executablePath);
        if (missing?.status === 'skipped') notes.push(`Lighthouse not run: ${missing.reason}`);
        else {
          const summary = await audit(context, lighthouse);
          issues.push(...lighthouseIssues(summary, lighthouse.minScores));
          notes.push(
            `Lighthouse ${Object.entries(summary.scores)
              .map(([category, score]) => `${category} ${score === null ? 'not scored' : score.toFixed(2)}`)
              .join(', ')}`,
          );
        }
      }
      if (issues.length > 0) return failed(`Performance check failed: ${notes.join('; ')}`, issues, advice);
      await context.emit({ type: 'notice.posted', level: 'info', message: `Performance check: ${notes.join('; ')}` });
      return { status: 'passed' };
    },
  };

  async function audit(context: CheckContext, settings: LighthouseSettings): Promise<LighthouseSummary> {
    // The page loads after the browser check and the e2e tests of this verification (beside it in
    // the group): at once, they slowed each other several times over (docs/checks.md, "Performance
    // check"). What does not load a page (the preview server, the egress proxy, Lighthouse's
    // context, page, CDP session and config) is opened while they run.
    const pagesDone = session?.pages.idle(context.sandbox);
    const server = await previewServer(context, directory);
    const allowed = pageOrigins({ previewUrl: server.url, rpcUrls: await chainRpcUrls(context), extra: extraOrigins });
    const guarded = await openGuardedBrowser({ adapter: 'performanceCheck', executablePath, args: options.args, allowed, pool: session?.chromium });
    try {
      const opened = await openLighthouse(guarded, {
        url: server.url,
        categories: Object.keys(settings.minScores) as LighthouseCategory[],
        formFactor: settings.formFactor,
        maxWaitForLoadMs: settings.maxWaitForLoadMs,
      });
      await pagesDone;
      return await opened.run();
    } finally {
      void closeGuarded(guarded);
    }
  }
}

interface LighthouseSettings {
  minScores: Partial<Record<LighthouseCategory, number>>;
  formFactor?: 'desktop' | 'mobile' | undefined;
  maxWaitForLoadMs?: number | undefined;
}

function lighthouseSettings(value: PerformanceCheckOptions['lighthouse']): LighthouseSettings | undefined {
  if (!value) return undefined;
  const given = value === true ? {} : value;
  const minScores: Partial<Record<LighthouseCategory, number>> = {};
  for (const category of Object.keys(defaultMinScores) as LighthouseCategory[]) {
    const score = given.minScores?.[category] ?? defaultMinScores[category];
    if (score === false) continue;
    if (!(typeof score === 'number' && score >= 0 && score <= 1)) invalid(`lighthouse.minScores.${category} must be a score from 0 to 1 or false, not ${JSON.stringify(score)}`);
    minScores[category] = score;
  }
  if (Object.keys(minScores).length === 0) invalid('lighthouse.minScores turns off every category: leave one on, or set lighthouse: false');
  return { minScores, formFactor: given.formFactor, maxWaitForLoadMs: given.maxWaitForLoadMs };
}

/** `dist/assets/index-x.js: 86.2 kB gzip, over the 75 kB budget; largest modules: lodash 35% (...)`. */
function budgetIssue(chunk: MeasuredChunk, budgetKb: number): CheckIssue {
  return { message: `${chunk.path} is ${kilobytes(chunk.gzipBytes)} gzip (${kilobytes(chunk.bytes)} raw), over the ${budgetKb} kB budget; largest modules: ${largestModules(chunk)}` };
}

/** The build's `.js`, `.mjs` and `.css` files, as bytes. */
async function readChunks(context: CheckContext, directory: string): Promise<BuiltChunk[]> {
  const listed = await context.run(`find ${directory} -type f \\( -name '*.js' -o -name '*.mjs' -o -name '*.css' \\)`, { timeoutMs: 30_000 });
  if (listed.exitCode !== 0) throw new BuildwrightError({ code: 'INTERNAL', message: `performanceCheck could not list ${directory}: ${listed.stderr.trim() || 'find failed'}` });
  const paths = listed.stdout
    .split('\n')
    .map((line) => line.trim().replace(/^\.\//, ''))
    .filter(Boolean)
    .sort();
  const chunks = await Promise.all(paths.map(async (path) => ({ path, bytes: await context.sandbox.readFileBytes(path) })));
  return chunks.filter((chunk): chunk is BuiltChunk => chunk.bytes !== undefined);
}

/** The chunk's hidden source map (`<chunk>.map`), when the build wrote one. */
async function readSourceMap(context: CheckContext, path: string): Promise<RawSourceMap | undefined> {
  const text = await context.sandbox.readFile(`${path}.map`);
  try {
    return text === undefined ? undefined : (JSON.parse(text) as RawSourceMap);
  } catch {
    return undefined;
  }
}

function invalid(message: string): never {
  throw new BuildwrightError({ code: 'INVALID_INPUT', message: `performanceCheck ${message}.` });
}
