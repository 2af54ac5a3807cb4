import type { Check, CheckContext, CheckIssue } from '@buildwright/core';
import { cleanOutput, failed, formatIssue } from './check-report.js';

export interface ValidateCheckOptions {
  /** `blocking` (default): type errors fail the check. `advisory`: they are posted as a notice and the check passes. */
  typeErrors?: 'blocking' | 'advisory';
  /** Run ESLint with the project's config when it has one. Default true. */
  lint?: boolean;
  /** Timeout of each tool. Default 120 s. */
  timeoutMs?: number;
}

/**
 * Type-checks (`tsc --noEmit`) and lints (ESLint with the project's own flat config) the project,
 * both at once. Lint errors always fail; lint warnings never do; type errors fail unless
 * `typeErrors: 'advisory'` (real working code sometimes fails strict tsc).
 *
 * @example
 * import { validateCheck } from '@buildwright/adapters/checks';
 *
 * const check = validateCheck({ typeErrors: 'advisory' });
 */
export function validateCheck(options: ValidateCheckOptions = {}): Check {
  return {
    name: 'validate',
    async run(context) {
      const timeoutMs = options.timeoutMs ?? 120_000;
      const hasTsconfig = 'tsconfig.json' in context.files;
      const eslintConfig = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.ts', 'eslint.config.cjs'].find((path) => path in context.files);
      const runLint = (options.lint ?? true) && eslintConfig !== undefined;
      if (!hasTsconfig && !runLint) return { status: 'skipped', reason: 'the project has neither tsconfig.json nor an ESLint flat config' };
      const missing = [
        ...(hasTsconfig && !(await installed(context, 'tsc')) ? ['typescript (tsc)'] : []),
        ...(runLint && !(await installed(context, 'eslint')) ? ['eslint'] : []),
      ];
      if (missing.length) return { status: 'skipped', reason: `${missing.join(' and ')} not installed in the project (node_modules/.bin); run the install check first` };

      const [types, lint] = await Promise.all([
        hasTsconfig ? typeCheck(context, timeoutMs) : Promise.resolve({ issues: [], output: '' }),
        runLint ? lintCheck(context, timeoutMs) : Promise.resolve({ issues: [], output: '' }),
      ]);

      const blockingTypes = (options.typeErrors ?? 'blocking') === 'blocking';
      if (!blockingTypes && types.issues.length > 0) {
        await context.emit({
          type: 'notice.posted',
          level: 'warn',
          message: `${types.issues.length} type error(s) left (typeErrors: 'advisory'): ${types.issues.slice(0, 3).map(formatIssue).join('; ')}`,
        });
      }
      const issues = [...(blockingTypes ? types.issues : []), ...lint.issues];
      if (issues.length === 0) return { status: 'passed' };
      const parts = [
        blockingTypes && types.issues.length ? `${types.issues.length} type error${types.issues.length === 1 ? '' : 's'}` : '',
        lint.issues.length ? `${lint.issues.length} lint error${lint.issues.length === 1 ? '' : 's'}` : '',
      ].filter(Boolean);
      const unparsed = [types.output, lint.output].filter(Boolean).join('\n');
      return failed(`Validate check failed: ${parts.join(', ')}`, issues, unparsed || undefined);
    },
  };
}

async function installed(context: CheckContext, binary: string): Promise<boolean> {
  return (await context.sandbox.readFile(`node_modules/.bin/${binary}`)) !== undefined;
}

/** `src/App.tsx(3,7): error TS2322: message` (+ indented continuation lines) → issues. */
export function parseTscOutput(output: string): CheckIssue[] {
  const issues: CheckIssue[] = [];
  for (const line of output.split('\n')) {
    const match = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line);
    if (match) {
      issues.push({ file: match[1]!, line: Number(match[2]), column: Number(match[3]), message: `${match[5]} (${match[4]})` });
    } else if (/^error (TS\d+): (.*)$/.test(line)) {
      issues.push({ message: line.replace(/^error /, '') });
    } else if (/^\s+\S/.test(line) && issues.length > 0) {
      const last = issues[issues.length - 1]!;
      last.message = `${last.message} ${line.trim()}`;
    }
  }
  return issues;
}

async function typeCheck(context: CheckContext, timeoutMs: number): Promise<{ issues: CheckIssue[]; output: string }> {
  // Incremental: after an edit only the changed files are checked again (the build info lives in node_modules, outside the project's files).
  const result = await context.run('node_modules/.bin/tsc --noEmit --pretty false --incremental --tsBuildInfoFile node_modules/.cache/buildwright/tsbuildinfo', { timeoutMs });
  if (result.exitCode === 0) return { issues: [], output: '' };
  const issues = parseTscOutput(`${result.stdout}\n${result.stderr}`);
  if (issues.length === 0) {
    const reason = result.timedOut ? `tsc timed out after ${timeoutMs} ms` : `tsc exited with ${result.exitCode}`;
    return { issues: [{ message: reason }], output: cleanOutput(`${result.stdout}\n${result.stderr}`, context.sandbox.root, 20) };
  }
  return { issues, output: '' };
}

interface EslintFileResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; severity: number; message: string; line?: number; column?: number }>;
}

async function lintCheck(context: CheckContext, timeoutMs: number): Promise<{ issues: CheckIssue[]; output: string }> {
  const result = await context.run('node_modules/.bin/eslint . --format json --no-warn-ignored --cache --cache-location node_modules/.cache/buildwright/eslint/', { timeoutMs });
  let files: EslintFileResult[];
  try {
    files = JSON.parse(result.stdout) as EslintFileResult[];
  } catch {
    if (result.exitCode === 0) return { issues: [], output: '' };
    // ESLint itself failed (bad config, crash): its message is the report.
    return { issues: [{ message: `ESLint could not run (exit ${result.exitCode})` }], output: cleanOutput(`${result.stderr}\n${result.stdout}`, context.sandbox.root, 20) };
  }
  const root = context.sandbox.root.endsWith('/') ? context.sandbox.root : `${context.sandbox.root}/`;
  const issues: CheckIssue[] = [];
  for (const file of files) {
    const path = file.filePath.startsWith(root) ? file.filePath.slice(root.length) : file.filePath;
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
  return { issues, output: '' };
}
