import type { Check, CheckContext, CheckIssue, CheckResult, CheckRunEnd } from '@buildwright/core';
import { failed } from './check-report.js';
import { dependenciesReady } from './install-check.js';
import { forgetPreparedAudit, prepareDependencyAudit, runDependencyAudit } from './security/dependency-audit.js';
import type { AuditLevel } from './security/dependency-audit.js';
import { runModelReview } from './security/model-review.js';
import type { ModelReviewOutcome, SecurityReviewOptions } from './security/model-review.js';
import { advisoryLines, weighFindings } from './security/review-merge.js';
import { scanSecrets } from './security/secret-scan.js';
import { prepareSecurityLint, runSecurityLint } from './security/security-lint.js';
import type { WebCheckSession } from './web-check-session.js';

export type { AuditLevel } from './security/dependency-audit.js';
export type { SecurityReviewOptions } from './security/model-review.js';

export interface SecurityCheckOptions {
  /** Scan the run's files for hard-coded secrets (keys, tokens, private keys). Default true. */
  secrets?: boolean;
  /** Lint with `eslint-plugin-security` and `eslint-plugin-no-unsanitized` under the check's own config, in the sandbox. Default true. */
  lint?: boolean;
  /** `npm audit` the installed dependencies against the registry's advisories (skipped with a notice when unreachable). Default true. */
  audit?: boolean;
  /** Least advisory severity that fails the check. Default `high`. */
  auditLevel?: AuditLevel;
  /**
   * How long npm audit's answer for an installed dependency tree (npm's `node_modules/.package-lock.json`
   * and package.json's dependency fields) is reused in this process, by any project: the next
   * verification, or a new project of the same dependencies, does not audit again, and the audit the
   * check's `prepare` starts before the build is read by the check when the tree is unchanged by then.
   * Default 600 000 (10 minutes); "advisories unreachable" is reused for at most a minute, a timed-out
   * audit, or one stopped with its run, never; 0 audits every time, in the check only (nothing prepared).
   */
  auditCacheMs?: number;
  /** Timeout of ESLint and of npm audit. Default 120 s. */
  timeoutMs?: number;
  /**
   * The model review (default off): `true` or its options. The run's model reads the changed source
   * files and reports findings through a tool (file, line, category, severity, explanation). They
   * are advisory (a warning notice, never a failure) unless a rule found a problem in the same file
   * and lines: then the model's explanation is added to that rule's issue. Costs tokens, counted in
   * the run's usage (node `security-review`).
   */
  review?: boolean | SecurityReviewOptions;
}

/**
 * Deterministic security rules over the generated project: a secrets scan of the run's files (in
 * this process: they are only read as text), ESLint's security and no-unsanitized rules run inside
 * the sandbox under a config the project cannot weaken (its own config and `eslint-disable`
 * comments are ignored), and `npm audit` of the installed dependencies when the registry's
 * advisories are reachable (a notice says when they are not: that part is skipped, not passed).
 * Findings fail the check with `file:line:col` issues for the fix step. With `review`, the run's
 * model also reads the changed source files; its findings only warn unless a rule found the same
 * place, whose issue then carries the model's explanation. It is in the
 * `after-build` parallel group: it runs at the same time as the browser check. Given the session of
 * a `webChecks()` list (as `webChecks({ depth: 'full' })` does) with its worker on, the lint runs in
 * a server kept warm in the sandbox between verifications; npm audit starts in `prepare` (before
 * the build) and its answer is reused per installed dependency tree for `auditCacheMs` either way
 * (docs/checks.md, "Warm runs").
 *
 * @example
 * import { securityCheck } from '@buildwright/adapters/checks';
 *
 * const builder = createBuilder({ llm, sandbox, storage, checks: [...webChecks(), securityCheck({ auditLevel: 'critical', review: true })] });
 */
