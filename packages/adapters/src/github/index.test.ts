import { expect, it } from 'vitest';

it('default: public exports of @buildwright/adapters/github', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual(['githubRepos']);
});
