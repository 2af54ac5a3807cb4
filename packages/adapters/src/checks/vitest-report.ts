import type { CheckIssue } from '@buildwright/core';

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
