import { expect, it } from 'vitest';

it('default: public exports of @buildwright/adapters/openai', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual(['costUsd', 'findModelPricing', 'modelPricing', 'openaiEmbeddings', 'openaiLlm']);
});
