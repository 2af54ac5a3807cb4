import type { CheckIssue } from '@buildwright/core';

interface EslintFileResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; severity: number; message: string; line?: number; column?: number }>;
}

/**
 * The errors (not warnings) of `eslint --format json` output as issues with project-relative
 * paths (`root` is the sandbox's root); undefined when the output is not ESLint's JSON (it could not run).
 */
export function eslintErrors(stdout: string, root: string): CheckIssue[] | undefined {
  let files: EslintFileResult[];
  try {
    files = JSON.parse(stdout) as EslintFileResult[];
  } catch {
    return undefined;
  }
  if (!Array.isArray(files)) return undefined;
  const prefix = root.endsWith('/') ? root : `${root}/`;
  const issues: CheckIssue[] = [];
  for (const file of files) {
    const path = file.filePath.startsWith(prefix) ? file.filePath.slice(prefix.length) : file.filePath;
    for (const message of file.messages) {
      if (message.severity < 2) continue;
      issues.push({
        file: path,
        ...(message.line === undefined ? {} : { line: message.line }),
        ...(message.column === undefined ? {} : { column: message.column }),
        message: message.ruleId ? `${message.message} (${message.ruleId})` : message.message,
      });
    }
  }
  return issues;
}
