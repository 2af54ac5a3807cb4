import { describe, expect, it } from 'vitest';
import { createBuilder } from '../../builder/create-builder.js';
import type { Transcript } from '../../protocol/transcript.js';
import type { BuilderOptions } from '../../run/run-context.js';
import type { Check } from '../../spec/check.js';
import { memorySandbox } from '../../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../../testing/doubles/memory-storage.js';
import { call, collect, finish, pipeline, recordingLlm, toolErrors, transcript, turn, write } from './phase-node.test-support.js';
import type { RunRuntime } from '../run-runtime.js';
import { testsMessage } from '../tests-prompts.js';
import type { Requirements } from '../../events/events.js';

// The tests node through createBuilder with the vendor-free doubles: a check with a `tests` phase
// stands in for the flow check of testingChecks() (end to end with Chromium in
// packages/adapters/src/checks/testing-run.int.test.ts), a check after build for the e2e runner.
const testsPath = 'tests/e2e/app.flow.json';
const goodTests = '{"tests":[{"name":"adds a todo"}]}';
const plan = turn('plan', call('submit_plan', { title: 'Todos', summary: 'todos', steps: [{ id: 'app', title: 'Write the app', files: ['src/App.tsx'] }] }));

/** A check with a tests phase: the file must name a test. Records the files it judged. */
function testsPhaseCheck(): Check & { judged: string[] } {
  const judged: string[] = [];
  return {
    name: 'e2e-flows',
    phase: { node: 'tests', path: testsPath, instructions: 'Format: {"tests":[{"name":"..."}]}' },
    judged,
    async run({ files }) {
      const text = files[testsPath] ?? '';
      judged.push(text);
      return text.includes('"name"') ? { status: 'passed' } : { status: 'failed', report: `E2E flows invalid: ${testsPath} names no test`, issues: [{ file: testsPath, message: 'no test' }] };
    },
  };
}

/** The runner after build: fails while src/App.tsx holds "broken", with the test name and assertion. */
const runnerCheck: Check = {
  name: 'e2e',
  async run({ files }) {
    return files['src/App.tsx']?.includes('broken')
      ? { status: 'failed', report: 'E2E tests failed: "adds a todo": expected text "Milk"', issues: [{ file: testsPath, message: '"adds a todo" failed' }] }
      : { status: 'passed' };
  },
};

function setup(script: Transcript, extra: Partial<BuilderOptions> = {}) {
  const { llm, requests } = recordingLlm(script);
  const flows = testsPhaseCheck();
  const builder = createBuilder({ llm, sandbox: memorySandbox(), storage: memoryStorage(), checks: [flows, runnerCheck], ...extra });
  return { builder, requests, flows };
}

