import { afterEach, describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import { eventSchema, type EventInput } from '../events/events.js';
import type { Check, CheckIssue, CheckResult } from '../spec/check.js';
import type { Sandbox, SandboxAdapter } from '../spec/sandbox.js';
import type { ProjectKind } from '../spec/storage.js';
import { createCheckContext, type CheckContextDouble } from './check-context.js';

/** One project the check is run on, and what it must answer. */
export interface CheckSpecCase {
  /** What the project shows, e.g. `an import of a missing file`. */
  name: string;
  /** The project's files. */
  files: Record<string, string>;
  /** Default `web`. */
  kind?: ProjectKind;
  /** The status the check must give. */
  expect: CheckResult['status'];
  /** For `failed`: issues the result must hold, in order, each matched as a subset, e.g. `[{ file: 'src/App.tsx', line: 3 }]`. */
  issues?: Partial<CheckIssue>[];
}

/** Options of {@link runCheckSpec}. */
export interface CheckSpecOptions {
  /** Where the cases run: each case opens a fresh project in it, killed afterwards. */
  sandbox: SandboxAdapter;
  /** Suite name (defaults to the check's name). */
  name?: string;
}

/** Events the run graph emits around a check; a check emits none of them itself. */
const graphEvents = /^(run|plan|step|llm|check|fix|version)\./;

let projectCounter = 0;

/**
 * The check conformance suite: runs the check on each case's project through a
 * {@link createCheckContext} double and checks the result and the contract every check keeps —
 * the status the case expects; reports and issue files project-relative (never the sandbox's
 * absolute paths); issue lines and columns positive; every event well-formed, each
 * `command.started` closed by one `command.exited` with its output in between, none of the
 * graph's own events (`check.*`, `run.*`...); and an aborted run never passing on commands that
 * could not run.
 *
 * @example
 * // no-todo-check.test.ts
 * import { memorySandbox, runCheckSpec } from '@buildwright/core/testing';
 *
 * runCheckSpec(noTodo, [
 *   { name: 'a clean project', files: { 'src/App.tsx': 'export {};' }, expect: 'passed' },
 *   { name: 'a TODO', files: { 'src/App.tsx': '// TODO' }, expect: 'failed', issues: [{ file: 'src/App.tsx', line: 1 }] },
 * ], { sandbox: memorySandbox() });
 */
export function runCheckSpec(check: Check, cases: CheckSpecCase[], options: CheckSpecOptions): void {
  const opened: Sandbox[] = [];
  const open = async (specCase: CheckSpecCase): Promise<CheckContextDouble> => {
    const kind = specCase.kind ?? 'web';
    if (check.kinds && !check.kinds.includes(kind)) {
      throw new BuildwrightError({
        code: 'INVALID_INPUT',
        message: `runCheckSpec: case "${specCase.name}" is a ${kind} project, but check ${check.name} only runs on ${check.kinds.join(', ')}. Give the case a kind the check runs on.`,
      });
    }
    projectCounter += 1;
    const projectId = `check-spec-${process.pid}-${projectCounter}`;
    const sandbox = await options.sandbox.open({ projectId });
    opened.push(sandbox);
    return createCheckContext({ sandbox, files: specCase.files, kind, projectId });
  };

  describe(`check spec: ${options.name ?? check.name}`, () => {
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((sandbox) => sandbox.kill().catch(() => {})));
    });

    it('default: has a name for its events', () => {
      expect(check.name).toMatch(/^\S+$/);
      expect(cases.length, 'runCheckSpec needs at least one case').toBeGreaterThan(0);
    });

    for (const specCase of cases) {
      it(`case: ${specCase.name} is ${specCase.expect}, with project-relative reports and well-formed events`, async () => {
        const double = await open(specCase);
        const result = await check.run(double.context);
        expectWellFormedResult(result, double.context.sandbox);
        expect(result.status, result.status === 'failed' ? result.report : result.status === 'skipped' ? result.reason : 'passed').toBe(specCase.expect);
        if (result.status === 'failed' && specCase.issues) {
          expect(result.issues.length).toBeGreaterThanOrEqual(specCase.issues.length);
          specCase.issues.forEach((issue, index) => expect(result.issues[index]).toMatchObject(issue));
        }
        expectWellFormedEvents(double);
      });
    }

    it('behavior: with an aborted signal it settles, and never passes on a command that could not run', async () => {
      const double = await open(cases[0]!);
      double.abort(new BuildwrightError({ code: 'RUN_CANCELLED', message: 'The run was cancelled: check spec.' }));
      const settled = await check.run(double.context).then(
        (result) => ({ result }),
        (error: unknown) => ({ error }),
      );
      if ('error' in settled) {
        expect(BuildwrightError.isInstance(settled.error), `a check throws only BuildwrightErrors, got ${String(settled.error)}`).toBe(true);
      } else {
        expectWellFormedResult(settled.result, double.context.sandbox);
        const ranCommands = double.events.some((event) => event.type === 'command.started');
        if (ranCommands) expect(settled.result.status).not.toBe('passed');
      }
      expectWellFormedEvents(double);
    });
  });
}

