import { expect, it } from 'vitest';

it('default: public exports of @buildwright/adapters/e2b', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual(['e2bSandbox']);
});
