import { describe, expect, it } from 'vitest';
import { createBuilder } from '../../builder/create-builder.js';
import type { Transcript } from '../../protocol/transcript.js';
import type { BuilderOptions } from '../../run/run-context.js';
import type { Check } from '../../spec/check.js';
import type { LlmAdapter, LlmRequest } from '../../spec/llm.js';
import { memorySandbox } from '../../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../../testing/doubles/scripted-llm.js';
import { call, collect, finish, pipeline, recordingLlm, toolErrors, transcript, turn, write } from './phase-node.test-support.js';

// The spec node through createBuilder with the vendor-free doubles: a check with a `spec` phase
// stands in for the spec check of apiChecks() (which judges openapi.yaml with the real parsers in
// packages/adapters/src/api, end to end in api-runs.int.test.ts).
const goodSpec = 'openapi: 3.1.0\npaths:\n  /todos:\n    get:\n      operationId: listTodos\n';
const plan = turn('plan', call('submit_plan', { title: 'Todo API', summary: 'todos', steps: [{ id: 'code', title: 'Implement the spec', files: ['src/app.ts'] }] }));
const apiRun = transcript(plan, turn('spec', write('openapi.yaml', goodSpec), finish('spec')), turn('build', write('src/app.ts', 'export const app = 1;\n'), finish('code')));

/** A check with a spec phase: openapi.yaml must name an operationId. Records the files it judged. */
function specPhaseCheck(): Check & { judged: string[] } {
  const judged: string[] = [];
  return {
    name: 'spec',
    kinds: ['api'],
    phase: { node: 'spec', path: 'openapi.yaml' },
    judged,
    async run({ files }) {
      const text = files['openapi.yaml'] ?? '';
      judged.push(text);
      return text.includes('operationId')
        ? { status: 'passed' }
        : { status: 'failed', report: 'Spec check failed: openapi.yaml has no operationId', issues: [{ file: 'openapi.yaml', line: 1, message: 'no operationId' }] };
    },
  };
}

/** A check after build that fails with `reports` in turn, then passes. */
function laterCheck(name: string, reports: string[] = []): Check {
  let calls = 0;
  return {
    name,
    async run() {
      const report = reports[calls++];
      return report === undefined ? { status: 'passed' } : { status: 'failed', report, issues: [] };
    },
  };
}

function setup(script: Transcript, extra: Partial<BuilderOptions> = {}) {
  const { llm, requests } = recordingLlm(script);
  const storage = memoryStorage();
  const spec = specPhaseCheck();
  const builder = createBuilder({ llm, sandbox: memorySandbox(), storage, checks: [spec, laterCheck('contract')], ...extra });
  return { builder, storage, requests, spec };
}

/** The pipeline of a run whose spec and checks pass at once, with one plan step. */
const passingRun = (stepId: string) => [
  'plan',
  'step.started:spec',
  'check.started:spec',
  'check.passed:spec',
  'step.completed:spec',
  `step.started:${stepId}`,
  `step.completed:${stepId}`,
  'check.started:contract',
  'check.passed:contract',
];

