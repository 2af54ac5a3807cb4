import type { CheckIssue } from '@buildwright/core';
import type { ModelFinding } from './model-review.js';

/** The rules' issues with the model's confirmed findings merged in, and the findings no rule confirmed. */
export interface WeighedFindings {
  issues: CheckIssue[];
  /** How many of the model's findings a rule confirmed. */
  confirmed: number;
  /** The model's findings no rule confirmed: warnings, never a failure. */
  advisory: ModelFinding[];
}

/**
 * Weighs the model's findings against the rules': a finding is confirmed when a rule found a
 * problem in the same file within its lines (`line`…`endLine`, widened by `tolerance`); its
 * explanation is then added to that rule's issue, which fails the check as before. The others are
 * advisory. A rule's issue is never dropped or weakened by the model.
 *
 * @example
 * weighFindings([{ file: 'src/a.ts', line: 3, message: 'Unsafe assignment to innerHTML' }], [{ file: 'src/a.ts', line: 3, category: 'xss', severity: 'high', explanation: '…' }], 3);
 * // { issues: [{ …, message: 'Unsafe assignment to innerHTML; model review (xss, high): …' }], confirmed: 1, advisory: [] }
 */
export function weighFindings(ruleIssues: readonly CheckIssue[], findings: readonly ModelFinding[], tolerance: number): WeighedFindings {
  const explanations = new Map<CheckIssue, string[]>();
  const advisory: ModelFinding[] = [];
  for (const finding of findings) {
    const last = Math.max(finding.line, finding.endLine ?? finding.line);
    const match = ruleIssues.find((issue) => issue.file === finding.file && issue.line !== undefined && issue.line >= finding.line - tolerance && issue.line <= last + tolerance);
    if (!match) {
      advisory.push(finding);
      continue;
    }
    explanations.set(match, [...(explanations.get(match) ?? []), `model review (${finding.category}, ${finding.severity}): ${finding.explanation}`]);
  }
  const issues = ruleIssues.map((issue) => {
    const added = explanations.get(issue);
    return added ? { ...issue, message: `${issue.message}; ${added.join('; ')}` } : issue;
  });
  return { issues, confirmed: findings.length - advisory.length, advisory };
}

/** `src/a.ts:12 xss (high): explanation`, one advisory finding per line. */
export function advisoryLines(findings: readonly ModelFinding[]): string {
  return findings
    .map(
      (finding) =>
        `${finding.file}:${finding.line}${finding.endLine && finding.endLine !== finding.line ? `-${finding.endLine}` : ''} ${finding.category} (${finding.severity}): ${finding.explanation}`,
    )
    .join('\n');
}
