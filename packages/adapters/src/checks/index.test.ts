import { expect, it } from 'vitest';

it('default: public exports of @buildwright/adapters/checks', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'a11y',
    'browserCheck',
    'buildCheck',
    'createSharedTypeCheckPool',
    'defaultDependencyCacheDirectory',
    'dependencyCache',
    'importsCheck',
    'installCheck',
    'parseFlowFile',
    'performance',
    'performanceCheck',
    'security',
    'securityCheck',
    'testing',
    'testingChecks',
    'validateCheck',
    'webChecks',
  ]);
});

it('behavior: webChecks gives the checks in run order, and false leaves one out', async () => {
  const { webChecks } = await import('./index.js');
  expect(webChecks().map((check) => check.name)).toEqual(['imports', 'install', 'validate', 'build-app', 'browser']);
  expect(webChecks({ browser: false, imports: false }).map((check) => check.name)).toEqual(['install', 'validate', 'build-app']);
  expect(webChecks()[0]?.kinds).toEqual(['web', 'dapp']);
  const withPerformance = webChecks({ performance: { budgetKb: 120 } });
  expect(withPerformance.map((check) => check.name)).toEqual(['imports', 'install', 'validate', 'build-app', 'browser', 'performance']);
  expect(withPerformance.at(-1)?.kinds).toEqual(['web', 'dapp']);
});

it("behavior: depth 'full' adds the security check, in the browser check's parallel group", async () => {
  const { webChecks } = await import('./index.js');
  const full = webChecks({ depth: 'full' });
  expect(full.map((check) => [check.name, check.parallel])).toEqual([
    ['imports', undefined],
    ['install', undefined],
    ['validate', undefined],
    ['build-app', undefined],
    ['browser', 'after-build'],
    ['security', 'after-build'],
  ]);
  expect(full.at(-1)?.kinds).toEqual(['web', 'dapp', 'api']);
  expect(webChecks({ depth: 'full', security: false }).map((check) => check.name)).not.toContain('security');
  expect(webChecks({ security: { audit: false } }).map((check) => check.name)).toContain('security');
});

it('behavior: the accessibility scan, security, the testing agent and performance all run in the after-build group, beside the browser check', async () => {
  const { webChecks } = await import('./index.js');
  const every = webChecks({ depth: 'full', testing: true, performance: true });
  expect(every.map((check) => [check.name, check.parallel]).slice(4)).toEqual([
    ['browser', 'after-build'],
    ['security', 'after-build'],
    ['e2e-flows', undefined],
    ['e2e', 'after-build'],
    ['performance', 'after-build'],
  ]);
});
