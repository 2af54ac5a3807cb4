import { BuildwrightError } from '@buildwright/core';
import type { CheckIssue } from '@buildwright/core';
import { importPeer } from '../internal/peer-dependency.js';
import type { GuardedBrowser } from './guarded-browser.js';
import { auditsWithFixedMeta } from './lighthouse-audits.js';
import type { ConfigAudit, ResolvedAudit } from './lighthouse-audits.js';
import { lighthousePage } from './lighthouse-page.js';

/** The Lighthouse categories the performance check scores. */
export type LighthouseCategory = 'performance' | 'best-practices';

export interface LighthouseRunOptions {
  /** The page to audit (the production preview). */
  url: string;
  categories: readonly LighthouseCategory[];
  /** `'desktop'` (default: the browser check's 1280×800 viewport, desktop throttling) or `'mobile'` (Lighthouse's default: a slow phone on 4G). */
  formFactor?: 'desktop' | 'mobile' | undefined;
  /** Most time for the page to load under Lighthouse. Default 45 s. */
  maxWaitForLoadMs?: number | undefined;
}

/** An audit that counts toward a category's score and did not pass (Lighthouse's own pass mark is 0.9). */
export interface LighthouseAudit {
  id: string;
  title: string;
  /** `'2.1 s'`, `'Potential savings of 41 KiB'`; empty when Lighthouse gives none. */
  displayValue: string;
  score: number;
  category: LighthouseCategory;
}

export interface LighthouseSummary {
  /** 0 to 1 per category; null when Lighthouse could not score it (its `runtimeError` tells why). */
  scores: Record<LighthouseCategory, number | null>;
  /** The audits that did not pass, lowest score first, then by their weight in the category. */
  failingAudits: LighthouseAudit[];
  /** Lighthouse's own error for the whole run (e.g. `NO_FCP`: the page painted nothing), if any. */
  runtimeError?: string | undefined;
}

interface LhrAuditRef {
  id: string;
  weight: number;
}
interface LhrAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}
interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: LhrAuditRef[] } | undefined>;
  audits: Record<string, LhrAudit | undefined>;
  runtimeError?: { code: string; message: string };
}

/**
 * Lighthouse settings for a preview served from the sandbox, in a fresh context: the waits after
 * first paint and load and the quiet windows are 250 ms (the browser check's network-idle window;
 * Lighthouse's 1 s defaults are made for pages on the internet), the about:blank reset and the
 * storage reset are skipped (the context is new), and the audits that re-navigate or take
 * screenshots, which weigh nothing in either score, are left out. About half of Lighthouse's time
 * on a small app; the scores are the same (bench/agents.ts, docs/checks.md).
 */
export const previewLighthouseSettings = {
  pauseAfterFcpMs: 250,
  pauseAfterLoadMs: 250,
  networkQuietThresholdMs: 250,
  cpuQuietThresholdMs: 250,
  skipAboutBlank: true,
  disableStorageReset: true,
  disableFullPageScreenshot: true,
  skipAudits: ['bf-cache', 'full-page-screenshot', 'screenshot-thumbnails', 'final-screenshot'],
};

/** Lighthouse's pass mark for an audit. */
const auditPassScore = 0.9;

/**
 * Lighthouse's module (the optional peer `lighthouse`), imported once per process: the first import
 * takes 3–4 s of CPU here, so the performance check's `prepare` starts it while the model works.
 */
export function loadLighthouse(): Promise<typeof import('lighthouse')> {
  loading ??= importPeer('performanceCheck', 'lighthouse', () => import('lighthouse'));
  loading.catch(() => (loading = undefined));
  return loading;
}
let loading: Promise<typeof import('lighthouse')> | undefined;

/**
 * Runs Lighthouse 12 (the optional peer `lighthouse`) on `url` in a new context of a guarded
 * browser (the pooled Chromium of the browser check, under the same egress policy), through
 * Playwright's connection (`lighthousePage`): no debugging port is opened.
 *
 * @example
 * const summary = await runLighthouse(guarded, { url: server.url, categories: ['performance', 'best-practices'] });
 * summary.scores.performance; // 0.97
 */
export async function runLighthouse(guarded: GuardedBrowser, options: LighthouseRunOptions): Promise<LighthouseSummary> {
  const prepared = await openLighthouse(guarded, options);
  try {
    return await prepared.run();
  } finally {
    await prepared.close();
  }
}

/** Lighthouse's context, page, CDP session and config, opened; `run` loads and audits the page. */
export interface OpenedLighthouse {
  /** Loads `url` under Lighthouse and audits it (once). */
  run(): Promise<LighthouseSummary>;
  /** Closes the context (also closed by closing the guarded browser). */
  close(): Promise<void>;
}

/**
 * Everything `runLighthouse` needs before the page loads (the config of `categories`, a context of
 * the guarded browser, its page and CDP session), so that a caller can open it while other checks
 * still load their pages and start only the load and audits (`run`) once they are done.
 *
 * @example
 * const opened = await openLighthouse(guarded, { url, categories: ['performance'] });
 * await session.pages.idle(sandbox);
 * const summary = await opened.run();
 */
