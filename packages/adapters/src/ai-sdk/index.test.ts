import { expect, it } from 'vitest';

it('default: public exports of @buildwright/adapters/ai-sdk', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual(['aiSdkLlm', 'toAiSdkPrompt']);
});
