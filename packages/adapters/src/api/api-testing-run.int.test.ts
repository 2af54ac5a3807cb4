import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildwrightEvent, EventOf, Transcript } from '@buildwright/core';
import { checkOutcomes, collectEvents, webRuns } from '../checks/web-run.test-support.js';
import { apiChecks } from './index.js';

// The testing agent on an API run, end to end through createBuilder: the scripted model, the real
// local sandbox, the hono-api template and apiChecks({ testing: true }) with the real vitest run.
const fixturePath = fileURLToPath(new URL('./fixtures/todo-api-acceptance.json', import.meta.url));
const transcript = JSON.parse(readFileSync(fixturePath, 'utf8')) as Transcript;
const writtenTests = (transcript.turns.find((turn) => turn.node === 'tests')!.toolCalls![0]!.arguments as { content: string }).content;
const runs = webRuns();
afterAll(() => runs.cleanup());

const ofType = <T extends BuildwrightEvent['type']>(events: BuildwrightEvent[], type: T) => events.filter((event): event is EventOf<T> => event.type === type);

describe('testing agent on an API run (requirements → tests step → api-tests)', () => {
  it('default: the tests step writes acceptance tests from the criteria; one fails, the fixer is refused on the test, repairs the API, and the run ends verified', async () => {
    const { builder, requests } = runs.builder(transcript, { checks: apiChecks({ testing: true }), requirements: true });
    const run = builder.generate({ prompt: 'A todo API: create, list (filter by done), read, update and delete todos', kind: 'api' });
    const events = await collectEvents(run);
    const result = await run.result;

    expect(ofType(events, 'step.started').map((event) => event.stepId)).toEqual(['spec', 'api', 'tests']);
    // The tests request carries the analyst's acceptance criteria and the spec.
    const testsRequest = requests.find((request) => request.node === 'tests')!;
    const asked = testsRequest.messages[1]!.content;
    expect(asked).toContain('listing with done=true returns only the done todos');
    expect(asked).toContain('The API is built. Now write tests of the request in test/acceptance.test.ts');
    expect(asked).toContain('openapi.yaml');

    const outcomes = checkOutcomes(events);
    expect(outcomes.slice(0, 2)).toEqual(['spec:passed', 'api-acceptance:passed']);
    expect(outcomes.filter((outcome) => outcome.startsWith('api-tests:'))).toEqual(['api-tests:failed', 'api-tests:passed']);
    const [failure, ...moreFailures] = ofType(events, 'check.failed');
    expect(moreFailures).toEqual([]);
    expect(failure!.check).toBe('api-tests');
    expect(failure!.report).toContain('API tests failed: 1 of 6 tests failed');
    expect(failure!.report).toMatch(
      /test\/acceptance\.test\.ts:\d+: acceptance listing with done=true returns only the done todos: AssertionError: expected \[ 'Open' \] to deeply equal \[ 'Finished' \]/,
    );

    // The fix turn's edit of the test is refused; the API is repaired and the test is unchanged.
    const fixRequests = requests.filter((request) => request.node === 'fix');
    const toolErrors = fixRequests.flatMap((request) => request.messages.filter((message) => message.role === 'tool' && message.content.startsWith('Error:')).map((message) => message.content));
    expect(toolErrors).toEqual([expect.stringMatching(/^Error: test\/acceptance\.test\.ts holds the tests of the request, written in the tests step, and is frozen/)]);
    expect(result.files['test/acceptance.test.ts']).toBe(writtenTests);
    expect(result.files['src/app.ts']).toContain('todo.done === query.done');
    expect(events.at(-1)).toMatchObject({ type: 'run.completed' });
  }, 600_000);
});
