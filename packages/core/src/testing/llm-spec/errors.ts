import { describe, expect, it } from 'vitest';
import { expectLlmError, expectNotRetried, type LlmSpecContext } from './context.js';

/** LLM spec, failures mapped to coded errors and not retried: see runLlmSpec. */
export function describeErrors(spec: LlmSpecContext): void {
  if (!spec.faults) {
    it.skip('errors: skipped because this adapter faces no upstream that fails (faults: false)', () => {});
    return;
  }
  describe('errors', () => {
    it("error: 401 is LLM_AUTH with the provider's message, not retried", async () => {
      const { subject, result } = await spec.play({ faults: [{ type: 'unauthorized', message: 'Incorrect API key provided: sk-wrong.' }] });
      const error = expectLlmError(result, 'LLM_AUTH');
      expect(error.message).toContain('Incorrect API key provided');
      expectNotRetried(subject, result);
    });

    it('error: a prompt longer than the context window is LLM_CONTEXT_TOO_LONG, not retried', async () => {
      const message = "This model's maximum context length is 128000 tokens. However, your messages resulted in 131072 tokens.";
      const { subject, result } = await spec.play({ faults: [{ type: 'context-too-long', message }] });
      const error = expectLlmError(result, 'LLM_CONTEXT_TOO_LONG');
      expect(error.message).toContain('128000 tokens');
      expectNotRetried(subject, result);
    });

    it('error: an unknown model (404) is LLM_BAD_REQUEST, not retried', async () => {
      const { subject, result } = await spec.play({ faults: [{ type: 'bad-request', status: 404, message: 'The model `spec-unknown` does not exist or you do not have access to it.' }] });
      const error = expectLlmError(result, 'LLM_BAD_REQUEST');
      expect(error.message).toContain('does not exist');
      expectNotRetried(subject, result);
    });

    it('error: malformed output from the upstream is LLM_BAD_OUTPUT, not retried', async () => {
      const { subject, result } = await spec.play({ faults: [{ type: 'malformed' }] });
      expectLlmError(result, 'LLM_BAD_OUTPUT');
      expectNotRetried(subject, result);
    });
  });
}
