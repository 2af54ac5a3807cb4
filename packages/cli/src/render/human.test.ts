import type { BuildwrightEvent, EventInput } from '@buildwright/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { humanRenderer } from './human.js';
import { colorsEnabled, createPaint, type Terminal } from './terminal.js';

function fakeTerminal(interactive: boolean, colors = false): Terminal & { output: string } {
  const terminal = { output: '', interactive, columns: 100, paint: createPaint(colors), write: (text: string) => void (terminal.output += text) };
  return terminal;
}

let seq = 0;
const event = (input: EventInput): BuildwrightEvent => ({ ...input, runId: 'run-1', projectId: 'project-1', seq: ++seq, at: new Date(0).toISOString() }) as BuildwrightEvent;

const run: EventInput[] = [
  { type: 'run.started', mode: 'generate', prompt: 'a habit tracker', kind: 'web' },
  {
    type: 'plan.created',
    plan: {
      title: 'Habit Tracker',
      summary: 's',
      steps: [
        { id: 'model', title: 'Data model', files: [] },
        { id: 'ui', title: 'Components', files: [] },
      ],
    },
  },
  { type: 'step.started', stepId: 'model', title: 'Data model' },
  { type: 'file.written', path: 'src/types.ts', bytes: 685 },
  { type: 'usage', node: 'build', model: 'scripted', inputTokens: 1200, outputTokens: 300, cachedInputTokens: 0, costUsd: 0.0123, estimated: false },
  { type: 'step.completed', stepId: 'model' },
  { type: 'step.started', stepId: 'ui', title: 'Components' },
  { type: 'file.edited', path: 'index.html', edits: 1 },
  { type: 'step.completed', stepId: 'ui' },
  { type: 'check.started', check: 'validate' },
  { type: 'command.started', commandId: 'c1', command: 'tsc --noEmit' },
  { type: 'command.output', commandId: 'c1', stream: 'stdout', text: 'src/a.ts(1,1): error\n' },
  { type: 'command.exited', commandId: 'c1', exitCode: 2, timedOut: false, durationMs: 2000 },
  {
    type: 'check.failed',
    check: 'validate',
    report: 'Validate check failed: 1 type error\nmore',
    issues: [{ file: 'src/components/AddHabitForm.tsx', line: 20, column: 7, message: "Type 'string' is not assignable to type 'number'." }],
    durationMs: 2900,
  },
  { type: 'fix.started', attempt: 1, check: 'validate', report: 'r' },
  { type: 'file.edited', path: 'src/components/AddHabitForm.tsx', edits: 1 },
  { type: 'check.started', check: 'validate' },
  { type: 'check.passed', check: 'validate', durationMs: 2800 },
  { type: 'check.skipped', check: 'browser', reason: 'Chromium not found' },
  { type: 'preview.ready', url: 'http://127.0.0.1:4173', screenshotPath: '.buildwright/artifacts/run-1/preview.png' },
  { type: 'version.created', number: 1, message: 'a habit tracker', fileCount: 19 },
  { type: 'run.completed', versionNumber: 1, summary: 'Data model done.\nA habit tracker with streaks.' },
];

afterEach(() => vi.useRealTimers());

