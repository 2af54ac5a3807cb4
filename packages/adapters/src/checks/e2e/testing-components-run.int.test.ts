import { afterAll, describe, expect, it } from 'vitest';
import type { BuildwrightEvent, EventOf } from '@buildwright/core';
import { checkOutcomes, collectEvents, webRuns } from '../web-run.test-support.js';
import { webChecks } from '../web-checks.js';
import { componentTestDependencies } from './component-test-file.js';
import { todoComponentTests, todoWithComponentTests } from './todo-component-tests.test-support.js';

// Issue 20's acceptance for the component tests of the testing agent, end to end through
// createBuilder: the scripted model, the local sandbox (vitest runs the model's tests there, with
// no network), the react-vite template, the real install of the test packages, build and Chromium.
const transcript = todoWithComponentTests();
const runs = webRuns();
afterAll(() => runs.cleanup());

const ofType = <T extends BuildwrightEvent['type']>(events: BuildwrightEvent[], type: T) => events.filter((event): event is EventOf<T> => event.type === type);
const testPath = 'tests/unit/app.test.tsx';

describe('testing agent with component tests end to end', () => {
  it('default: the component test fails on delete naming the test and assertion; the fix edit of the test is refused; the handler is repaired; verified', async () => {
    const { builder, requests } = runs.builder(transcript, { checks: webChecks({ testing: { components: true } }) });
    const run = builder.generate({ prompt: 'A todo app: add todos and delete them', kind: 'web' });
    const events = await collectEvents(run);
    const result = await run.result;

    // The tests step added the test packages (devDependencies only) before the model wrote the tests.
    const manifest = JSON.parse(result.files['package.json']!) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(manifest.devDependencies).toMatchObject(componentTestDependencies);
    expect(Object.keys(manifest.dependencies).filter((name) => name in componentTestDependencies)).toEqual([]);
    expect(ofType(events, 'dependency.added').map((event) => `${event.name}:${event.dev}`)).toEqual(Object.keys(componentTestDependencies).map((name) => `${name}:true`));

    const outcomes = checkOutcomes(events);
    expect(outcomes.slice(0, 2)).toEqual(['e2e-flows:passed', 'component-tests-file:passed']);
    expect(outcomes.filter((outcome) => outcome.startsWith('install:'))).toEqual(['install:passed', 'install:passed']);
    expect(outcomes.filter((outcome) => outcome.startsWith('component-tests:'))).toEqual(['component-tests:failed', 'component-tests:passed']);
    expect(outcomes.filter((outcome) => outcome.startsWith('e2e:'))).toEqual(['e2e:failed', 'e2e:passed']);

    const failure = ofType(events, 'check.failed').find((event) => event.check === 'component-tests')!;
    expect(failure.report).toContain('Component tests failed: 1 of 2 tests failed');
    expect(failure.report).toMatch(
      /tests\/unit\/app\.test\.tsx:\d+: todo app a deleted todo leaves the list and the others stay: AssertionError: expected \[ 'Buy milk' \] to deeply equal \[ 'Walk the dog' \]/,
    );
    expect(failure.report).not.toContain('a todo typed and added appears in the list');
    expect(failure.issues).toEqual([expect.objectContaining({ file: testPath, line: expect.any(Number) })]);
    // Both after-build failures went to one fix turn, which could change neither test file.
    expect(ofType(events, 'fix.started')).toHaveLength(1);
    const fixRequests = requests.filter((request) => request.node === 'fix');
    expect(fixRequests[0]!.messages[1]!.content).toContain('todo app a deleted todo leaves the list and the others stay');
    const toolErrors = fixRequests.flatMap((request) => request.messages.filter((message) => message.role === 'tool' && message.content.startsWith('Error:')).map((message) => message.content));
    expect(toolErrors).toEqual([
      expect.stringMatching(/^Error: tests\/unit\/app\.test\.tsx holds the tests of the request, written in the tests step, and is frozen/),
      expect.stringMatching(/^Error: tests\/e2e\/app\.flow\.json holds the tests of the request, written in the tests step, and is frozen/),
    ]);
    expect(result.files[testPath]).toBe(todoComponentTests);
    expect(result.files['src/App.tsx']).toContain('todos.filter((todo) => todo.id !== id)');
    expect(events.at(-1)?.type).toBe('run.completed');
  }, 600_000);
});
