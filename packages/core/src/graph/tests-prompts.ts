import type { Plan } from '../events/events.js';
import type { RunRuntime } from './run-runtime.js';

/** The event a requirements step emits with the request's user stories and acceptance criteria. */
const requirementsEventType = 'requirements.created';

/** Most characters of stated requirements put in the tests node's request. */
const maxRequirementsChars = 8_000;

/**
 * What the tests node asks for: tests of the request in the files only it writes, right after
 * build. The acceptance criteria of a requirements step come first when the run has one (its
 * `requirements.created` event, read from storage, whatever its exact fields); otherwise the
 * prompt and plan are the requirement.
 */
export async function testsMessage(runtime: RunRuntime, input: { paths: readonly string[]; plan: Plan | null; instructions: readonly string[] }): Promise<string> {
  const list = input.paths.join(', ');
  const requirements = await statedRequirements(runtime);
  const existing = input.paths.filter((path) => runtime.workspace.read(path) !== undefined);
  return [
    input.plan ? `Plan: ${input.plan.title} — ${input.plan.summary}` : '',
    requirements
      ? `Requirements stated for this request (test each acceptance criterion):\n${requirements}`
      : 'Test what the request asks for: each thing a user must be able to do is an acceptance criterion.',
    `The app is built. Now write end-to-end tests of the request in ${list} (write_file, or edit_file to change what is there): each test a user's flow through the app, with an expectation after each action that proves the action worked. Read the app's code above for the exact texts, roles and labels.`,
    existing.length > 0 ? `${existing.join(', ')} already hold tests of earlier requests: keep those that still hold, change those this request changes, add the new ones.` : '',
    ...input.instructions,
    `This step may change only ${list}. The checks then run the tests against the app; a failing test goes to the fix step, which repairs the app and cannot change ${list}. Call finish when the tests are written.`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** What the tests node's files are to the other steps (nothing when the run has none). */
export function testPathsNote(paths: readonly string[]): string {
  if (paths.length === 0) return '';
  const list = paths.join(', ');
  return `\n\n${list} holds the tests of the request, written in the tests step: make the app pass them as they are (this step cannot change ${list}).`;
}

/** The tool error for a change outside the tests node's files, in the tests node. */
export function outsideTestsStep(path: string, paths: readonly string[]): string {
  return `this step may change only ${paths.join(', ')} (the tests); ${path} is part of the app, which the build and fix steps change. Call finish when the tests are written.`;
}

/** The tool error for a change to a tests file in any other step: tests are frozen for the fix loop. */
export function testFileLocked(path: string): string {
  return `${path} holds the tests of the request, written in the tests step, and is frozen: this step cannot change it. Make the app pass the test as it is (to change what is tested, edit the project with a prompt that changes the requirement).`;
}

/** The payloads of the run's `requirements.created` events as JSON, or undefined when it has none. */
async function statedRequirements(runtime: RunRuntime): Promise<string | undefined> {
  const events = await runtime.storage.readEvents({ ownerId: runtime.ownerId, runId: runtime.runId }).catch(() => []);
  const stated = events.filter((event) => (event.type as string) === requirementsEventType);
  if (stated.length === 0) return undefined;
  const text = stated
    .map((event) => {
      const { type: _type, runId: _runId, projectId: _projectId, seq: _seq, at: _at, ...payload } = event as unknown as Record<string, unknown>;
      return JSON.stringify(payload, null, 1);
    })
    .join('\n');
  return text.length > maxRequirementsChars ? `${text.slice(0, maxRequirementsChars)}\n…` : text;
}
