import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { BuildwrightError } from '@buildwright/core';
import type { CheckIssue } from '@buildwright/core';
import type { Page } from 'playwright-core';
import { requirePeers } from '../internal/peer-dependency.js';

/** axe-core's impact of a violation, least to most severe. */
export type A11yImpact = 'minor' | 'moderate' | 'serious' | 'critical';

/**
 * What the accessibility scan does: an impact (`'serious'` fails the check on serious and
 * critical violations, `'critical'` on critical ones only, ...) with the milder violations listed
 * as warnings; `'warn'` lists every violation as a warning and fails on none; `'off'` does not scan.
 */
export type A11yLevel = A11yImpact | 'warn' | 'off';

export interface A11yOptions {
  /**
   * Default `'critical'`: critical violations (an image without alt, a button or form field without
   * a name, ...) fail the check, the others are warnings. Not `'serious'`: color-contrast is serious,
   * and the sample DApps' Tailwind colors (white on emerald-600) fail it.
   */
  level?: A11yLevel;
  /** axe rule ids not to run, e.g. `['color-contrast']`. */
  disableRules?: string[];
}

/** One axe-core violation on one route: the rule, its impact and where (a CSS selector of the first element, and how many elements). */
export interface A11yViolation {
  route: string;
  rule: string;
  impact: A11yImpact;
  help: string;
  target: string;
  count: number;
}

const impacts: readonly A11yImpact[] = ['minor', 'moderate', 'serious', 'critical'];
const levels: readonly A11yLevel[] = [...impacts, 'warn', 'off'];

/** The options as given (an object, or `false` for `{ level: 'off' }`), checked: anything else is an INVALID_INPUT error. */
export function a11yOptions(value: unknown): Required<A11yOptions> & { explicit: boolean } {
  if (value === undefined) return { level: 'critical', disableRules: [], explicit: false };
  if (value === false) return { level: 'off', disableRules: [], explicit: true };
  const given = value as A11yOptions;
  if (typeof value !== 'object' || value === null || (given.level !== undefined && !levels.includes(given.level))) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message: `a11y must be false or { level } with level one of ${levels.map((level) => `'${level}'`).join(', ')}; got ${JSON.stringify(value)}.`,
    });
  }
  if (given.disableRules !== undefined && (!Array.isArray(given.disableRules) || !given.disableRules.every((rule) => typeof rule === 'string'))) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', message: `a11y.disableRules must be an array of axe rule ids such as ["color-contrast"]; got ${JSON.stringify(given.disableRules)}.` });
  }
  return { level: given.level ?? 'critical', disableRules: given.disableRules ?? [], explicit: true };
}

/** Whether a violation fails the check at this level. */
export function failsAt(violation: A11yViolation, level: A11yLevel): boolean {
  if (level === 'warn' || level === 'off') return false;
  return impacts.indexOf(violation.impact) >= impacts.indexOf(level);
}

/** `/game: image-alt (critical) at img.hero: Images must have alternative text [+2 more elements]` */
export function a11yIssue(violation: A11yViolation): CheckIssue {
  const more = violation.count > 1 ? ` (+${violation.count - 1} more element${violation.count === 2 ? '' : 's'})` : '';
  return { message: `${violation.route}: accessibility ${violation.rule} (${violation.impact}) at ${violation.target}${more}: ${violation.help}` };
}

/** The fix step's advice after accessibility violations (the `extra` of a failed report). */
export const a11yAdvice =
  'Accessibility (axe-core): give images an alt text (alt="" when decorative), buttons and links a visible text or an aria-label, form fields a <label>; see https://dequeuniversity.com/rules/axe/ for each rule id.';

let axeSource: Promise<string> | undefined;

/** axe-core's browser bundle, read once per process. */
function axeScript(): Promise<string> {
  axeSource ??= (async () => {
    requirePeers('browserCheck', ['axe-core']);
    return readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  })();
  axeSource.catch(() => (axeSource = undefined));
  return axeSource;
}

interface AxeResult {
  id: string;
  impact?: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** The global function `axeInitScript()` defines in each document. */
const axeLoader = '__buildwrightLoadAxe';

/**
 * An init script for pages the accessibility scan will run in (`WatchPageOptions.initScripts`):
 * axe-core's source inside a function that `scanAccessibility` calls. Parsed with the page
 * (about 10 ms), it then loads axe in about 100 ms, where evaluating the source after the page
 * loaded takes 150–300 ms; run as a plain init script it would hold up every load by as much.
 */
export async function axeInitScript(): Promise<string> {
  return `window.${axeLoader} = function () {\n${await axeScript()}\n};`;
}

/**
 * Runs axe-core on the page as it is now (loaded by `axeInitScript()`'s function, or its source
 * injected when the page has none) and returns the
 * violations, most severe first. Rules in `disableRules` are not run.
 */
export async function scanAccessibility(page: Page, route: string, disableRules: readonly string[]): Promise<A11yViolation[]> {
  const loaded = await page.evaluate((name) => {
    const scope = window as unknown as Record<string, (() => void) | { run?: unknown } | undefined>;
    if (typeof scope[name] === 'function') (scope[name] as () => void)();
    return typeof (scope.axe as { run?: unknown } | undefined)?.run === 'function';
  }, axeLoader);
  if (!loaded) await page.evaluate(await axeScript());
  const results = await page.evaluate(async (disabled) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeResult[] }> } }).axe;
    const rules = Object.fromEntries(disabled.map((rule) => [rule, { enabled: false }]));
    const { violations } = await axe.run(document, { resultTypes: ['violations'], rules });
    return violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((node) => ({ target: node.target })) }));
  }, disableRules);
  return results
    .map((result) => ({
      route,
      rule: result.id,
      impact: impacts.includes(result.impact as A11yImpact) ? (result.impact as A11yImpact) : 'minor',
      help: result.help,
      // A target is a selector, or a list of them through iframes and shadow roots.
      target: result.nodes[0]?.target.flat(3).join(' >>> ') || 'document',
      count: result.nodes.length,
    }))
    .sort((left, right) => impacts.indexOf(right.impact) - impacts.indexOf(left.impact));
}
