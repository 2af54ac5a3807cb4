import type { CheckIssue, CheckResult } from '@buildwright/core';

/** Most issues a report lists before "…and N more". */
const maxListedIssues = 25;

/** Removes repeated issues (same file, line, column and message), keeping the first. */
export function dedupeIssues(issues: CheckIssue[]): CheckIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.file ?? ''}:${issue.line ?? ''}:${issue.column ?? ''}:${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `src/App.tsx:3:7: message`, or just the message when there is no place. */
export function formatIssue(issue: CheckIssue): string {
  if (!issue.file) return issue.message;
  const place = [issue.file, issue.line, issue.line === undefined ? undefined : issue.column].filter((part) => part !== undefined).join(':');
  return `${place}: ${issue.message}`;
}

/**
 * A failed result with a compact report for the fix step: a headline, then one line per
 * distinct issue (at most 25), then `extra` (e.g. trimmed tool output) when given.
 */
export function failed(headline: string, issues: CheckIssue[], extra?: string): CheckResult {
  const distinct = dedupeIssues(issues);
  const lines = distinct.slice(0, maxListedIssues).map(formatIssue);
  if (distinct.length > maxListedIssues) lines.push(`…and ${distinct.length - maxListedIssues} more`);
  const report = [headline, ...lines, ...(extra ? [extra] : [])].join('\n');
  return { status: 'failed', report, issues: distinct };
}

/** Drops ANSI colors and the project's absolute root from tool output, and keeps at most `maxLines` lines. */
export function cleanOutput(text: string, root: string, maxLines = 40): string {
  // eslint-disable-next-line no-control-regex
  let cleaned = text.replace(/\u001b\[[0-9;]*m/g, '');
  if (root) cleaned = cleaned.split(`${root}/`).join('').split(root).join('.');
  const lines = cleaned
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line, index, all) => line !== '' || (index > 0 && all[index - 1] !== ''));
  if (lines.length <= maxLines) return lines.join('\n').trim();
  return [...lines.slice(0, maxLines), `…(${lines.length - maxLines} more lines)`].join('\n').trim();
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(source: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < source.length; index += 1) {
    if (source.charCodeAt(index) === 10) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
