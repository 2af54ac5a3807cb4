import type { LlmAdapter } from '@buildwright/core';

/**
 * Wraps a model so each call waits `delayMs` before it starts (abortable through the request's
 * signal). A scripted model answers instantly; pacing its replay lets a person follow the demo's
 * step list, and lets a test press Ctrl-C while the build step is still running.
 *
 * @example
 * const llm = pacedLlm(scriptedLlm({ transcript: 'examples/transcripts/counter-app.json' }), 250);
 */
export function pacedLlm(llm: LlmAdapter, delayMs: number): LlmAdapter {
  if (delayMs <= 0) return llm;
  return {
    specificationVersion: llm.specificationVersion,
    provider: llm.provider,
    modelId: llm.modelId,
    async *stream(request) {
      await delay(delayMs, request.signal);
      yield* llm.stream(request);
    },
  };
}

function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
