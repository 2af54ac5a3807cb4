import { describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import type { LlmAdapter, LlmRequest, LlmStreamPart } from '../spec/llm.js';
import { startModelCallEarly } from './early-model-call.js';

/** A model that answers each call with the call's node as text (or fails with `failure`), recording every request. */
function echoLlm(failure?: Error) {
  const requests: LlmRequest[] = [];
  const llm: LlmAdapter = {
    specificationVersion: 'v1',
    provider: 'test',
    modelId: 'echo',
    async *stream(request) {
      requests.push(request);
      if (failure) throw failure;
      yield { type: 'text-delta', text: request.node };
      yield { type: 'finish', reason: 'stop' };
    },
  };
  return { llm, requests };
}

const plan = { node: 'plan', messages: [{ role: 'user' as const, content: 'a page' }], tools: [] };

async function read(stream: AsyncIterable<LlmStreamPart>): Promise<LlmStreamPart[]> {
  const parts: LlmStreamPart[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

describe('startModelCallEarly', () => {
  it('default: the call goes out at once; the same call later reads its parts, and the model is called once', async () => {
    const { llm, requests } = echoLlm();
    const early = startModelCallEarly(llm, plan, new AbortController().signal);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(requests.map((request) => request.node)).toEqual(['plan']);
    const parts = await read(early.llm.stream({ ...plan, signal: new AbortController().signal }));
    expect(parts[0]).toEqual({ type: 'text-delta', text: 'plan' });
    expect(requests.length).toBe(1);
    early.discard();
    expect(requests[0]!.signal!.aborted).toBe(false);
  });

  it('behavior: a first call that asks something else stops the early call and goes out as asked', async () => {
    const { llm, requests } = echoLlm();
    const early = startModelCallEarly(llm, plan, new AbortController().signal);
    const parts = await read(early.llm.stream({ ...plan, messages: [{ role: 'user', content: 'another page' }] }));
    expect(parts[0]).toEqual({ type: 'text-delta', text: 'plan' });
    expect(requests.length).toBe(2);
    expect(requests[0]!.signal!.aborted).toBe(true);
    expect(requests[1]!.messages[0]!.content).toBe('another page');
  });

  it('behavior: discard stops a call no step took; the run’s signal stops it too', async () => {
    const { llm, requests } = echoLlm();
    startModelCallEarly(llm, plan, new AbortController().signal).discard();
    const run = new AbortController();
    startModelCallEarly(llm, plan, run.signal);
    run.abort();
    expect(requests.map((request) => request.signal!.aborted)).toEqual([true, true]);
  });

  it('error: a failed early call fails the step that takes it, with its error', async () => {
    const refused = new BuildwrightError({ code: 'LLM_RATE_LIMITED', message: 'slow down' });
    const early = startModelCallEarly(echoLlm(refused).llm, plan, new AbortController().signal);
    await expect(read(early.llm.stream(plan))).rejects.toBe(refused);
  });
});