function expectWellFormedResult(result: CheckResult, sandbox: Sandbox): void {
  expect(['passed', 'failed', 'skipped']).toContain(result.status);
  const absoluteRoot = sandbox.root.length > 1 ? sandbox.root : undefined;
  if (result.status === 'skipped') {
    expect(result.reason.length, 'a skipped result says why').toBeGreaterThan(0);
    return;
  }
  if (result.status === 'passed') {
    if (result.preview) expect(new URL(result.preview.url).protocol, "a preview's url is an http(s) URL a browser can load").toMatch(/^https?:$/);
    return;
  }
  expect(result.report.length, 'a failed result has a report for the fix step').toBeGreaterThan(0);
  if (absoluteRoot) expect(result.report, 'the report names files relative to the project').not.toContain(absoluteRoot);
  for (const issue of result.issues) {
    expect(issue.message.length).toBeGreaterThan(0);
    if (absoluteRoot) expect(issue.message).not.toContain(absoluteRoot);
    if (issue.file !== undefined) {
      expect(issue.file, 'issue files are relative to the project').not.toMatch(/^(\/|[A-Za-z]:|\.\.?\/)|\\/);
      expect(issue.file.split('/')).not.toContain('..');
    }
    for (const position of [issue.line, issue.column]) {
      if (position !== undefined) expect(Number.isInteger(position) && position > 0, `issue positions are 1-based: ${JSON.stringify(issue)}`).toBe(true);
    }
  }
}

function expectWellFormedEvents({ events, context }: CheckContextDouble): void {
  const open = new Set<string>();
  const closed = new Set<string>();
  events.forEach((event: EventInput, index) => {
    const parsed = eventSchema.safeParse({ ...event, runId: context.runId, projectId: context.projectId, seq: index + 1, at: new Date().toISOString() });
    expect(parsed.success, `event ${index} is not a valid ${event.type} event: ${parsed.error?.issues[0]?.message ?? ''}`).toBe(true);
    expect(event.type, "a check does not emit the run graph's own events").not.toMatch(graphEvents);
    if (event.type === 'command.started') {
      expect(open.has(event.commandId) || closed.has(event.commandId), `command id ${event.commandId} started twice`).toBe(false);
      open.add(event.commandId);
    }
    if (event.type === 'command.output') expect(open.has(event.commandId), `command.output of ${event.commandId} outside its started/exited pair`).toBe(true);
    if (event.type === 'command.exited') {
      expect(open.has(event.commandId), `command.exited of ${event.commandId} without command.started`).toBe(true);
      open.delete(event.commandId);
      closed.add(event.commandId);
    }
  });
  expect([...open], 'every command the check started has exited when it returns').toEqual([]);
}
