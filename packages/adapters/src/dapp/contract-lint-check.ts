import type { Check } from '@buildwright/core';
import { failed, formatIssue } from '../checks/check-report.js';
import { lintSolidity } from '../viem/lint-solidity.js';
import type { LintRuleSetting } from '../viem/lint-solidity.js';
import { soliditySources } from './project-paths.js';
import { toCheckIssue } from './solidity-issues.js';

export interface ContractLintCheckOptions {
  /** solhint rule settings laid over the defaults (see `defaultLintRules` in @buildwright/adapters/viem). */
  rules?: Record<string, LintRuleSetting>;
  /** Which findings fail the check: `'error'` (default), `'warning'` or `'none'`. */
  blockOn?: 'error' | 'warning' | 'none';
}

/**
 * Lints the project's Solidity with solhint (recommended rules plus security rules: tx.origin
 * authorization, unchecked calls, reentrancy, floating pragma). Errors fail the check and go to
 * the fix step; warnings are posted as a `notice.posted` event and never block (unless `blockOn`
 * says so).
 *
 * @example
 * import { contractLintCheck } from '@buildwright/adapters/dapp';
 *
 * const check = contractLintCheck({ rules: { 'no-unchecked-calls': 'warn' } });
 */
export function contractLintCheck(options: ContractLintCheckOptions = {}): Check {
  return {
    name: 'contract-lint',
    kinds: ['dapp'],
    async run(context) {
      const sources = soliditySources(context.files);
      if (Object.keys(sources).length === 0) return { status: 'skipped', reason: 'the project has no Solidity contract to lint' };
      const lint = await lintSolidity({ sources, ...(options.rules ? { rules: options.rules } : {}), ...(options.blockOn ? { blockOn: options.blockOn } : {}) });
      if (lint.warnings.length > 0 && lint.ok) {
        const shown = lint.warnings.slice(0, 5).map((warning) => formatIssue(toCheckIssue(warning)));
        await context.emit({
          type: 'notice.posted',
          level: 'info',
          message: `Solidity lint: ${lint.warnings.length} warning${lint.warnings.length === 1 ? '' : 's'} (not blocking): ${shown.join('; ')}${lint.warnings.length > 5 ? '; …' : ''}`,
        });
      }
      if (lint.ok) return { status: 'passed' };
      const blocking = options.blockOn === 'warning' ? [...lint.errors, ...lint.warnings] : lint.errors;
      return failed(`Contract lint failed: ${blocking.length} finding${blocking.length === 1 ? '' : 's'} to fix (solhint)`, blocking.map(toCheckIssue));
    },
  };
}