describe('spec node', () => {
  it('default: an api run whose checks have a spec phase runs plan → spec → build → checks, the spec check in the spec node only', async () => {
    const { builder, requests, spec } = setup(apiRun);
    const run = builder.generate({ prompt: 'A todo API', kind: 'api' });
    const events = await collect(run);
    const result = await run.result;

    expect(pipeline(events)).toEqual(passingRun('code'));
    expect(spec.judged).toEqual([goodSpec]);
    expect(requests.map((request) => request.node)).toEqual(['plan', 'spec', 'build']);
    // The spec step is offered only the tools that write its file; build sees the spec and is told to implement it.
    expect(requests[1]!.tools.map((tool) => tool.name)).toEqual(['write_file', 'edit_file', 'finish']);
    expect(requests[0]!.messages[1]!.content).toContain('A spec step writes openapi.yaml right after this plan');
    const buildPrompt = requests[2]!.messages[1]!.content;
    expect(buildPrompt).toContain(`--- openapi.yaml\n${goodSpec}`);
    expect(buildPrompt).toContain('openapi.yaml was written and checked in the spec step: implement it as it is');
    expect(result.files).toEqual({ 'openapi.yaml': goodSpec, 'src/app.ts': 'export const app = 1;\n' });
  });

  it('behavior: a failing spec goes back to the model in the node, and its fix rounds count in the run’s maxFixAttempts', async () => {
    const script = transcript(
      plan,
      turn('spec', write('openapi.yaml', 'openapi: 3.1.0\n'), finish()),
      turn('spec', write('openapi.yaml', goodSpec), finish()),
      turn('build', write('src/app.ts', 'x'), finish()),
      turn('fix', write('src/app.ts', 'y'), finish()),
    );
    const { builder, requests } = setup(script, { checks: [specPhaseCheck(), laterCheck('contract', ['Contract check failed: listTodos'])] });
    const run = builder.generate({ prompt: 'A todo API', kind: 'api' });
    const events = await collect(run);
    await run.result;

    expect(pipeline(events)).toEqual([
      'plan',
      'step.started:spec',
      'check.started:spec',
      'check.failed:spec',
      'fix:spec:1',
      'check.started:spec',
      'check.passed:spec',
      'step.completed:spec',
      'step.started:code',
      'step.completed:code',
      'check.started:contract',
      'check.failed:contract',
      'fix:contract:2',
      'check.started:contract',
      'check.passed:contract',
    ]);
    // The second spec call continues the conversation: the model sees its own first answer and the report.
    const second = requests.filter((request) => request.node === 'spec')[1]!;
    expect(second.messages.at(-1)).toMatchObject({ role: 'user', content: expect.stringContaining('The "spec" check failed (fix attempt 1)') });
    expect(second.messages.at(-1)!.content).toContain('Spec check failed: openapi.yaml has no operationId');
    expect(second.messages.some((message) => message.role === 'tool' && message.content === 'Wrote openapi.yaml.')).toBe(true);
  });

  it('behavior: the spec step may write only the spec, and build and fix may not change it (tool errors the model can act on)', async () => {
    const script = transcript(
      plan,
      turn('spec', write('src/app.ts', 'too early'), write('openapi.yaml', goodSpec)),
      turn('spec', finish()),
      turn('build', call('edit_file', { path: 'openapi.yaml', edits: [{ search: 'listTodos', replace: 'getTodos' }] })),
      turn('build', write('src/app.ts', 'x'), finish()),
      turn('fix', call('delete_file', { path: 'openapi.yaml' }), call('rename_file', { from: 'openapi.yaml', to: 'api.yaml' })),
      turn('fix', write('src/app.ts', 'y'), finish()),
    );
    const { builder, requests } = setup(script, { checks: [specPhaseCheck(), laterCheck('contract', ['Contract check failed'])] });
    const result = await builder.generate({ prompt: 'A todo API', kind: 'api' }).result;

    expect(toolErrors(requests, 'spec')).toEqual(['Error: this step may change only openapi.yaml; src/app.ts is written in the build step, after openapi.yaml is complete. Call finish when it is.']);
    const locked = expect.stringMatching(/^Error: openapi\.yaml is the API's description, written and checked in the spec step: this step implements it as it is and cannot change it\./);
    expect(toolErrors(requests, 'build')).toEqual([locked]);
    expect(toolErrors(requests, 'fix')).toEqual([locked, locked]);
    expect(requests.find((request) => request.node === 'fix')!.messages[1]!.content).toContain('this step cannot change openapi.yaml');
    expect(result.files).toEqual({ 'openapi.yaml': goodSpec, 'src/app.ts': 'y' });
  });

  it('behavior: a web run with the same checks has no spec node, and its build may write any file', async () => {
    const web = transcript(plan, turn('build', write('openapi.yaml', 'not judged'), write('index.html', '<p>hi</p>'), finish()));
    const { builder, requests, spec } = setup(web, { checks: [] });
    const withSpecCheck = createBuilder({
      llm: scriptedLlm({ transcript: web }),
      sandbox: memorySandbox(),
      storage: memoryStorage(),
      checks: [spec, laterCheck('browser')],
    });
    for (const candidate of [builder, withSpecCheck]) {
      const run = candidate.generate({ prompt: 'A page', kind: 'web' });
      const events = await collect(run);
      expect((await run.result).files['openapi.yaml']).toBe('not judged');
      expect(pipeline(events).filter((entry) => entry.includes('spec'))).toEqual([]);
    }
    expect(spec.judged).toEqual([]);
    expect(requests.map((request) => request.node)).toEqual(['plan', 'build']);
  });

  it('behavior: an edit runs the spec node again on the stored spec, then build and the checks', async () => {
    const edit = transcript(
      turn('plan', call('submit_plan', { title: 'Done flag', summary: 'done', steps: [{ id: 'done', title: 'Implement done', files: ['src/app.ts'] }] })),
      turn('spec', call('edit_file', { path: 'openapi.yaml', edits: [{ search: 'listTodos', replace: 'listTodos\n      summary: All todos' }] }), finish()),
      turn('build', write('src/app.ts', 'export const app = 2;\n'), finish()),
    );
    const { builder, requests, spec } = setup(transcript(...apiRun.turns, ...edit.turns));
    const first = await builder.generate({ prompt: 'A todo API', kind: 'api' }).result;
    const run = builder.edit(first.project.id, { prompt: 'Give listTodos a summary' });
    const events = await collect(run);
    const result = await run.result;

    expect(pipeline(events)).toEqual(passingRun('done'));
    expect(spec.judged.at(-1)).toContain('summary: All todos');
    // The edit's spec step starts from the stored spec.
    expect(requests.filter((request) => request.node === 'spec')[1]!.messages[1]!.content).toContain(`--- openapi.yaml\n${goodSpec}`);
    expect(result.version.number).toBe(2);
  });

  it('behavior: a run cut off after the spec node resumes at build, without asking for the spec again', async () => {
    const { builder, storage } = setup(apiRun);
    const run = builder.generate({ prompt: 'A todo API', kind: 'api' });
    run.on('step.started', (event) => {
      if (event.stepId === 'code') run.cancel('stop after the spec');
    });
    await expect(run.result).rejects.toMatchObject({ code: 'RUN_CANCELLED' });

    const requests: LlmRequest[] = [];
    const inner = scriptedLlm({ transcript: apiRun });
    const llm: LlmAdapter = { ...inner, stream: (request) => (requests.push(request), inner.stream(request)) };
    const spec = specPhaseCheck();
    const resumed = await createBuilder({ llm, sandbox: memorySandbox(), storage, checks: [spec, laterCheck('contract')] }).resume(run.runId).result;
    expect(requests.map((request) => request.node)).toEqual(['build']);
    expect(spec.judged).toEqual([]);
    expect(resumed.files['openapi.yaml']).toBe(goodSpec);
    // The spec was locked in the resumed build too: the runtime takes it from the pipeline, not from the node that ran.
    expect(requests[0]!.messages[1]!.content).toContain('this step cannot change openapi.yaml');
  });

  it('error: a spec the model never fixes ends the run within maxFixAttempts, naming the spec check', async () => {
    const broken = (content: string) => turn('spec', write('openapi.yaml', content), finish());
    const { builder } = setup(transcript(plan, broken('a'), broken('b'), broken('c')), { limits: { maxFixAttempts: 2 } });
    const run = builder.generate({ prompt: 'A todo API', kind: 'api' });
    const events = await collect(run);
    await expect(run.result).rejects.toMatchObject({ code: 'CHECK_FAILED' });
    expect(events.filter((event) => event.type === 'fix.started')).toHaveLength(2);
    expect(events.at(-1)).toMatchObject({
      type: 'run.failed',
      code: 'CHECK_FAILED',
      check: 'spec',
      message: 'The "spec" check still fails after 2 fix attempts (limits.maxFixAttempts). Last error: Spec check failed: openapi.yaml has no operationId',
    });
  });

  it('error: a spec fix that changes nothing stops with NO_PROGRESS', async () => {
    const { builder } = setup(transcript(plan, turn('spec', write('openapi.yaml', 'a'), finish()), turn('spec', finish())));
    const run = builder.generate({ prompt: 'A todo API', kind: 'api' });
    const events = await collect(run);
    await expect(run.result).rejects.toMatchObject({ code: 'NO_PROGRESS' });
    expect(events.at(-1)).toMatchObject({ type: 'run.failed', code: 'NO_PROGRESS', check: 'spec' });
  });
});
