import type { Plan, Requirements } from '../events/events.js';
import { requirementsText } from './prompts.js';
import type { RunRuntime } from './run-runtime.js';

/**
 * What the tests node asks for: tests of the request in the files only it writes, right after
 * build. The acceptance criteria of the requirements analyst come first when the run has one (the
 * spec kept in the run's state); otherwise the prompt and plan are the requirement.
 */
export function testsMessage(runtime: RunRuntime, input: { paths: readonly string[]; plan: Plan | null; requirements: Requirements | null; instructions: readonly string[] }): string {
  const list = input.paths.join(', ');
  const existing = input.paths.filter((path) => runtime.workspace.read(path) !== undefined);
  return [
    input.plan ? `Plan: ${input.plan.title} — ${input.plan.summary}` : '',
    input.requirements
      ? `Requirements (from the requirements analyst; write a test for each acceptance criterion):\n${requirementsText(input.requirements)}`
      : 'Test what the request asks for: each thing a user must be able to do is an acceptance criterion.',
    runtime.kind === 'api'
      ? `The API is built. Now write tests of the request in ${list} (write_file, or edit_file to change what is there): each test calls the API's operations as a client would, with an expectation on each answer that proves the operation worked. Read the spec and code above for the exact paths, parameters and fields.`
      : `The app is built. Now write tests of the request in ${list} (write_file, or edit_file to change what is there): each test a user's flow through the app, with an expectation after each action that proves the action worked. Read the app's code above for the exact texts, roles and labels.`,
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
