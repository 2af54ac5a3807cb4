import { expect, it } from 'vitest';

it('default: public exports of @buildwright/adapters/vercel', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual(['vercelDeploy']);
});
