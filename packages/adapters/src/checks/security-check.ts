import type { Check, CheckContext, CheckIssue, CheckResult } from '@buildwright/core';
import { failed } from './check-report.js';
import { runDependencyAudit } from './security/dependency-audit.js';
import type { AuditLevel } from './security/dependency-audit.js';
import { scanSecrets } from './security/secret-scan.js';
import { runSecurityLint } from './security/security-lint.js';

export type { AuditLevel } from './security/dependency-audit.js';

export interface SecurityCheckOptions {
  /** Scan the run's files for hard-coded secrets (keys, tokens, private keys). Default true. */
  secrets?: boolean;
  /** Lint with `eslint-plugin-security` and `eslint-plugin-no-unsanitized` under the check's own config, in the sandbox. Default true. */
  lint?: boolean;
  /** `npm audit` the installed dependencies against the registry's advisories (skipped with a notice when unreachable). Default true. */
  audit?: boolean;
  /** Least advisory severity that fails the check. Default `high`. */
  auditLevel?: AuditLevel;
  /** Timeout of ESLint and of npm audit. Default 120 s. */
  timeoutMs?: number;
}

/**
 * Deterministic security rules over the generated project: a secrets scan of the run's files (in
 * this process: they are only read as text), ESLint's security and no-unsanitized rules run inside
 * the sandbox under a config the project cannot weaken (its own config and `eslint-disable`
 * comments are ignored), and `npm audit` of the installed dependencies when the registry's
 * advisories are reachable (a notice says when they are not: that part is skipped, not passed).
 * Findings fail the check with `file:line:col` issues for the fix step. It is in the
 * `after-build` parallel group: it runs at the same time as the browser check.
 *
 * @example
 * import { securityCheck } from '@buildwright/adapters/checks';
 *
 * const builder = createBuilder({ llm, sandbox, storage, checks: [...webChecks(), securityCheck({ auditLevel: 'critical' })] });
 */
export function securityCheck(options: SecurityCheckOptions = {}): Check {
  const timeoutMs = options.timeoutMs ?? 120_000;
  return {
    name: 'security',
    kinds: ['web', 'dapp', 'api'],
    parallel: 'after-build',
    async run(context) {
      const [lint, audit] = await Promise.all([
        (options.lint ?? true) ? runSecurityLint(context, timeoutMs) : undefined,
        (options.audit ?? true) ? runDependencyAudit(context, { level: options.auditLevel ?? 'high', timeoutMs }) : undefined,
      ]);
      const secrets = (options.secrets ?? true) ? scanSecrets(context.files) : undefined;
      if (audit && 'unavailable' in audit) await notice(context, `Security check: npm audit skipped, ${audit.unavailable}. Dependencies were not checked against advisories.`);
      const parts: Array<[string, string, CheckIssue[]]> = [
        ['hard-coded secret', 'hard-coded secrets', secrets ?? []],
        ['security lint error', 'security lint errors', lint === undefined ? [] : 'issues' in lint ? lint.issues : [{ message: `Security lint could not run: ${lint.unavailable}` }]],
        ['vulnerable dependency', 'vulnerable dependencies', audit && 'issues' in audit ? audit.issues : []],
      ];
      const issues = parts.flatMap(([, , found]) => found);
      if (issues.length > 0) {
        const counts = parts.filter(([, , found]) => found.length > 0).map(([one, many, found]) => `${found.length} ${found.length === 1 ? one : many}`);
        return failed(`Security check failed: ${counts.join(', ')}`, issues, lint && 'output' in lint ? lint.output : undefined);
      }
      return ran(secrets, lint, audit);
    },
  };
}

/** Passed when at least one part gave an answer; skipped when none could (nothing was checked). */
function ran(...parts: unknown[]): CheckResult {
  const answered = parts.some((part) => part !== undefined && (Array.isArray(part) || 'issues' in (part as object)));
  return answered ? { status: 'passed' } : { status: 'skipped', reason: 'no part of the security check ran (all turned off, or npm audit alone and its advisories unreachable)' };
}

async function notice(context: CheckContext, message: string): Promise<void> {
  await context.emit({ type: 'notice.posted', level: 'warn', message });
}
