import { expect, it } from 'vitest';

it('default: public exports of @buildwright/adapters/embeddings', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual(['sentenceEncoderEmbeddings']);
});
