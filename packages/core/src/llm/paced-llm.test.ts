import { describe, expect, it } from 'vitest';
import type { LlmAdapter, LlmRequest, LlmStreamPart } from '../spec/llm.js';
import { pacedLlm } from './paced-llm.js';

const parts: LlmStreamPart[] = [
  { type: 'text-delta', text: 'Writing the page now.' },
  { type: 'finish', reason: 'stop' },
];
const instant: LlmAdapter = {
  specificationVersion: 'v1',
  provider: 'scripted',
  modelId: 'scripted',
  async *stream() {
    yield* parts;
  },
};
const request = (signal?: AbortSignal) => ({ node: 'build', messages: [], ...(signal ? { signal } : {}) }) as unknown as LlmRequest;

async function collect(llm: LlmAdapter, signal?: AbortSignal): Promise<LlmStreamPart[]> {
  const seen: LlmStreamPart[] = [];
  for await (const part of llm.stream(request(signal))) seen.push(part);
  return seen;
}

describe('pacedLlm', () => {
  it('default: waits first and streams prose word by word, other parts as they are', async () => {
    const paced = pacedLlm(instant, 30);
    expect([paced.provider, paced.modelId]).toEqual(['scripted', 'scripted']);
    const started = Date.now();
    expect(await collect(paced)).toEqual([
      { type: 'text-delta', text: 'Writing ' },
      { type: 'text-delta', text: 'the ' },
      { type: 'text-delta', text: 'page ' },
      { type: 'text-delta', text: 'now.' },
      parts[1],
    ]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
  });

  it('args: a delay of 0 returns the model itself', () => {
    expect(pacedLlm(instant, 0)).toBe(instant);
  });

  it("behavior: an abort ends the wait with the signal's reason", async () => {
    const controller = new AbortController();
    const stream = collect(pacedLlm(instant, 60_000), controller.signal);
    controller.abort(new Error('cancelled by the user'));
    await expect(stream).rejects.toThrow('cancelled by the user');
  });
});
