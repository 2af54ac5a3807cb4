import type { CheckContext, CheckIssue, CheckResult, SandboxCommandResult } from '@buildwright/core';
import { cleanOutput, failed } from './check-report.js';

/** What `vitest run --reporter=json` writes (the fields the checks read). */
export interface VitestReport {
  numTotalTests?: number;
  numFailedTests?: number;
  testResults?: Array<{
    name: string;
    status: string;
    message?: string;
    assertionResults?: Array<{ fullName?: string; title?: string; status: string; failureMessages?: string[] }>;
  }>;
}

/** One issue per failed test (its name, first lines of its message and its line in the test file), or per test file that failed to run. */
export function testIssues(report: VitestReport, root: string): CheckIssue[] {
  const prefix = root.endsWith('/') ? root : `${root}/`;
  const issues: CheckIssue[] = [];
  for (const file of report.testResults ?? []) {
    const path = file.name.startsWith(prefix) ? file.name.slice(prefix.length) : file.name;
    const failures = (file.assertionResults ?? []).filter((assertion) => assertion.status === 'failed');
    for (const assertion of failures) {
      const message = assertion.failureMessages?.[0] ?? 'failed';
      const line = lineIn(message, path);
      issues.push({ file: path, ...(line === undefined ? {} : { line }), message: `${assertion.fullName ?? assertion.title ?? 'test'}: ${firstLines(message, prefix)}` });
    }
    if (failures.length === 0 && file.status === 'failed') issues.push({ file: path, message: firstLines(file.message || 'the test file failed to run', prefix) });
  }
  return issues;
}

/**
 * The result of a `vitest run --reporter=json --outputFile=<reportPath>` that ran in the sandbox:
 * passed, or failed with one issue per failed test; a run that left no readable report fails with
 * its output. `label` starts the headline (`API tests`, `Contract tests`).
 *
 * @example
 * const result = await context.run(`node_modules/.bin/vitest run --reporter=json --outputFile=${reportPath}`);
 * return vitestCheckResult(context, result, reportPath, 'API tests');
 */
export async function vitestCheckResult(context: Pick<CheckContext, 'sandbox'>, result: SandboxCommandResult, reportPath: string, label: string): Promise<CheckResult> {
  const text = await context.sandbox.readFile(reportPath);
  let report: VitestReport | undefined;
  try {
    report = text === undefined ? undefined : (JSON.parse(text) as VitestReport);
  } catch {
    report = undefined;
  }
  if (!report) {
    const output = cleanOutput(`${result.stderr}\n${result.stdout}`, context.sandbox.root, 30);
    return failed(`${label} failed: vitest ${result.timedOut ? 'timed out' : `exited with ${result.exitCode}`} without a report`, [{ message: 'the test run did not finish' }], output);
  }
  const issues = testIssues(report, context.sandbox.root);
  if (result.exitCode === 0 && issues.length === 0) return { status: 'passed' };
  if (issues.length === 0) issues.push({ message: `vitest exited with ${result.exitCode}` });
  return failed(`${label} failed: ${report.numFailedTests ?? issues.length} of ${report.numTotalTests ?? '?'} test${report.numTotalTests === 1 ? '' : 's'} failed`, issues);
}

/** The line of the first stack frame in the test file. */
function lineIn(message: string, path: string): number | undefined {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}:(\\d+):\\d+`).exec(message);
  return match ? Number(match[1]) : undefined;
}

function firstLines(message: string, root: string): string {
  const lines = message
    .split(root)
    .join('')
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s+at\s/.test(line));
  return lines.slice(0, 4).join(' ').replace(/\s+/g, ' ').trim().slice(0, 400);
}
