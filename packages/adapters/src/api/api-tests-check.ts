import type { Check } from '@buildwright/core';
import { vitestCheckResult } from '../checks/vitest-report.js';

export interface ApiTestsCheckOptions {
  /** Timeout of the test run. Default 120 s. */
  timeoutMs?: number;
}

const testFilePattern = /^(?:test|tests|src)\/(?:.+\/)?[^/]+\.test\.[cm]?[jt]s$/;
const reportPath = 'node_modules/.buildwright/api-tests.json';

/**
 * Runs the tests the model wrote (`test/**\/*.test.ts`, or beside the code in `src/`) with the
 * project's vitest in the sandbox, with no network: the hono-api template's tests call the app
 * in-process (`app.request('/todos')`). Failing tests go to the fix step with the test name,
 * message and line. Skipped, with the reason, when there are no tests or vitest is not installed.
 *
 * @example
 * import { apiTestsCheck } from '@buildwright/adapters/api';
 *
 * const check = apiTestsCheck({ timeoutMs: 60_000 });
 */
export function apiTestsCheck(options: ApiTestsCheckOptions = {}): Check {
  return {
    name: 'api-tests',
    kinds: ['api'],
    async run(context) {
      const tests = Object.keys(context.files).filter((path) => testFilePattern.test(path));
      if (tests.length === 0) return { status: 'skipped', reason: 'the project has no tests (test/*.test.ts)' };
      if ((await context.sandbox.readFile('node_modules/vitest/package.json')) === undefined) {
        return { status: 'skipped', reason: 'vitest is not installed in the project (add "vitest" to devDependencies to run test/*.test.ts)' };
      }
      await context.sandbox.removeFile(reportPath);
      const result = await context.run(`node_modules/.bin/vitest run --reporter=json --outputFile=${reportPath}`, { timeoutMs: options.timeoutMs ?? 120_000 });
      return vitestCheckResult(context, result, reportPath, 'API tests');
    },
  };
}
