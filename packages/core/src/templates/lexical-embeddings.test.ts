import { describe, expect, it } from 'vitest';
import { lexicalEmbeddings } from './lexical-embeddings.js';
import { lexicalTerms, stem } from './lexical-terms.js';

const dot = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * b[index]!, 0);

describe('lexicalEmbeddings', () => {
  it('default: terms are lower-cased, stop words dropped, and stemmed so plural and -ing forms meet', () => {
    expect(lexicalTerms('A Kanban BOARD with drag-and-drop cards for ERC20 tokens')).toEqual(['kanban', 'board', 'drag', 'drop', 'card', 'erc20', 'token']);
    expect(['charts', 'chart', 'charting'].map(stem)).toEqual(['chart', 'chart', 'chart']);
    expect([stem('shopping'), stem('shop'), stem('stories'), stem('story'), stem('minted'), stem('mint')]).toEqual(['shop', 'shop', 'stori', 'stori', 'mint', 'mint']);
  });

  it('behavior: vectors are unit length and deterministic; texts sharing words score higher than texts that do not', async () => {
    const embeddings = lexicalEmbeddings();
    const [nft, mint, todo, empty, again] = await embeddings.embed([
      'an NFT marketplace to mint and sell NFTs',
      'minting nft collections',
      'a todo list with due dates',
      '',
      'an NFT marketplace to mint and sell NFTs',
    ]);
    expect(embeddings).toMatchObject({ specificationVersion: 'v1', model: 'buildwright-lexical-v1-2048', dimensions: 2048 });
    expect(nft).toHaveLength(2048);
    expect(dot(nft!, nft!)).toBeCloseTo(1, 10);
    expect(again).toEqual(nft);
    expect(empty!.every((value) => value === 0)).toBe(true);
    expect(dot(nft!, mint!)).toBeGreaterThan(0.4);
    expect(Math.abs(dot(nft!, todo!))).toBeLessThan(0.1);
  });

  it('args: dimensions sets the vector length and the model name; out of range is a RangeError', async () => {
    const small = lexicalEmbeddings({ dimensions: 64 });
    expect(small.model).toBe('buildwright-lexical-v1-64');
    expect((await small.embed(['a b c']))[0]).toHaveLength(64);
    expect(() => lexicalEmbeddings({ dimensions: 8 })).toThrow(RangeError);
  });

  it('error: an aborted signal rejects with its reason', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(lexicalEmbeddings().embed(['x'], { signal: controller.signal })).rejects.toThrow('stop');
  });
});
