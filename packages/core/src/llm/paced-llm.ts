import type { LlmAdapter } from '../spec/llm.js';
import { sleep } from '@buildwright/client';

/**
 * Wraps a model so each call waits `delayMs` before it starts and its prose arrives word by word
 * (a tenth of `delayMs` apart), like a live model. A scripted model answers instantly; pacing its
 * replay lets a person follow a demo's steps, and lets a test cut or cancel a run half-way. Waits
 * end at once when the request's signal aborts (the stream then throws the signal's reason).
 * `delayMs` of 0 or less returns the model unchanged.
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
      await sleep(delayMs, request.signal);
      for await (const part of llm.stream(request)) {
        if (part.type !== 'text-delta') {
          yield part;
          continue;
        }
        for (const word of part.text.match(/\S+\s*/g) ?? [part.text]) {
          yield { type: 'text-delta', text: word };
          await sleep(Math.ceil(delayMs / 10), request.signal);
        }
      }
    },
  };
}