describe('humanRenderer', () => {
  it('default: plain lines for a pipe — steps, files, checks with issues, the fix, and the summary with URL, screenshot, version and usage', () => {
    const terminal = fakeTerminal(false);
    const renderer = humanRenderer({ terminal, maxFixAttempts: 3, now: () => 0 });
    for (const input of run) renderer.event(event(input));
    renderer.close();
    expect(terminal.output).not.toMatch(/\r|\u001b/);
    expect(terminal.output).toContain('Generating a web app: a habit tracker\n');
    expect(terminal.output).toContain('✔ plan Habit Tracker · 2 steps');
    expect(terminal.output).toContain('    + src/types.ts 685 B\n');
    expect(terminal.output).toContain('✔ step 1/2 Data model');
    expect(terminal.output).toContain('    ~ index.html 1 edit\n');
    expect(terminal.output).toContain('✖ check validate (2.9s) Validate check failed: 1 type error\n');
    expect(terminal.output).toContain("    src/components/AddHabitForm.tsx:20:7 Type 'string' is not assignable to type 'number'.\n");
    expect(terminal.output).toContain('↻ fix 1/3: the model fixes the validate failure\n');
    expect(terminal.output).toContain('✔ check validate (2.8s)\n');
    expect(terminal.output).toContain('○ check browser skipped: Chromium not found\n');
    expect(terminal.output).toContain('Done. A habit tracker with streaks.\n');
    expect(terminal.output).toMatch(/ {2}preview {5}http:\/\/127\.0\.0\.1:4173 \(stops with this command; serve it again: buildwright preview project-1\)\n/);
    expect(terminal.output).toContain('  screenshot  .buildwright/artifacts/run-1/preview.png\n');
    expect(terminal.output).toContain('  version     1 of project project-1\n');
    expect(terminal.output).toContain('  usage       1.5k tokens · $0.01\n');
    expect(renderer.summary).toMatchObject({ previewUrl: 'http://127.0.0.1:4173', version: 1, inputTokens: 1200, outputTokens: 300 });
  });

  it('behavior: on a terminal a spinner line shows the activity, the running command and the meter, redrawn in place', () => {
    vi.useFakeTimers();
    const terminal = fakeTerminal(true);
    let clock = 0;
    const renderer = humanRenderer({ terminal, maxFixAttempts: 3, now: () => clock });
    for (const input of run.slice(0, 12)) renderer.event(event(input));
    clock = 4_200;
    vi.advanceTimersByTime(80);
    const lastFrame = terminal.output.slice(terminal.output.lastIndexOf('\r\u001b[2K'));
    expect(lastFrame).toMatch(/check validate 4\.2s · \$ tsc --noEmit › src\/a\.ts\(1,1\): error · 1\.5k tokens · \$0\.01$/);
    renderer.close();
  });

  it('behavior: without a terminal a long activity prints a progress line every 10 s, not a redraw', () => {
    vi.useFakeTimers();
    const terminal = fakeTerminal(false);
    let clock = 0;
    const renderer = humanRenderer({ terminal, maxFixAttempts: 3, now: () => clock });
    renderer.event(event({ type: 'check.started', check: 'install' }));
    renderer.event(event({ type: 'command.started', commandId: 'c1', command: 'npm install' }));
    renderer.event(event({ type: 'command.output', commandId: 'c1', stream: 'stderr', text: 'added 212 packages\n' }));
    clock = 10_500;
    vi.advanceTimersByTime(80);
    expect(terminal.output).toBe('  … check install 10.5s · $ npm install › added 212 packages\n');
    vi.advanceTimersByTime(80);
    expect(terminal.output.split('\n')).toHaveLength(2);
    renderer.close();
  });

  it('behavior: requirements print their stories with acceptance criteria and the template, then the plan activity begins', () => {
    const terminal = fakeTerminal(false);
    let clock = 0;
    const renderer = humanRenderer({ terminal, maxFixAttempts: 3, now: () => clock });
    renderer.event(event({ type: 'run.started', mode: 'generate', prompt: 'a todo list', kind: 'web' }));
    clock = 1_500;
    renderer.event(
      event({
        type: 'requirements.created',
        requirements: {
          summary: 'Todos',
          stories: [{ as: 'a user', want: 'to delete a task', acceptance: ['Delete removes the task from the list'] }],
          entities: [],
          pages: [],
          kind: 'web',
          kindReason: 'a browser app',
          template: 'todo-list',
          templateReason: 'a list',
        },
      }),
    );
    renderer.close();
    expect(terminal.output).toContain('✔ requirements · 1 story · template todo-list (1.5s)\n');
    expect(terminal.output).toContain('    1. As a user, I want to delete a task\n       ✓ Delete removes the task from the list\n');
  });

  it('behavior: a step that runs a check of its own (the spec step) shows its whole duration', () => {
    const terminal = fakeTerminal(false);
    let clock = 0;
    const renderer = humanRenderer({ terminal, maxFixAttempts: 3, now: () => clock });
    renderer.event(event({ type: 'step.started', stepId: 'spec', title: 'Describe the API in openapi.yaml' }));
    clock = 600;
    renderer.event(event({ type: 'check.started', check: 'spec' }));
    clock = 850;
    renderer.event(event({ type: 'check.passed', check: 'spec', durationMs: 250 }));
    renderer.event(event({ type: 'step.completed', stepId: 'spec' }));
    renderer.close();
    expect(terminal.output).toBe('✔ check spec (250ms)\n✔ step Describe the API in openapi.yaml (850ms)\n');
  });

  it('behavior: an API contract report prints one line per operation, and under a failing one its request, expected and actual', () => {
    const terminal = fakeTerminal(false);
    const renderer = humanRenderer({ terminal, maxFixAttempts: 3 });
    const failure = { request: 'GET /todos/8c1f2d6e (example)', expected: '200 (a valid request on a resource created earlier in this check)', actual: '404 {"error":"NotFound"}' };
    renderer.event(event({ type: 'check.started', check: 'contract' }));
    renderer.event(
      event({
        type: 'api.contract_checked',
        specPath: 'openapi.yaml',
        seed: 1,
        passed: false,
        operations: [
          { operationId: 'createTodo', method: 'POST', path: '/todos', valid: 4, invalid: 4, failure: null },
          { operationId: 'getTodo', method: 'GET', path: '/todos/{id}', valid: 1, invalid: 0, failure },
        ],
      }),
    );
    renderer.event(
      event({
        type: 'check.failed',
        check: 'contract',
        report: 'Contract check failed: getTodo did not answer as openapi.yaml says (1 of 2 operations)',
        issues: [{ file: 'openapi.yaml', line: 9, message: 'getTodo GET …' }],
        durationMs: 120,
      }),
    );
    renderer.event(
      event({
        type: 'api.contract_checked',
        specPath: 'openapi.yaml',
        seed: 1,
        passed: true,
        operations: [{ operationId: 'getHealth', method: 'GET', path: '/health', valid: 1, invalid: 0, failure: null }],
      }),
    );
    renderer.event(event({ type: 'check.passed', check: 'contract', durationMs: 90 }));
    renderer.close();
    expect(terminal.output).toBe(
      [
        '  contract of openapi.yaml (seed 1): 2 operations, 9 requests (5 valid, 4 invalid), 1 not as documented',
        '    ✔ createTodo  POST  /todos       4+4',
        '    ✘ getTodo     GET   /todos/{id}  1+0',
        '        request:  GET /todos/8c1f2d6e (example)',
        '        expected: 200 (a valid request on a resource created earlier in this check)',
        '        actual:   404 {"error":"NotFound"}',
        // The issues of the failed check are the report's lines above: not printed twice.
        '✖ check contract (120ms) Contract check failed: getTodo did not answer as openapi.yaml says (1 of 2 operations)',
        '  contract of openapi.yaml (seed 1): 1 operation, 1 request (1 valid, 0 invalid), all as documented',
        '    ✔ getHealth  GET  /health  1+0',
        '✔ check contract (90ms)',
        '',
      ].join('\n'),
    );
  });

  it('behavior: a failed and a cancelled run say why and how to go on', () => {
    const terminal = fakeTerminal(false);
    const renderer = humanRenderer({ terminal, maxFixAttempts: 3 });
    renderer.event(event({ type: 'run.failed', code: 'CHECK_FAILED', message: 'The "imports" check still fails.', check: 'imports' }));
    renderer.event(event({ type: 'run.cancelled', reason: 'interrupted by Ctrl-C' }));
    renderer.close();
    expect(terminal.output).toContain('Run failed [CHECK_FAILED] in check imports: The "imports" check still fails.\n');
    expect(terminal.output).toContain('Run cancelled: interrupted by Ctrl-C\n  resume it with: buildwright resume run-1\n');
  });
});

describe('colors', () => {
  it('default: on for a terminal, off for a pipe', () => {
    expect(colorsEnabled({ isTTY: true }, {})).toBe(true);
    expect(colorsEnabled({ isTTY: false }, {})).toBe(false);
  });

  it('args: NO_COLOR turns them off, FORCE_COLOR on, TERM=dumb off', () => {
    expect(colorsEnabled({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorsEnabled({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorsEnabled({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(createPaint(false).red('x')).toBe('x');
    expect(createPaint(true).red('x')).toBe('\u001b[31mx\u001b[39m');
  });
});
