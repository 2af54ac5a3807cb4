import { BuildwrightError } from '@buildwright/core';
import type { Check, CheckIssue } from '@buildwright/core';
import { failed } from '../checks/check-report.js';

export interface ApiTestingCheckOptions {
  /** The test file the tests step writes; the `api-tests` check runs it with the project's other tests. Default `test/acceptance.test.ts`. */
  path?: string;
}

/** The acceptance tests' default place: where `api-tests` finds them (`test/**\/*.test.ts`). */
export const defaultAcceptancePath = 'test/acceptance.test.ts';

/**
 * The testing agent of API runs: a check in the run's tests node (plan → spec → build → tests →
 * checks). There the model writes Vitest tests of the request — one per acceptance criterion when
 * the requirements analyst stated them — in `path`, calling the app in-process as the project's
 * own tests do (`app.request('/todos', …)`); this check sends a file that is missing, does not use
 * Vitest or has no test back to the model. After build, the `api-tests` check runs them with the
 * project's other tests in the sandbox (no network), and the fix step gets a failing test's name
 * and assertion and cannot change `path` (a tool error): it repairs the API, not the test.
 *
 * @example
 * import { apiChecks } from '@buildwright/adapters/api';
 *
 * createBuilder({ llm, sandbox, storage, templates, requirements: true, checks: apiChecks({ testing: true }) });
 */
export function apiTestingCheck(options: ApiTestingCheckOptions = {}): Check {
  const path = options.path ?? defaultAcceptancePath;
  if (!/^(?:test|tests|src)\/(?:[\w.-]+\/)*[\w.-]+\.test\.[cm]?[jt]s$/.test(path) || path.split('/').some((part) => part === '.' || part === '..')) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message: `apiTestingCheck path "${path}" must be a test file the api-tests check runs, under test/, tests/ or src/ and ending in .test.ts, such as "${defaultAcceptancePath}".`,
    });
  }
  return {
    name: 'api-acceptance',
    kinds: ['api'],
    phase: { node: 'tests', path, instructions: instructions(path) },
    async run(context) {
      const source = context.files[path];
      const issues: CheckIssue[] = [];
      if (source === undefined) issues.push({ file: path, message: 'missing: write the acceptance tests of the request there' });
      else {
        if (!/from\s+['"]vitest['"]/.test(source)) issues.push({ file: path, message: "does not import from 'vitest': import { describe, expect, it } from 'vitest'" });
        if (!/\b(?:it|test)\s*\(/.test(source)) issues.push({ file: path, message: 'has no test: add an it(...) per acceptance criterion' });
      }
      if (issues.length === 0) return { status: 'passed' };
      return failed(`API acceptance tests invalid: ${path}`, issues, 'Write the file again as the instructions above say.');
    },
  };
}

function instructions(path: string): string {
  return [
    `Write the tests in ${path} as Vitest tests in TypeScript (import { describe, expect, it } from 'vitest'), one it(...) per acceptance criterion, named after it.`,
    "Call the API in-process as the project's tests in test/ do (import the app from its module and await app.request(path, { method, headers, body })), with no network and no server to start.",
    'After each call, expect the status and the fields of the JSON body the spec (openapi.yaml) promises; a test that creates data reads it back.',
  ].join(' ');
}
