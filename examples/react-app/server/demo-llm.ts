import { scriptedLlm } from '@buildwright/adapters/scripted';
import { BuildwrightError, type LlmAdapter, type LlmStreamPart } from '@buildwright/core';
import { fileURLToPath } from 'node:url';

/** The recorded transcript the demo replays: a counter page in two steps, then an edit of its title. */
export const demoTranscriptPath = fileURLToPath(new URL('./counter-app.transcript.json', import.meta.url));

/**
 * The demo's model: the scripted model replaying `counter-app.transcript.json`, starting over
 * when the transcript runs out, paced like a live model (each call waits `delayMs`; prose
 * arrives word by word) so the plan, steps and streamed text can be watched.
 *
 * @example
 * createBuilder({ llm: demoLlm({ delayMs: 200 }), ... });
 */
export function demoLlm(options: { delayMs?: number; transcript?: string } = {}): LlmAdapter {
  const delayMs = options.delayMs ?? 250;
  const create = () => scriptedLlm({ transcript: options.transcript ?? demoTranscriptPath });
  let inner = create();
  const start = async (request: Parameters<LlmAdapter['stream']>[0]) => {
    const parts = inner.stream(request)[Symbol.asyncIterator]();
    return { parts, first: await parts.next() };
  };
  return {
    specificationVersion: 'v1',
    provider: 'scripted',
    modelId: inner.modelId,
    async *stream(request) {
      await wait(delayMs, request.signal);
      let started: Awaited<ReturnType<typeof start>>;
      try {
        started = await start(request);
      } catch (error) {
        if (!BuildwrightError.isInstance(error) || error.code !== 'TRANSCRIPT_EXHAUSTED') throw error;
        inner = create();
        started = await start(request);
      }
      for (let result = started.first; !result.done; result = await started.parts.next()) yield* paced(result.value, delayMs, request.signal);
    },
  };
}

async function* paced(part: LlmStreamPart, delayMs: number, signal?: AbortSignal): AsyncGenerator<LlmStreamPart> {
  if (part.type !== 'text-delta') return yield part;
  for (const word of part.text.match(/\S+\s*/g) ?? [part.text]) {
    yield { type: 'text-delta', text: word };
    await wait(Math.ceil(delayMs / 8), signal);
  }
}

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
