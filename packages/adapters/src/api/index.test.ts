import { expect, it } from 'vitest';

it('default: public exports of @buildwright/adapters/api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'apiChecks',
    'apiLivePreview',
    'apiTestingCheck',
    'apiTestsCheck',
    'clientCheck',
    'contractCheck',
    'createApiSession',
    'docsCheck',
    'lintSpec',
    'parseSpec',
    'specCheck',
    'startCheck',
  ]);
});
