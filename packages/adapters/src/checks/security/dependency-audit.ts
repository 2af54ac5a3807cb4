import type { CheckContext, CheckIssue, Sandbox } from '@buildwright/core';
import { installedMarker } from '../dependency-cache.js';
import { auditKey, cachedAudit, defaultAuditCacheMs } from './audit-cache.js';
import type { AuditAnswer } from './audit-cache.js';

/** Least severity of an advisory that fails the check. */
export type AuditLevel = 'low' | 'moderate' | 'high' | 'critical';

const severities = ['info', 'low', 'moderate', 'high', 'critical'] as const;

/** What the audit found: issues, or why it could not say (not a pass). */
export type DependencyAuditOutcome = { issues: CheckIssue[] } | { unavailable: string };

interface AuditVulnerability {
  name?: string;
  severity?: string;
  range?: string;
  via?: Array<string | { title?: string; url?: string; severity?: string }>;
  fixAvailable?: boolean | { name: string; version: string; isSemVerMajor?: boolean };
}

/**
 * `npm audit` of the installed dependencies against the registry's advisories, in the sandbox's
 * install view (package.json and node_modules only; the network reaches only the registry). When the
 * advisories cannot be reached, or the dependencies are not installed, it says so instead of passing.
 * The answer for an installed tree is reused in this process for `cacheMs` (see `cachedAudit`),
 * among them the audit `prepareDependencyAudit` started before the build.
 */
export async function runDependencyAudit(context: CheckContext, options: AuditOptions): Promise<DependencyAuditOutcome> {
  if ((await context.sandbox.readFile('package.json')) === undefined) return { unavailable: 'the project has no package.json' };
  if ((await context.sandbox.readFile(`node_modules/${installedMarker}`)) === undefined) return { unavailable: 'the dependencies are not installed (the install check runs before it)' };
  const key = await auditKey(context.sandbox);
  let result = (await preparedAnswer(context.sandbox, key)) ?? (await audited(context, key, options));
  // A prepared audit stopped with the run that started it (a run of the same tree ended): this check audits on its own.
  if (result.aborted && !context.signal.aborted) result = await audited(context, key, options);
  if (result.timedOut) return { unavailable: `npm audit timed out after ${options.timeoutMs} ms` };
  return auditOutcome(result.stdout, options.level);
}

/**
 * Starts the audit of the installed tree as it is now (the security check's `prepare`, while the
 * model works and before the build), so the check finds its answer ready when the tree is unchanged
 * then. A tree that changed in between (package.json's dependencies, or what npm installed) has
 * another key: the check audits it anew and the prepared answer is not read. With `cacheMs` 0
 * nothing is kept, so nothing is started. Stopped when the run ends (its commands' signal); an
 * audit stopped so is never reused.
 */
export async function prepareDependencyAudit(context: CheckContext, options: AuditOptions): Promise<void> {
  if ((options.cacheMs ?? defaultAuditCacheMs) <= 0) return;
  const key = await auditKey(context.sandbox);
  if (key === undefined) return;
  const answer = audited(context, key, options);
  prepared.set(context.sandbox, { key, answer });
  await answer;
}

/** Drops the audit prepared for the sandbox's run, read or not (the security check's `afterRun`). */
export function forgetPreparedAudit(sandbox: Sandbox): void {
  prepared.delete(sandbox);
}

/**
 * The answer prepared for this sandbox's run, read once by its first check when the tree is still
 * the one it audited: even when the cache has let it go since (an "advisories unreachable" answer
 * lasts a minute there, less than a run may take to reach its check). Later verifications of the
 * run go through the cache.
 */
async function preparedAnswer(sandbox: Sandbox, key: string | undefined): Promise<AuditAnswer | undefined> {
  const found = prepared.get(sandbox);
  prepared.delete(sandbox);
  if (!found || found.key !== key) return undefined;
  const answer = await found.answer.catch(() => undefined);
  return answer && !answer.aborted && !answer.timedOut ? answer : undefined;
}

/** The audit each sandbox's run started in `prepare`, and the tree it audited. */
const prepared = new WeakMap<Sandbox, { key: string; answer: Promise<AuditAnswer> }>();

interface AuditOptions {
  level: AuditLevel;
  timeoutMs: number;
  cacheMs?: number | undefined;
}

function audited(context: CheckContext, key: string | undefined, options: AuditOptions) {
  // The level only sets npm's exit code: one answer serves every level.
  return cachedAudit(key, options.cacheMs ?? defaultAuditCacheMs, () =>
    context.run(`npm audit --json --package-lock=false --audit-level=${options.level}`, { network: true, timeoutMs: options.timeoutMs }),
  );
}

/** Reads `npm audit --json` output: one issue per package at or above `level`, or why there is no answer. */
export function auditOutcome(stdout: string, level: AuditLevel): DependencyAuditOutcome {
  let report: { vulnerabilities?: Record<string, AuditVulnerability>; error?: { summary?: string }; message?: string };
  try {
    report = JSON.parse(stdout) as typeof report;
  } catch {
    return { unavailable: 'npm audit gave no report (the registry could not be reached)' };
  }
  if (!report.vulnerabilities) {
    const why = report.error?.summary || report.message || 'no report';
    return { unavailable: `the registry's advisories could not be reached: ${why.split('\n')[0]}` };
  }
  const least = severities.indexOf(level);
  const issues = Object.entries(report.vulnerabilities)
    .filter(([, entry]) => severities.indexOf((entry.severity ?? 'info') as (typeof severities)[number]) >= least)
    .map(([name, entry]) => ({ file: 'package.json', message: describe(name, entry) }));
  return { issues };
}

function describe(name: string, entry: AuditVulnerability): string {
  const advisories = (entry.via ?? []).map((via) => (typeof via === 'string' ? `through ${via}` : `${via.title ?? 'advisory'}${via.url ? ` (${via.url})` : ''}`));
  const fix = entry.fixAvailable;
  const advice =
    fix === true
      ? 'update it to a fixed version'
      : fix && typeof fix === 'object'
        ? `use ${fix.name}@${fix.version}${fix.isSemVerMajor ? ' (a major version: check the breaking changes)' : ''}`
        : 'no fixed version yet: replace the package or drop it';
  return `${name} ${entry.range ?? ''}: ${entry.severity} vulnerability, ${[...new Set(advisories)].join('; ')}: ${advice}`.replace(/ {2,}/g, ' ');
}