export function securityCheck(options: SecurityCheckOptions = {}, session?: WebCheckSession): Check {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const reviewOptions = options.review === true ? {} : options.review || undefined;
  const auditOptions = { level: options.auditLevel ?? 'high', timeoutMs, cacheMs: options.auditCacheMs } as const;
  const prepareLint = session !== undefined && (options.lint ?? true);
  const prepareAudit = (options.audit ?? true) && options.auditCacheMs !== 0;
  return {
    name: 'security',
    kinds: ['web', 'dapp', 'api'],
    parallel: 'after-build',
    // While the model works: ESLint and the security config loaded in the sandbox (with webChecks()
    // and its worker on), and npm audit of the installed tree, whose answer the check reads when the
    // tree is unchanged by then.
    ...(prepareLint || prepareAudit
      ? {
          async prepare(context: CheckContext) {
            if (!(await dependenciesReady(context.sandbox, context.files['package.json']))) return;
            await Promise.all([prepareLint ? prepareSecurityLint(context, session) : undefined, prepareAudit ? prepareDependencyAudit(context, auditOptions) : undefined]);
          },
        }
      : {}),
    // A prepared audit is for its run only.
    ...(prepareAudit
      ? {
          async afterRun(run: CheckRunEnd) {
            if (run.sandbox) forgetPreparedAudit(run.sandbox);
          },
        }
      : {}),
    async run(context) {
      // The model reads the files while the rules run; its findings are weighed against theirs once both are done.
      const [lint, audit, review] = await Promise.all([
        (options.lint ?? true) ? runSecurityLint(context, timeoutMs, session) : undefined,
        (options.audit ?? true) ? runDependencyAudit(context, auditOptions) : undefined,
        reviewOptions ? runModelReview(context, reviewOptions) : undefined,
      ]);
      const secrets = (options.secrets ?? true) ? scanSecrets(context.files) : undefined;
      if (audit && 'unavailable' in audit) await notice(context, `Security check: npm audit skipped, ${audit.unavailable}. Dependencies were not checked against advisories.`);
      const parts: Array<[string, string, CheckIssue[]]> = [
        ['hard-coded secret', 'hard-coded secrets', secrets ?? []],
        ['security lint error', 'security lint errors', lint === undefined ? [] : 'issues' in lint ? lint.issues : [{ message: `Security lint could not run: ${lint.unavailable}` }]],
        ['vulnerable dependency', 'vulnerable dependencies', audit && 'issues' in audit ? audit.issues : []],
      ];
      const weighed = await weighReview(
        context,
        parts.flatMap(([, , found]) => found),
        review,
        reviewOptions?.lineTolerance ?? 3,
      );
      const { issues } = weighed;
      if (issues.length > 0) {
        const counts = parts.filter(([, , found]) => found.length > 0).map(([one, many, found]) => `${found.length} ${found.length === 1 ? one : many}`);
        if (weighed.confirmed > 0) counts.push(`${weighed.confirmed} confirmed by the model review`);
        const advisory = weighed.advisory.length > 0 ? `Advisory, not confirmed by a rule (model review):\n${advisoryLines(weighed.advisory)}` : undefined;
        const extra = [lint && 'output' in lint ? lint.output : undefined, advisory].filter(Boolean).join('\n');
        return failed(`Security check failed: ${counts.join(', ')}`, issues, extra || undefined);
      }
      return ran(secrets, lint, audit);
    },
  };
}

/**
 * The rules' issues with the model review's confirmed findings merged in; the review's other
 * findings, and why it was skipped or what it did not read, are posted as warnings.
 */
async function weighReview(context: CheckContext, ruleIssues: CheckIssue[], review: ModelReviewOutcome | undefined, tolerance: number) {
  if (!review) return { issues: ruleIssues, confirmed: 0, advisory: [] };
  if ('skipped' in review) {
    await notice(context, `Security check: model review skipped, ${review.skipped}. Only the rules' findings count.`);
    return { issues: ruleIssues, confirmed: 0, advisory: [] };
  }
  const weighed = weighFindings(ruleIssues, review.findings, tolerance);
  const notes = [
    review.unread.length > 0 ? `${review.unread.length} changed files were over the review's bounds and not read (${review.unread.slice(0, 5).join(', ')})` : '',
    review.dropped > 0 ? `${review.dropped} findings named files the review was not given and were dropped` : '',
  ].filter(Boolean);
  if (weighed.advisory.length > 0) {
    const count = weighed.advisory.length === 1 ? '1 possible problem' : `${weighed.advisory.length} possible problems`;
    notes.unshift(`the model review found ${count} no rule confirmed (advisory, not failing):\n${advisoryLines(weighed.advisory)}`);
  }
  if (notes.length > 0) await notice(context, `Security check: ${notes.join('; ')}`);
  return weighed;
}

/** Passed when at least one part gave an answer; skipped when none could (nothing was checked). */
function ran(...parts: unknown[]): CheckResult {
  const answered = parts.some((part) => part !== undefined && (Array.isArray(part) || 'issues' in (part as object)));
  return answered ? { status: 'passed' } : { status: 'skipped', reason: 'no part of the security check ran (all turned off, or npm audit alone and its advisories unreachable)' };
}

async function notice(context: CheckContext, message: string): Promise<void> {
  await context.emit({ type: 'notice.posted', level: 'warn', message });
}
