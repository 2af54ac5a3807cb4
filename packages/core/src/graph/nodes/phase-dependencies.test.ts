import { describe, expect, it } from 'vitest';
import { createBuilder } from '../../builder/create-builder.js';
import type { Check } from '../../spec/check.js';
import { memorySandbox } from '../../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../../testing/doubles/memory-storage.js';
import { call, collect, finish, recordingLlm, transcript, turn, write } from './phase-node.test-support.js';

// A tests phase that needs packages (the component tests of testingChecks() need vitest and
// Testing Library): the tests node adds them to package.json before the model writes.
const testsPath = 'tests/unit/app.test.tsx';
const plan = turn('plan', call('submit_plan', { title: 'App', summary: 'app', steps: [{ id: 'app', title: 'Write the app', files: ['src/App.tsx'] }] }));

function phaseCheck(devDependencies: Record<string, string>): Check {
  return { name: 'component-tests-file', phase: { node: 'tests', path: testsPath, devDependencies }, run: async () => ({ status: 'passed' }) };
}

async function generate(manifest: object | undefined, devDependencies: Record<string, string>) {
  const script = transcript(
    plan,
    turn('build', ...(manifest ? [write('package.json', JSON.stringify(manifest))] : []), write('src/App.tsx', 'app'), finish()),
    turn('tests', write(testsPath, 'test'), finish()),
  );
  const { llm, requests } = recordingLlm(script);
  const builder = createBuilder({ llm, sandbox: memorySandbox(), storage: memoryStorage(), checks: [phaseCheck(devDependencies)] });
  const run = builder.generate({ prompt: 'An app', kind: 'web' });
  const events = await collect(run);
  return { events, requests, result: await run.result };
}

describe('phase devDependencies', () => {
  it('default: the tests node adds the missing ones to devDependencies before the model writes, with dependency.added events', async () => {
    const { events, requests, result } = await generate({ dependencies: { react: '19.3.1' } }, { vitest: '3.2.7', 'happy-dom': '20.0.0' });

    expect(JSON.parse(result.files['package.json']!)).toEqual({ dependencies: { react: '19.3.1' }, devDependencies: { vitest: '3.2.7', 'happy-dom': '20.0.0' } });
    const added = events.flatMap((event) => (event.type === 'dependency.added' ? [`${event.name}@${event.version}:${event.dev}`] : []));
    expect(added).toEqual(['vitest@3.2.7:true', 'happy-dom@20.0.0:true']);
    // Added in the tests step, before its model call: the model may not change package.json there.
    const steps = events.flatMap((event) => (event.type === 'step.started' ? [event.stepId] : event.type === 'dependency.added' ? ['added'] : []));
    expect(steps).toEqual(['app', 'tests', 'added', 'added']);
    expect(requests.map((request) => request.node)).toEqual(['plan', 'build', 'tests']);
  });

  it('behavior: a version the project already names is kept, and nothing is written when nothing is missing', async () => {
    const manifest = { dependencies: { react: '19.3.1' }, devDependencies: { vitest: '^3.1.0' } };
    const { events, result } = await generate(manifest, { vitest: '3.2.7' });

    expect(result.files['package.json']).toBe(JSON.stringify(manifest));
    expect(events.filter((event) => event.type === 'dependency.added')).toEqual([]);
  });

  it('behavior: a project without package.json gets none', async () => {
    const { result } = await generate(undefined, { vitest: '3.2.7' });
    expect(result.files['package.json']).toBeUndefined();
  });

  it('error: a dependency that is not from the npm registry fails the run with INVALID_INPUT', async () => {
    await expect(generate({ dependencies: {} }, { vitest: 'git+https://example.com/vitest.git' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('phase.devDependencies'),
    });
  });
});
