import type { Check, CheckContext, CheckEventInput, CheckIssue, CheckResult, SandboxCommandResult } from '@buildwright/core';
import { cleanOutput, failed, formatIssue } from './check-report.js';
import { eslintErrors } from './eslint-report.js';
import type { CheckMemo, WebCheckSession } from './web-check-session.js';

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
 * Given the session of `webChecks()`, it runs both in the sandbox's check worker (TypeScript and
 * ESLint stay loaded and warm between runs), starts the work of the later checks early, and does
 * nothing when no file changed since its last run; the report is the same either way.
 *
 * @example
 * import { validateCheck } from '@buildwright/adapters/checks';
 *
 * const check = validateCheck({ typeErrors: 'advisory' });
 */
export function validateCheck(options: ValidateCheckOptions = {}, session?: WebCheckSession): Check {
  session?.onWarmUp({
    stage: 'tools',
    run(worker, context) {
      const timeoutMs = options.timeoutMs ?? 120_000;
      const lint = (options.lint ?? true) && eslintConfigs.some((path) => path in context.files);
      const types = () => (session.sharedTypeCheck ? session.sharedTypeCheck.check(context, { timeoutMs, quiet: true }) : worker.request('typecheck', {}, { timeoutMs, signal: context.signal }));
      return Promise.allSettled([
        'tsconfig.json' in context.files ? types() : undefined,
        lint ? worker.request('lint', { cacheLocation: eslintCacheLocation }, { timeoutMs, signal: context.signal }) : undefined,
      ]);
    },
  });
  return {
    name: 'validate',
    // While the model works: the worker starts and checks the starting files once, so that the real check only redoes what changed.
    ...(session?.usesWorker ? { prepare: (context: CheckContext) => session.prepare(context) } : {}),
    ...(session?.sharedTypeCheck ? { close: () => session.sharedTypeCheck!.close() } : {}),
    async run(context) {
      if (!session) return (await validate(context, options)).result;
      const memoKey = await session.inputsKey(context, JSON.stringify(['validate', options]));
      const slots = session.state(context.sandbox).slots;
      const memo = slots.get('validate') as (CheckMemo & { notices: CheckEventInput[] }) | undefined;
      if (memo?.key === memoKey) {
        for (const notice of memo.notices) await context.emit(notice);
        return memo.result;
      }
      void session.startEarly(context);
      const notices: CheckEventInput[] = [];
      const { result, transient } = await validate({ ...context, emit: async (event) => void (notices.push(event), await context.emit(event)) }, options, session);
      if (!transient) slots.set('validate', { key: memoKey, result, notices: notices.filter((event) => event.type === 'notice.posted') });
      return result;
    },
  };
}

