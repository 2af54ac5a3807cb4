import { describe, expect, it } from 'vitest';
import { createCheckContext, memorySandbox } from '@buildwright/core/testing';
import { apiChecks } from './api-checks.js';
import { apiTestingCheck } from './api-testing-check.js';

async function judge(files: Record<string, string>) {
  const { context } = await createCheckContext({ sandbox: await memorySandbox().open({ projectId: 'api-testing' }), files, kind: 'api' });
  return apiTestingCheck().run(context);
}

const good = "import { expect, it } from 'vitest';\nimport { app } from '../src/app';\n\nit('answers', async () => {\n  expect((await app.request('/health')).status).toBe(200);\n});\n";

describe('apiTestingCheck', () => {
  it('default: a tests-node check of test/acceptance.test.ts, for api runs, telling the model how to write the tests', () => {
    const check = apiTestingCheck();
    expect(check).toMatchObject({ name: 'api-acceptance', kinds: ['api'], phase: { node: 'tests', path: 'test/acceptance.test.ts' } });
    expect(check.phase?.instructions).toContain('app.request(path, { method, headers, body })');
  });

  it('behavior: a Vitest file with a test passes; missing, without vitest or without a test goes back with what to write', async () => {
    expect(await judge({ 'test/acceptance.test.ts': good })).toEqual({ status: 'passed' });
    expect(await judge({})).toMatchObject({ status: 'failed', issues: [{ file: 'test/acceptance.test.ts', message: 'missing: write the acceptance tests of the request there' }] });
    const bare = await judge({ 'test/acceptance.test.ts': 'export const nothing = 1;\n' });
    expect(bare).toMatchObject({ status: 'failed', report: expect.stringMatching(/^API acceptance tests invalid: test\/acceptance\.test\.ts\n/) });
    expect(bare.status === 'failed' && bare.issues.map((issue) => issue.message)).toEqual([
      "does not import from 'vitest': import { describe, expect, it } from 'vitest'",
      'has no test: add an it(...) per acceptance criterion',
    ]);
  });

  it('error: a path api-tests would not run, or testing without api-tests, is INVALID_INPUT', () => {
    expect(() => apiTestingCheck({ path: 'acceptance.ts' })).toThrow(/must be a test file the api-tests check runs/);
    expect(() => apiTestingCheck({ path: 'test/../src/x.test.ts' })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => apiChecks({ testing: true, tests: false })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('leave tests on') }));
    expect(apiChecks({ testing: { path: 'tests/api.test.ts' } }).map((check) => check.name)).toContain('api-acceptance');
  });
});
