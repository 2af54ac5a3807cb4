import type { Check, CheckContext } from '@buildwright/core';
import { failed } from '../check-report.js';
import { vitestCheckResult } from '../vitest-report.js';
import { componentTestDependencies, componentTestInstructions, componentTestProblems } from './component-test-file.js';

export interface ComponentTestsOptions {
  /** The component test file the tests step writes. Default `tests/unit/app.test.tsx`. */
  path?: string;
  /** Most time for the vitest run in the sandbox. Default 120 s. */
  timeoutMs?: number;
}

const reportPath = 'node_modules/.buildwright/component-tests.json';

/**
 * The component tests of the testing agent, as two checks (`testingChecks({ components: true })`
 * validates the options and adds them):
 *
 * - `component-tests-file`, in the tests node: the model writes Vitest + Testing Library tests of
 *   the request in `path`; the node first adds vitest, Testing Library and happy-dom to the
 *   project's devDependencies (`phase.devDependencies`), so the install check installs them
 *   through its cache. The file is read as text here (a test declared, nothing skipped).
 * - `component-tests`, after build (in the `after-build` group): runs `vitest` on `path` in the
 *   sandbox, with no network; a failing test goes to the fix step with the test's name, its
 *   assertion message and line, and the fix step cannot change `path`.
 */
export function componentTestsChecks({ path, timeoutMs }: Required<ComponentTestsOptions>): Check[] {
  const file: Check = {
    name: 'component-tests-file',
    kinds: ['web', 'dapp'],
    phase: { node: 'tests', path, instructions: componentTestInstructions(path), devDependencies: { ...componentTestDependencies } },
    async run(context) {
      const source = context.files[path];
      const problems = source === undefined ? ['missing: write the component tests of the request there'] : componentTestProblems(source);
      if (problems.length === 0) return { status: 'passed' };
      return failed(
        `Component tests invalid: ${path}`,
        problems.map((message) => ({ file: path, message })),
      );
    },
  };

  const run: Check = {
    name: 'component-tests',
    kinds: ['web', 'dapp'],
    parallel: 'after-build',
    async run(context) {
      if (context.files[path] === undefined) return { status: 'skipped', reason: `no component tests: ${path} is missing (the tests step writes it)` };
      // A failure, not a skip: removing the test runner must not turn the tests off.
      if ((await context.sandbox.readFile('node_modules/.bin/vitest')) === undefined) {
        const needed = Object.keys(componentTestDependencies).join(', ');
        return failed(`Component tests could not run: vitest is not installed in the project`, [
          { file: 'package.json', message: `keep ${needed} in devDependencies (the tests step added them) to run ${path}` },
        ]);
      }
      return runTests(context);
    },
  };
  return [file, run];

  async function runTests(context: CheckContext) {
    await context.sandbox.removeFile(reportPath);
    // Model-written code: it runs in the sandbox only, with no network.
    const result = await context.run(`node_modules/.bin/vitest run ${path} --environment happy-dom --reporter=json --outputFile=${reportPath}`, { timeoutMs });
    const checked = await vitestCheckResult(context, result, reportPath, 'Component tests');
    if (checked.status !== 'failed') return checked;
    return { ...checked, report: `${checked.report}\nThe tests in ${path} are frozen: make the app do what each failing test expects (its name and assertion are quoted above).` };
  }
}