async function validate(context: CheckContext, options: ValidateCheckOptions, session?: WebCheckSession): Promise<{ result: CheckResult; transient: boolean }> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const hasTsconfig = 'tsconfig.json' in context.files;
  const eslintConfig = eslintConfigs.find((path) => path in context.files);
  const runLint = (options.lint ?? true) && eslintConfig !== undefined;
  if (!hasTsconfig && !runLint) return { result: { status: 'skipped', reason: 'the project has neither tsconfig.json nor an ESLint flat config' }, transient: false };
  const missing = [...(hasTsconfig && !(await installed(context, 'tsc')) ? ['typescript (tsc)'] : []), ...(runLint && !(await installed(context, 'eslint')) ? ['eslint'] : [])];
  if (missing.length) return { result: { status: 'skipped', reason: `${missing.join(' and ')} not installed in the project (node_modules/.bin); run the install check first` }, transient: false };

  const [types, lint] = await Promise.all([
    hasTsconfig ? typeCheck(context, timeoutMs, session) : Promise.resolve(noIssues),
    runLint ? lintCheck(context, timeoutMs, session) : Promise.resolve(noIssues),
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
  // A tool killed at its timeout (or on abort) says nothing about the files: never remembered.
  const transient = Boolean(types.transient || lint.transient);
  if (issues.length === 0) return { result: { status: 'passed' }, transient };
  const parts = [
    blockingTypes && types.issues.length ? `${types.issues.length} type error${types.issues.length === 1 ? '' : 's'}` : '',
    lint.issues.length ? `${lint.issues.length} lint error${lint.issues.length === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  const unparsed = [types.output, lint.output].filter(Boolean).join('\n');
  return { result: failed(`Validate check failed: ${parts.join(', ')}`, issues, unparsed || undefined), transient };
}

const eslintCacheLocation = 'node_modules/.cache/buildwright/eslint/';
const eslintConfigs = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.ts', 'eslint.config.cjs'];

interface ToolIssues {
  issues: CheckIssue[];
  output: string;
  /** The tool was killed at its timeout or on abort. */
  transient?: boolean;
}

const noIssues: ToolIssues = { issues: [], output: '' };

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

/** Runs in the check worker when there is one, else as the command; same result either way. */
async function runTool(
  context: CheckContext,
  session: WebCheckSession | undefined,
  worker: { route: 'typecheck' | 'lint'; body: Record<string, unknown>; label: string },
  command: string,
  timeoutMs: number,
): Promise<SandboxCommandResult> {
  const run = session ? await session.request(context, worker.route, worker.body, { label: worker.label, timeoutMs, emit: 'now' }) : undefined;
  return run ?? context.run(command, { timeoutMs });
}

async function typeCheck(context: CheckContext, timeoutMs: number, session?: WebCheckSession): Promise<ToolIssues> {
  // Incremental: after an edit only the changed files are checked again (the build info lives in node_modules, outside the project's files).
  const command = 'node_modules/.bin/tsc --noEmit --pretty false --incremental --tsBuildInfoFile node_modules/.cache/buildwright/tsbuildinfo';
  const result =
    (await sharedTypeCheck(context, timeoutMs, session)) ??
    (await runTool(context, session, { route: 'typecheck', body: {}, label: 'tsc --noEmit --pretty false (check worker)' }, command, timeoutMs));
  if (result.exitCode === 0) return { issues: [], output: '' };
  // Messages name types by their import path ("import('/abs/sandbox/src/x')"): project-relative only.
  const issues = parseTscOutput(cleanOutput(`${result.stdout}\n${result.stderr}`, context.sandbox.root, Number.POSITIVE_INFINITY));
  if (issues.length === 0) {
    const reason = result.timedOut ? `tsc timed out after ${timeoutMs} ms` : `tsc exited with ${result.exitCode}`;
    return { issues: [{ message: reason }], output: cleanOutput(`${result.stdout}\n${result.stderr}`, context.sandbox.root, 20), transient: result.timedOut || result.aborted };
  }
  return { issues, output: '' };
}

/** The project's types checked by the session's shared TypeScript service (warm across projects); undefined when it cannot serve this project. */
async function sharedTypeCheck(context: CheckContext, timeoutMs: number, session?: WebCheckSession): Promise<SandboxCommandResult | undefined> {
  // A service still starting does not hold the check up: the project's own worker answers this time.
  const answer = await session?.sharedTypeCheck?.check(context, { timeoutMs, waitForStart: false });
  if (!answer || !session) return undefined;
  const run = {
    label: 'tsc --noEmit --pretty false (shared TypeScript service)',
    extra: {},
    exitCode: answer.exitCode,
    stdout: answer.output,
    stderr: '',
    timedOut: false,
    aborted: false,
    durationMs: answer.durationMs,
  };
  await session.emitRun(context, run);
  return run;
}

async function lintCheck(context: CheckContext, timeoutMs: number, session?: WebCheckSession): Promise<ToolIssues> {
  const command = `node_modules/.bin/eslint . --format json --no-warn-ignored --cache --cache-location ${eslintCacheLocation}`;
  const result = await runTool(context, session, { route: 'lint', body: { cacheLocation: eslintCacheLocation }, label: 'eslint . --format json (check worker)' }, command, timeoutMs);
  const issues = eslintErrors(result.stdout, context.sandbox.root);
  if (!issues) {
    if (result.exitCode === 0) return { issues: [], output: '' };
    // ESLint itself failed (bad config, crash): its message is the report.
    return {
      issues: [{ message: `ESLint could not run (exit ${result.exitCode})` }],
      output: cleanOutput(`${result.stderr}\n${result.stdout}`, context.sandbox.root, 20),
      transient: result.timedOut || result.aborted,
    };
  }
  return { issues, output: '' };
}
