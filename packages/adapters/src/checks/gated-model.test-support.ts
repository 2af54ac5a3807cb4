import type { LlmAdapter, Transcript } from '@buildwright/core';
import { scriptedLlm } from '../scripted/index.js';

/**
 * The scripted model, holding each of the given model calls (1-based: the plan is call 1, then
 * each build step's write and finish) until the test opens its gate (test use only).
 */
export function gatedModel(transcript: Transcript, gatedCalls: readonly number[]) {
  const scripted = scriptedLlm({ transcript });
  const gates = new Map<number, { promise: Promise<void>; open: () => void }>();
  for (const call of gatedCalls) {
    let open!: () => void;
    gates.set(call, { promise: new Promise<void>((resolve) => (open = resolve)), open });
  }
  let calls = 0;
  const llm: LlmAdapter = {
    ...scripted,
    async *stream(request) {
      calls += 1;
      await gates.get(calls)?.promise;
      yield* scripted.stream(request);
    },
  };
  return { llm, open: (call: number) => gates.get(call)!.open() };
}
