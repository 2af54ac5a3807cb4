import { describe, expect, it } from 'vitest';
import { callsOf, expectLlmError, textOfLastAttempt, toolTurn, type LlmSpecContext } from './context.js';
import type { LlmSpecFault } from './scenario.js';

export const rateLimited = (retryAfterSeconds?: number): LlmSpecFault => ({
  type: 'rate-limited',
  message: 'Rate limit reached for spec-model on requests per min: limit 3, used 3.',
  ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
});
export const serverError = (status = 500): LlmSpecFault => ({ type: 'server-error', status, message: 'The server had an error while processing your request.' });

/** LLM spec, retries of retryable failures: see runLlmSpec. */
export function describeRetries(spec: LlmSpecContext): void {
  if (!spec.faults) {
    it.skip('retries: skipped because this adapter faces no upstream that fails (faults: false)', () => {});
    return;
  }
  describe('retries', () => {
    it('behavior: 429 with retry-after is retried after the asked wait with a retry part, and the retry streams the whole answer', async () => {
      const { subject, result } = await spec.play({ faults: [rateLimited(0.05)] });
      expect(result.error).toBeUndefined();
      expect(result.retries).toEqual([{ type: 'retry', attempt: 1, waitMs: expect.any(Number), code: 'LLM_RATE_LIMITED', message: expect.stringContaining('Rate limit reached') }]);
      expect(result.retries[0]!.waitMs).toBeGreaterThanOrEqual(50);
      expect(spec.prose(textOfLastAttempt(result.parts))).toBe(toolTurn.text);
      expect(result.toolCalls.map((call) => [call.name, call.arguments])).toEqual(callsOf(toolTurn));
      if (subject.upstreamCalls) expect(subject.upstreamCalls()).toHaveLength(2);
    });

    it('behavior: 5xx then success is one LLM_UNAVAILABLE retry after a backoff', async () => {
      const { result } = await spec.play({ faults: [serverError(500)] });
      expect(result.error).toBeUndefined();
      expect(result.retries).toHaveLength(1);
      expect(result.retries[0]).toMatchObject({ attempt: 1, code: 'LLM_UNAVAILABLE' });
      expect(result.retries[0]!.waitMs).toBeGreaterThan(0);
      expect(result.toolCalls).toHaveLength(2);
    });

    it('behavior: a connection cut mid-stream is retried; the retry text is whole and usage counted once', async () => {
      const { subject, result } = await spec.play({ faults: [{ type: 'cut', afterChunks: 4 }] });
      expect(result.error).toBeUndefined();
      expect(result.retries.map((retry) => retry.code)).toEqual(['LLM_UNAVAILABLE']);
      expect(spec.prose(textOfLastAttempt(result.parts))).toBe(toolTurn.text);
      expect(result.toolCalls).toHaveLength(2);
      expect(result.usage).toHaveLength(1);
      if (subject.upstreamCalls) expect(subject.upstreamCalls()).toHaveLength(2);
    });

    it.skipIf(!spec.detectsTruncation)('behavior: a stream that ends without its finish is retried (skipped with detectsTruncation: false)', async () => {
      const { result } = await spec.play({ faults: [{ type: 'truncate', afterChunks: 3 }] });
      expect(result.error).toBeUndefined();
      expect(result.retries.map((retry) => retry.code)).toEqual(['LLM_UNAVAILABLE']);
      expect(result.toolCalls).toHaveLength(2);
    });

    it('behavior: a stall past timeoutMs is retried as LLM_TIMEOUT and the retry completes', async () => {
      const { result } = await spec.play({ faults: [{ type: 'stall', afterChunks: 2 }], timeoutMs: 150, maxRetries: 1 });
      expect(result.error).toBeUndefined();
      expect(result.retries.map((retry) => retry.code)).toEqual(['LLM_TIMEOUT']);
      expect(result.toolCalls).toHaveLength(2);
    });

    it('error: 429 on every attempt is LLM_RATE_LIMITED after maxRetries retries', async () => {
      const { subject, result } = await spec.play({ faults: [rateLimited(0), rateLimited(0), rateLimited(0)], maxRetries: 2 });
      expectLlmError(result, 'LLM_RATE_LIMITED');
      expect(result.retries.map((retry) => retry.attempt)).toEqual([1, 2]);
      expect(result.usage).toEqual([]);
      if (subject.upstreamCalls) expect(subject.upstreamCalls()).toHaveLength(3);
    });

    it('error: 5xx on every attempt is LLM_UNAVAILABLE after maxRetries retries', async () => {
      const { result } = await spec.play({ faults: [serverError(503), serverError(503)], maxRetries: 1 });
      expectLlmError(result, 'LLM_UNAVAILABLE');
      expect(result.retries).toHaveLength(1);
    });

    it('error: a stall without retries left is LLM_TIMEOUT', async () => {
      const { result } = await spec.play({ faults: [{ type: 'stall', afterChunks: 2 }], timeoutMs: 150, maxRetries: 0 });
      expectLlmError(result, 'LLM_TIMEOUT');
      expect(result.finish).toBeUndefined();
    });
  });
}
