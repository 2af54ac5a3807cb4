import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildwrightEvent, EventOf, Transcript } from '@buildwright/core';
import { checkOutcomes, collectEvents, webRuns } from '../web-run.test-support.js';
import { webChecks } from '../web-checks.js';

// Issue 20's acceptance for the testing agent, end to end through createBuilder: the scripted
// model, the local sandbox, the react-vite template, the real build and the pooled Chromium.
const fixturePath = fileURLToPath(new URL('../fixtures/todo-delete-broken.json', import.meta.url));
const transcript = JSON.parse(readFileSync(fixturePath, 'utf8')) as Transcript;
const writtenTests = (transcript.turns.find((turn) => turn.node === 'tests')!.toolCalls![0]!.arguments as { content: string }).content;
const runs = webRuns();
afterAll(() => runs.cleanup());

const ofType = <T extends BuildwrightEvent['type']>(events: BuildwrightEvent[], type: T) => events.filter((event): event is EventOf<T> => event.type === type);
const prompt = 'A todo app: add todos and delete them';

describe('testing agent (tests step + e2e check) end to end', () => {
  it('behavior: a todo app whose delete handler keeps the deleted todo passes the checks of today (no testing)', async () => {
    const { builder } = runs.builder(transcript, { checks: webChecks() });
    const run = builder.generate({ prompt, kind: 'web' });
    const events = await collectEvents(run);
    await run.result;

    expect(checkOutcomes(events)).toEqual(['imports:passed', 'install:passed', 'validate:passed', 'build-app:passed', 'browser:passed']);
    expect(ofType(events, 'fix.started')).toEqual([]);
    expect(events.at(-1)?.type).toBe('run.completed');
  }, 300_000);

  it('default: with testing the written e2e test fails on delete, naming the test and assertion; the fixer repairs the handler, its edit of the test is refused, and the test passes', async () => {
    const { builder, requests } = runs.builder(transcript, { checks: webChecks({ testing: true }) });
    const run = builder.generate({ prompt, kind: 'web' });
    const events = await collectEvents(run);
    const result = await run.result;

    const steps = ofType(events, 'step.started').map((event) => event.stepId);
    expect(steps).toEqual(['todos', 'tests']);
    const outcomes = checkOutcomes(events);
    // The flow file is judged in the tests step; the e2e check runs after build beside the browser check, fails once, then passes.
    expect(outcomes[0]).toBe('e2e-flows:passed');
    expect(outcomes.filter((outcome) => outcome.startsWith('e2e:'))).toEqual(['e2e:failed', 'e2e:passed']);
    expect(outcomes.filter((outcome) => outcome.startsWith('browser:'))).toEqual(['browser:passed', 'browser:passed']);

    const [failure, ...moreFailures] = ofType(events, 'check.failed');
    expect(moreFailures).toEqual([]);
    expect(failure!.check).toBe('e2e');
    expect(failure!.report).toContain('E2E tests failed: 1 of 2 tests in tests/e2e/app.flow.json');
    expect(failure!.report).toContain(
      'tests/e2e/app.flow.json: test "deletes a todo" (criterion: a deleted todo leaves the list and the others stay) failed at step 7 {"expect":{"text":"Buy milk"},"count":0}: expected 0 matching elements, found 1',
    );
    expect(failure!.report).not.toContain('"adds a todo"');
    expect(ofType(events, 'fix.started').map((event) => event.check)).toEqual(['e2e']);

    // The fix turn's attempt to weaken the test is refused with a tool error, and the test is unchanged.
    const fixRequests = requests.filter((request) => request.node === 'fix');
    expect(fixRequests[0]!.messages[1]!.content).toContain('failed at step 7');
    const toolErrors = fixRequests.flatMap((request) => request.messages.filter((message) => message.role === 'tool' && message.content.startsWith('Error:')).map((message) => message.content));
    expect(toolErrors).toEqual([expect.stringMatching(/^Error: tests\/e2e\/app\.flow\.json holds the tests of the request, written in the tests step, and is frozen/)]);
    expect(result.files['tests/e2e/app.flow.json']).toBe(writtenTests);
    expect(result.files['src/App.tsx']).toContain('todos.filter((todo) => todo.id !== id)');

    const passedNotice = ofType(events, 'notice.posted').find((event) => event.message.startsWith('E2E tests:'));
    expect(passedNotice?.message).toBe('E2E tests: 2 passed ("adds a todo", "deletes a todo")');
    expect(events.at(-1)?.type).toBe('run.completed');
  }, 300_000);
});