describe('tests node', () => {
  it('default: checks with a tests phase get a node right after build; the fix loop goes back to the checks after it, never to the tests node', async () => {
    const script = transcript(
      plan,
      turn('build', write('src/App.tsx', 'broken'), finish()),
      turn('tests', write(testsPath, goodTests), finish()),
      turn('fix', write('src/App.tsx', 'fixed'), finish()),
    );
    const { builder, requests, flows } = setup(script);
    const run = builder.generate({ prompt: 'A todo app', kind: 'web' });
    const events = await collect(run);
    const result = await run.result;

    expect(pipeline(events)).toEqual([
      'plan',
      'step.started:app',
      'step.completed:app',
      'step.started:tests',
      'check.started:e2e-flows',
      'check.passed:e2e-flows',
      'step.completed:tests',
      'check.started:e2e',
      'check.failed:e2e',
      'fix:e2e:1',
      'check.started:e2e',
      'check.passed:e2e',
    ]);
    expect(flows.judged).toEqual([goodTests]);
    expect(requests.map((request) => request.node)).toEqual(['plan', 'build', 'tests', 'fix']);
    const testsRequest = requests[2]!;
    expect(testsRequest.tools.map((tool) => tool.name)).toEqual(['write_file', 'edit_file', 'finish']);
    expect(testsRequest.messages[1]!.content).toContain('--- src/App.tsx\nbroken');
    expect(testsRequest.messages[1]!.content).toContain('Format: {"tests":[{"name":"..."}]}');
    expect(testsRequest.messages[1]!.content).toContain('Test what the request asks for');
    // The fixer sees the frozen test and the report naming the test and its assertion.
    const fixPrompt = requests[3]!.messages[1]!.content;
    expect(fixPrompt).toContain(`--- ${testsPath}\n${goodTests}`);
    expect(fixPrompt).toContain('"adds a todo": expected text "Milk"');
    expect(fixPrompt).toContain(`${testsPath} holds the tests of the request, written in the tests step: make the app pass them as they are`);
    expect(result.files).toEqual({ 'src/App.tsx': 'fixed', [testsPath]: goodTests });
  });

  it('behavior: the tests step may write only the tests, and the fix step may not change them (tool errors; the test stays as written)', async () => {
    const script = transcript(
      plan,
      turn('build', write('src/App.tsx', 'broken'), finish()),
      turn('tests', write('src/App.tsx', 'fixed by the tester'), write(testsPath, goodTests)),
      turn('tests', finish()),
      turn('fix', call('edit_file', { path: testsPath, edits: [{ search: 'adds a todo', replace: 'skipped' }] }), call('delete_file', { path: testsPath })),
      turn('fix', write(testsPath, '{"tests":[]}'), write('src/App.tsx', 'fixed'), finish()),
    );
    const { builder, requests } = setup(script);
    const result = await builder.generate({ prompt: 'A todo app', kind: 'web' }).result;

    expect(toolErrors(requests, 'tests')).toEqual([
      `Error: this step may change only ${testsPath} (the tests); src/App.tsx is part of the app, which the build and fix steps change. Call finish when the tests are written.`,
    ]);
    const frozen = expect.stringMatching(/^Error: tests\/e2e\/app\.flow\.json holds the tests of the request, written in the tests step, and is frozen: this step cannot change it\./);
    // The write in the turn that finishes is refused the same way (the files below); its error is not sent back, the step being over.
    expect(toolErrors(requests, 'fix')).toEqual([frozen, frozen]);
    expect(result.files).toEqual({ 'src/App.tsx': 'fixed', [testsPath]: goodTests });
  });

  it('behavior: malformed tests go back to the model in the tests node, counted in maxFixAttempts', async () => {
    const script = transcript(
      plan,
      turn('build', write('src/App.tsx', 'ok'), finish()),
      turn('tests', write(testsPath, '{"tests":[{}]}'), finish()),
      turn('tests', write(testsPath, goodTests), finish()),
    );
    const { builder, requests } = setup(script);
    const run = builder.generate({ prompt: 'A todo app', kind: 'web' });
    const events = await collect(run);
    await run.result;

    expect(pipeline(events).slice(3, 10)).toEqual([
      'step.started:tests',
      'check.started:e2e-flows',
      'check.failed:e2e-flows',
      'fix:e2e-flows:1',
      'check.started:e2e-flows',
      'check.passed:e2e-flows',
      'step.completed:tests',
    ]);
    const second = requests.filter((request) => request.node === 'tests')[1]!;
    expect(second.messages.at(-1)!.content).toContain(`E2E flows invalid: ${testsPath} names no test`);
  });

  it('behavior: an edit writes the tests again for its own request (the requirement changed), on top of the stored ones', async () => {
    const script = transcript(
      plan,
      turn('build', write('src/App.tsx', 'ok'), finish()),
      turn('tests', write(testsPath, goodTests), finish()),
      turn('plan', call('submit_plan', { title: 'Edit', summary: 'edit', steps: [{ id: 'edit', title: 'Edit', files: ['src/App.tsx'] }] })),
      turn('build', call('edit_file', { path: testsPath, edits: [{ search: 'adds', replace: 'renames' }] }), write('src/App.tsx', 'ok 2')),
      turn('build', finish()),
      turn('tests', write(testsPath, '{"tests":[{"name":"renames a todo"}]}'), finish()),
    );
    const { builder, requests } = setup(script);
    const first = await builder.generate({ prompt: 'A todo app', kind: 'web' }).result;
    const edited = await builder.edit(first.project.id, { prompt: 'Let me rename a todo' }).result;

    // Build may not change the tests even in an edit: the tests step does, for the new request.
    expect(toolErrors(requests, 'build')).toEqual([expect.stringMatching(/^Error: tests\/e2e\/app\.flow\.json holds the tests of the request/)]);
    const editTests = requests.filter((request) => request.node === 'tests')[1]!.messages[1]!.content;
    expect(editTests).toContain('Request: Let me rename a todo');
    expect(editTests).toContain(`${testsPath} already hold tests of earlier requests: keep those that still hold`);
    expect(edited.files[testsPath]).toBe('{"tests":[{"name":"renames a todo"}]}');
  });
});

describe('testsMessage', () => {
  const runtime = { workspace: { read: () => undefined } } as unknown as RunRuntime;

  it("behavior: the acceptance criteria of the requirements analyst (the run state's spec) are given as the requirement", () => {
    const requirements: Requirements = {
      summary: 'A todo list.',
      stories: [{ as: 'a user', want: 'to delete a todo', acceptance: ['a deleted todo leaves the list'] }],
      entities: [{ name: 'Todo', fields: ['title'] }],
      pages: [{ path: '/', purpose: 'the list' }],
      kind: 'web',
      kindReason: 'a browser app',
      template: 'react-vite',
      templateReason: 'a single page',
    };
    const message = testsMessage(runtime, { paths: [testsPath], plan: null, requirements, instructions: [] });
    expect(message).toContain('write a test for each acceptance criterion');
    expect(message).toContain('1. As a user, I want to delete a todo.\n   - a deleted todo leaves the list');
    expect(message).not.toContain('Test what the request asks for');
  });

  it('default: without a requirements step the prompt and plan are the requirement', () => {
    const message = testsMessage(runtime, { paths: [testsPath], plan: { title: 'Todos', summary: 'a list', steps: [] }, requirements: null, instructions: ['FORMAT'] });
    expect(message).toContain('Plan: Todos — a list');
    expect(message).toContain('Test what the request asks for');
    expect(message).toContain('FORMAT');
  });
});