export async function openLighthouse(guarded: GuardedBrowser, options: LighthouseRunOptions): Promise<OpenedLighthouse> {
  const desktop = (options.formFactor ?? 'desktop') === 'desktop';
  const [{ default: lighthouse }, config] = await Promise.all([loadLighthouse(), lighthouseConfig(options.categories, desktop)]);
  const viewport = desktop ? { width: 1350, height: 940 } : { width: 412, height: 823 };
  const context = await guarded.newContext({ viewport });
  const close = () => context.close().catch(() => {});
  try {
    const page = await context.newPage();
    const session = await context.newCDPSession(page);
    return {
      async run() {
        const flags = { onlyCategories: [...options.categories], output: 'json' as const, logLevel: 'silent' as const, maxWaitForLoad: options.maxWaitForLoadMs ?? 45_000 };
        const result = await lighthouse(options.url, flags, config as never, lighthousePage(page, session) as never);
        if (!result) throw new BuildwrightError({ code: 'INTERNAL', message: 'performanceCheck: Lighthouse returned no result; run it again, and report it if it keeps happening.' });
        return summarize(result.lhr as unknown as Lhr, options.categories);
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Loads Lighthouse and the audits of `categories` (the performance check's `prepare`, while the
 * model works), so the first run of the process starts as fast as the next ones.
 */
export async function prepareLighthouse(categories: readonly LighthouseCategory[], formFactor: LighthouseRunOptions['formFactor']): Promise<void> {
  await lighthouseConfig(categories, (formFactor ?? 'desktop') === 'desktop');
}

/** The config runLighthouse gives Lighthouse: the default one cut to `categories`, with the preview settings and audits whose meta is formatted once. */
async function lighthouseConfig(categories: readonly LighthouseCategory[], desktop: boolean): Promise<LighthouseConfig> {
  const { defaultConfig, desktopConfig } = await loadLighthouse();
  const cut = categoriesConfig(defaultConfig as unknown as LighthouseConfig, categories, { ...(desktop ? desktopConfig.settings : {}), ...previewLighthouseSettings });
  return { ...cut, audits: await auditsWithFixedMeta(cut.audits ?? []) };
}

/** The parts of a Lighthouse config `categoriesConfig` reads and writes. */
interface LighthouseConfig {
  settings?: object;
  artifacts?: unknown[];
  audits?: Array<ConfigAudit | ResolvedAudit>;
  categories?: Record<string, { auditRefs: Array<{ id: string }> }>;
  groups?: Record<string, unknown>;
}

/**
 * Lighthouse's default config cut to the audits of `categories`, with `settings` over its own:
 * what `onlyCategories` keeps of it, so Lighthouse gathers the same artifacts and runs the same
 * audits with the same options (lighthouse-config.test.ts compares the resolved configs). Lighthouse
 * resolves and validates every audit of the config it is given on each run, formatting each one's
 * strings; given only these (97 of 179) it spends about half as long before it opens the page.
 * The whole default config when an audit of the categories is not found by its file name.
 */
export function categoriesConfig(defaultConfig: LighthouseConfig, categories: readonly LighthouseCategory[], settings: object): LighthouseConfig {
  const ids = new Set(categories.flatMap((category) => defaultConfig.categories?.[category]?.auditRefs.map((ref) => ref.id) ?? []));
  const audits = (defaultConfig.audits ?? []).filter((audit) => ids.has((typeof audit === 'string' ? audit : audit.path).split('/').at(-1)!));
  if (audits.length !== ids.size) return { ...defaultConfig, settings: { ...defaultConfig.settings, ...settings } };
  return {
    settings: { ...defaultConfig.settings, ...settings },
    ...(defaultConfig.artifacts ? { artifacts: defaultConfig.artifacts } : {}),
    audits,
    categories: Object.fromEntries(categories.map((category) => [category, defaultConfig.categories![category]!])),
    ...(defaultConfig.groups ? { groups: defaultConfig.groups } : {}),
  };
}

/** Scores and failing audits out of a Lighthouse result (`lhr`). */
export function summarize(lhr: Lhr, categories: readonly LighthouseCategory[]): LighthouseSummary {
  const scores = {} as Record<LighthouseCategory, number | null>;
  const failingAudits: Array<LighthouseAudit & { weight: number }> = [];
  for (const category of categories) {
    const scored = lhr.categories[category];
    scores[category] = scored?.score ?? null;
    for (const ref of scored?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= auditPassScore) continue;
      if (!['numeric', 'binary', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      // Metrics weigh in the performance score; other audits that did not pass still tell what to fix.
      failingAudits.push({ id: audit.id, title: audit.title, displayValue: audit.displayValue ?? '', score: audit.score, category, weight: ref.weight });
    }
  }
  failingAudits.sort((left, right) => left.score - right.score || right.weight - left.weight);
  return {
    scores,
    failingAudits: failingAudits.map(({ weight: _weight, ...audit }) => audit),
    ...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
  };
}

/**
 * One issue per category under its minimum score, then the failing audits of those categories
 * (at most `maxAudits`), each as `title: displayValue`.
 *
 * @example
 * lighthouseIssues(summary, { performance: 0.5 }); // [{ message: 'Lighthouse performance 0.31 is under 0.5' }, { message: 'Largest Contentful Paint: 6.2 s (score 0.02)' }]
 */
export function lighthouseIssues(summary: LighthouseSummary, minScores: Partial<Record<LighthouseCategory, number>>, maxAudits = 8): CheckIssue[] {
  const failing = (Object.keys(minScores) as LighthouseCategory[]).filter((category) => {
    const score = summary.scores[category];
    return score === null || score === undefined || score < minScores[category]!;
  });
  const issues: CheckIssue[] = failing.map((category) => {
    const score = summary.scores[category];
    return {
      message:
        score === null || score === undefined
          ? `Lighthouse could not score ${category}${summary.runtimeError ? ` (${summary.runtimeError})` : ''}`
          : `Lighthouse ${category} ${score.toFixed(2)} is under ${minScores[category]}`,
    };
  });
  const audits = summary.failingAudits.filter((audit) => failing.includes(audit.category)).slice(0, maxAudits);
  issues.push(...audits.map((audit) => ({ message: `${audit.category} audit "${audit.title}"${audit.displayValue ? `: ${audit.displayValue}` : ''} (score ${audit.score.toFixed(2)})` })));
  return issues;
}
