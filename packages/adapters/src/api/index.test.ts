import { expect, it } from 'vitest';

it('default: public exports of @buildwright/adapters/api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual(['apiChecks', 'apiTestsCheck', 'contractCheck', 'createApiSession', 'lintSpec', 'parseSpec', 'specCheck', 'startCheck']);
});
