import { expect, it } from 'vitest';

it('default: public exports of @buildwright/adapters/deploy', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual(['nodeDeploy', 'staticDeploy']);
});
