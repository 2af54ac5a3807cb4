import { describe, expect, it, vi } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import type { LlmStreamPart } from '../../spec/llm.js';
import { expectLlmError, specRequest, type LlmSpecContext } from './context.js';
import { rateLimited } from './retries.js';
import type { LlmSpecSubject } from './scenario.js';

const expectHungUp = async (subject: LlmSpecSubject) => {
  if (subject.upstreamCalls) await vi.waitFor(() => expect(subject.upstreamCalls!().every((call) => call.closed)).toBe(true), { timeout: 5000 });
};

/** LLM spec, aborts through the request's signal: see runLlmSpec. */
export function describeAbort(spec: LlmSpecContext): void {
  // With faults, the upstream goes silent after a few pieces, so only the abort can end the call.
  const stalled = () => (spec.faults ? { faults: [{ type: 'stall', afterChunks: 3 } as const], timeoutMs: 60_000 } : {});

  describe('abort', () => {
    it('behavior: an already aborted signal is RUN_CANCELLED and makes no call', async () => {
      const { subject, result } = await spec.play({}, { signal: AbortSignal.abort() });
      expectLlmError(result, 'RUN_CANCELLED');
      expect(result.parts).toEqual([]);
      if (subject.upstreamCalls) expect(subject.upstreamCalls()).toHaveLength(0);
    });

    it('behavior: an abort mid-stream ends the stream at once with RUN_CANCELLED and hangs up', async () => {
      const controller = new AbortController();
      const { subject, result } = await spec.play(stalled(), { signal: controller.signal }, (part) => {
        if (part.type === 'text-delta') controller.abort();
      });
      expectLlmError(result, 'RUN_CANCELLED');
      expect(result.parts.map((part) => part.type)).toEqual(['text-delta']);
      await expectHungUp(subject);
    }, 15_000);

    it("behavior: the abort's own BuildwrightError reason is what the stream throws", async () => {
      const controller = new AbortController();
      const reason = new BuildwrightError({ code: 'RUN_CANCELLED', message: 'The run was cancelled: user left.' });
      const { result } = await spec.play(stalled(), { signal: controller.signal }, (part) => {
        if (part.type === 'text-delta') controller.abort(reason);
      });
      expect(result.error).toBe(reason);
    }, 15_000);

    it('behavior: a reader that stops early ends the call', async () => {
      const subject = await spec.subject(stalled());
      const parts: LlmStreamPart[] = [];
      for await (const part of subject.llm.stream(specRequest())) {
        parts.push(part);
        if (part.type === 'text-delta') break;
      }
      expect(parts.at(-1)?.type).toBe('text-delta');
      await expectHungUp(subject);
    }, 15_000);

    if (!spec.faults) {
      it.skip('abort during a retry wait: skipped because this adapter faces no upstream that fails (faults: false)', () => {});
      return;
    }
    it('behavior: an abort during a retry wait ends the stream at once with the reason', async () => {
      const controller = new AbortController();
      const reason = new BuildwrightError({ code: 'RUN_CANCELLED', message: 'The run was cancelled: user left.' });
      const { subject, result } = await spec.play({ faults: [rateLimited(30)] }, { signal: controller.signal }, (part) => {
        if (part.type === 'retry') controller.abort(reason);
      });
      expect(result.error).toBe(reason);
      expect(result.parts.map((part) => part.type)).toEqual(['retry']);
      if (subject.upstreamCalls) expect(subject.upstreamCalls()).toHaveLength(1);
    }, 15_000);
  });
}
