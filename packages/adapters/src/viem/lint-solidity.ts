import { BuildwrightError } from '@buildwright/core';
import type { SolidityIssue } from '@buildwright/core';
import { importPeer } from '../internal/peer-dependency.js';
import { interopDefault } from './interop-default.js';
import { defaultLintRules } from './lint-rules.js';
import type { LintRuleSetting } from './lint-rules.js';

export type { LintRuleSetting } from './lint-rules.js';

export interface LintSolidityOptions {
  /** Solidity sources, project-relative path → content. Files not ending in `.sol` are skipped. */
  sources: Record<string, string>;
  /** Rule settings laid over the defaults (solhint names, e.g. `{ 'avoid-tx-origin': 'warn', reentrancy: 'off' }`). */
  rules?: Record<string, LintRuleSetting>;
  /** Which findings make `ok` false: `'error'` (default), `'warning'` (errors and warnings) or `'none'`. */
  blockOn?: 'error' | 'warning' | 'none';
}

export interface LintSolidityResult {
  /** False when a finding of the blocking severity was found. */
  ok: boolean;
  errors: SolidityIssue[];
  warnings: SolidityIssue[];
}

interface SolhintReport {
  line: number;
  column: number;
  severity: number;
  message: string;
  ruleId?: string;
}

interface SolhintModule {
  processStr(input: string, config: { rules: Record<string, unknown> }, fileName: string): { reports: SolhintReport[] };
}

interface RulesetModule {
  rules: Record<string, unknown>;
}

let cached: Promise<{ solhint: SolhintModule; recommended: Record<string, unknown> }> | undefined;

function loadSolhint() {
  cached ??= importPeer('lintSolidity', 'solhint', async () => {
    // solhint ships no types; these two entry points are its documented programmatic API.
    const solhint = interopDefault((await import('solhint' as string)) as SolhintModule | { default: SolhintModule });
    const recommended = interopDefault((await import('solhint/conf/rulesets/solhint-recommended.js' as string)) as RulesetModule | { default: RulesetModule });
    return { solhint, recommended: recommended.rules };
  }).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

const severityOf = (setting: LintRuleSetting | undefined) => (Array.isArray(setting) ? setting[0] : setting) ?? 'off';

/** `pragma solidity ^0.8.24;` or `>=0.8.0` float: the deployed bytecode depends on whichever compiler ran. */
function floatingPragmas(path: string, content: string, setting: LintRuleSetting | undefined): SolidityIssue[] {
  const severity = severityOf(setting);
  if (severity === 'off') return [];
  const issues: SolidityIssue[] = [];
  const lines = content.split('\n');
  lines.forEach((text, index) => {
    const match = /^\s*pragma\s+solidity\s+([^;]+);/.exec(text);
    if (match?.[1] === undefined || !/[\^~><]|\s-\s|\|\||\*|x/i.test(match[1])) return;
    issues.push({
      severity: severity === 'error' ? 'error' : 'warning',
      file: path,
      line: index + 1,
      column: text.indexOf('pragma') + 1,
      message: `Floating pragma "${match[1].trim()}": pin the compiler for deployment (e.g. \`pragma solidity 0.8.24;\`).`,
      rule: 'floating-pragma',
    });
  });
  return issues;
}

/**
 * Lints Solidity with solhint: the recommended rules plus security rules (tx.origin auth,
 * unchecked send and low-level calls, reentrancy after transfer, compiler version, floating
 * pragma). Findings come back as structured issues; errors block (`ok: false`), warnings do not,
 * unless `blockOn` says otherwise.
 *
 * @example
 * const lint = await lintSolidity({ sources: { 'contracts/Wallet.sol': source } });
 * if (!lint.ok) console.log(lint.errors); // [{ severity: 'error', rule: 'avoid-tx-origin', file, line, column, message }]
 */
export async function lintSolidity(options: LintSolidityOptions): Promise<LintSolidityResult> {
  if (typeof options?.sources !== 'object' || options.sources === null) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', message: 'lintSolidity needs sources: pass { sources: { "contracts/Token.sol": "..." } }.' });
  }
  const { solhint, recommended } = await loadSolhint();
  const { 'floating-pragma': floatingSetting, ...solhintRules } = { ...defaultLintRules, ...options.rules };
  const rules = { ...recommended, ...solhintRules };
  const issues: SolidityIssue[] = [];
  for (const [path, content] of Object.entries(options.sources)) {
    if (!path.endsWith('.sol')) continue;
    let reports: SolhintReport[];
    try {
      reports = solhint.processStr(content, { rules }, path).reports;
    } catch (error) {
      throw new BuildwrightError({
        code: 'INVALID_INPUT',
        message: `solhint could not lint ${path}: ${error instanceof Error ? error.message : String(error)}. Check the rule settings given in \`rules\`.`,
        cause: error,
      });
    }
    for (const report of reports) {
      issues.push({
        severity: report.severity === 2 ? 'error' : 'warning',
        file: path,
        line: report.line,
        column: report.column,
        message: report.message,
        rule: report.ruleId ?? 'parse-error',
      });
    }
    issues.push(...floatingPragmas(path, content, floatingSetting));
  }
  const errors = issues.filter((issue) => issue.severity === 'error');
  const warnings = issues.filter((issue) => issue.severity === 'warning');
  const blockOn = options.blockOn ?? 'error';
  const ok = blockOn === 'none' || (errors.length === 0 && (blockOn === 'error' || warnings.length === 0));
  return { ok, errors, warnings };
}
