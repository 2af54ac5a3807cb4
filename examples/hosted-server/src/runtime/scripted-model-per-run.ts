import { scriptedLlm } from '@buildwright/adapters/scripted';
import type { LlmAdapter } from '@buildwright/core';

/** Runs whose replay position is kept; older ones are forgotten (a resumed run then replays from its node's first turn). */
const keptRuns = 1_000;

/**
 * The scripted model for a server: one replay of `transcript` per run (the model call's
 * `context.runId`), so every user's generation replays the whole transcript. Offline and free;
 * it says so (`provider: 'scripted'`) in every run's usage.
 *
 * @example
 * createWorker({ llm: scriptedModelPerRun('../transcripts/counter-app.json'), ... });
 */
export function scriptedModelPerRun(transcript: string): LlmAdapter {
  const replays = new Map<string, LlmAdapter>();
  const forRun = (runId: string) => {
    let replay = replays.get(runId);
    if (!replay) {
      replay = scriptedLlm({ transcript });
      replays.set(runId, replay);
      if (replays.size > keptRuns) replays.delete(replays.keys().next().value!);
    }
    return replay;
  };
  return {
    specificationVersion: 'v1',
    provider: 'scripted',
    modelId: 'scripted',
    stream: (request) => forRun(request.context?.runId ?? 'no-run').stream(request),
  };
}
