import { describe, expect, it } from 'vitest';
import { createCheckContext, memorySandbox } from '@buildwright/core/testing';
import type { MemorySandboxCommand } from '@buildwright/core/testing';
import { componentTestDependencies, componentTestProblems } from './component-test-file.js';
import { testingChecks } from './testing-checks.js';

// The component tests' options, file rules and result shape, on the memory sandbox (the handler
// answers vitest with the report it would write). The real vitest run in a local sandbox, from a
// scripted run, is testing-components-run.int.test.ts.
const path = 'tests/unit/app.test.tsx';
const goodTests = "import { expect, it } from 'vitest';\nit('a deleted todo leaves the list', () => { expect(1).toBe(1); });\n";

function checksOf(options: Parameters<typeof testingChecks>[0] = { components: true }) {
  const checks = testingChecks(options);
  return { names: checks.map((check) => check.name), file: checks.find((check) => check.name === 'component-tests-file'), run: checks.find((check) => check.name === 'component-tests') };
}

async function runCheck(files: Record<string, string>, handler?: (command: MemorySandboxCommand) => { exitCode?: number }) {
  const commands: MemorySandboxCommand[] = [];
  const sandbox = await memorySandbox({ handler: (command) => (commands.push(command), handler?.(command) ?? {}) }).open({ projectId: 'p' });
  const { context } = await createCheckContext({ sandbox, files });
  return { result: await checksOf().run!.run(context), commands };
}

describe('componentTestProblems', () => {
  it('default: a file importing vitest with a test has no problems', () => {
    expect(componentTestProblems(goodTests)).toEqual([]);
  });

  it('error: no vitest import, no test, and skipped or focused tests are problems (with their line)', () => {
    expect(componentTestProblems('const a = 1;')).toEqual([
      "imports nothing from 'vitest': import { describe, it, expect, afterEach } from 'vitest'",
      "declares no test: write one it('<acceptance criterion>', () => { ... }) per criterion",
    ]);
    expect(componentTestProblems(`${goodTests}it.skip('x', () => {});\ndescribe.only('y', () => {});\ntest.todo('z');`)).toEqual([
      'line 3: it.skip(...) skips or focuses a test; every test must run (remove .skip)',
      'line 4: describe.only(...) skips or focuses a test; every test must run (remove .only)',
      'line 5: test.todo(...) skips or focuses a test; every test must run (remove .todo)',
    ]);
  });
});

describe('testingChecks({ components })', () => {
  it('default: off; with components the tests node gets the file check (with the devDependencies) and the run joins the after-build group', () => {
    expect(checksOf({}).names).toEqual(['e2e-flows', 'e2e']);
    const { names, file, run } = checksOf();
    expect(names).toEqual(['e2e-flows', 'component-tests-file', 'e2e', 'component-tests']);
    expect(file!.phase).toMatchObject({ node: 'tests', path, devDependencies: componentTestDependencies });
    expect(file!.phase!.instructions).toContain("from '@testing-library/react'");
    expect(run!.parallel).toBe('after-build');
    expect(checksOf({ components: { path: 'src/App.test.tsx' } }).file!.phase!.path).toBe('src/App.test.tsx');
  });

  it('behavior: the file check fails on a missing or malformed file, naming the problem', async () => {
    const sandbox = await memorySandbox().open({ projectId: 'p' });
    const missing = await checksOf().file!.run((await createCheckContext({ sandbox, files: {} })).context);
    expect(missing).toMatchObject({ status: 'failed', report: `Component tests invalid: ${path}\n${path}: missing: write the component tests of the request there` });
    const skipped = await checksOf().file!.run((await createCheckContext({ sandbox, files: { [path]: `${goodTests}it.skip('x', () => {});` } })).context);
    expect(skipped).toMatchObject({ status: 'failed', issues: [{ file: path, message: expect.stringContaining('it.skip') }] });
  });

  it('behavior: without the file the run is skipped; without vitest it fails (removing the runner does not turn the tests off)', async () => {
    expect((await runCheck({})).result).toEqual({ status: 'skipped', reason: `no component tests: ${path} is missing (the tests step writes it)` });
    const { result, commands } = await runCheck({ [path]: goodTests });
    expect(result).toMatchObject({ status: 'failed', report: expect.stringContaining('Component tests could not run: vitest is not installed in the project') });
    expect(commands).toEqual([]);
  });

  it('behavior: vitest runs the file in the sandbox without network; a failure names the test and assertion and says the tests are frozen', async () => {
    const report = {
      numTotalTests: 2,
      numFailedTests: 1,
      testResults: [
        {
          name: `/memory/p/${path}`,
          status: 'failed',
          assertionResults: [
            {
              fullName: 'todos a deleted todo leaves the list',
              status: 'failed',
              failureMessages: [`AssertionError: expected [ 'Buy milk' ] to have a length of +0 but got 1\n    at /memory/p/${path}:14:7`],
            },
            { fullName: 'todos adds a todo', status: 'passed' },
          ],
        },
      ],
    };
    const { result, commands } = await runCheck({ [path]: goodTests, 'node_modules/.bin/vitest': '' }, ({ files }) => {
      files.set('node_modules/.buildwright/component-tests.json', JSON.stringify(report));
      return { exitCode: 1 };
    });
    expect(commands.map(({ command, network }) => ({ command, network }))).toEqual([
      { command: `node_modules/.bin/vitest run ${path} --environment happy-dom --reporter=json --outputFile=node_modules/.buildwright/component-tests.json`, network: false },
    ]);
    expect(result).toMatchObject({
      status: 'failed',
      issues: [{ file: path, line: 14, message: "todos a deleted todo leaves the list: AssertionError: expected [ 'Buy milk' ] to have a length of +0 but got 1" }],
    });
    expect(result.status === 'failed' && result.report.split('\n')).toEqual([
      'Component tests failed: 1 of 2 tests failed',
      `${path}:14: todos a deleted todo leaves the list: AssertionError: expected [ 'Buy milk' ] to have a length of +0 but got 1`,
      `The tests in ${path} are frozen: make the app do what each failing test expects (its name and assertion are quoted above).`,
    ]);
  });

  it('error: bad component options are INVALID_INPUT when the checks are made', () => {
    expect(() => testingChecks({ components: { path: '../x.test.tsx' } })).toThrow(/testingChecks components\.path "\.\.\/x\.test\.tsx" must be a plain relative path of a test file/);
    expect(() => testingChecks({ components: { path: 'tests/unit/app.tsx' } })).toThrow(/must be a plain relative path of a test file such as "tests\/unit\/app\.test\.tsx"/);
    expect(() => testingChecks({ components: { timeoutMs: -1 } })).toThrow('testingChecks components.timeoutMs must be a positive number of milliseconds, not -1.');
  });
});
