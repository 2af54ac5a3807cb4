import { expect, it } from 'vitest';

it('default: public exports of @buildwright/adapters/langchain', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual(['costUsd', 'findModelPricing', 'fromLangChainMessages', 'langchainLlm', 'modelPricing', 'toLangChainMessages']);
});
