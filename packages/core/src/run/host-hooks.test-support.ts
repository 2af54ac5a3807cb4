// Shared by the host-hook tests of the builder and the HTTP handler (not exported from the package).
import type { Transcript } from '../protocol/transcript.js';
import type { LlmAdapter, LlmRequest } from '../spec/llm.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';

/** A one-step generation: plan, then one build turn writing a page; each turn reports 100 + 20 tokens. */
export const pageTranscript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    {
      node: 'plan',
      usage: { inputTokens: 100, outputTokens: 20 },
      toolCalls: [{ name: 'submit_plan', arguments: { title: 'Page', summary: 'one page', steps: [{ id: 'page', title: 'page', files: ['index.html'] }] } }],
    },
    {
      node: 'build',
      usage: { inputTokens: 100, outputTokens: 20 },
      toolCalls: [
        { name: 'write_file', arguments: { path: 'index.html', content: '<div id="root">hi</div>\n' } },
        { name: 'finish', arguments: { summary: 'page' } },
      ],
    },
  ],
};

/** Tokens one run of {@link pageTranscript} uses. */
export const pageRunTokens = 240;

/**
 * A model for many runs at once: one scripted replay of `transcript` per run, picked by the
 * call's `context.runId` (what a per-user router does with it). Records every request; each
 * call waits for `gate` when given, and costs `costUsd` when given.
 */
export function perRunModel(transcript: Transcript, options: { gate?: () => Promise<void>; costUsd?: number } = {}): LlmAdapter & { requests: LlmRequest[] } {
  const replays = new Map<string, LlmAdapter>();
  const requests: LlmRequest[] = [];
  return {
    specificationVersion: 'v1',
    provider: 'scripted',
    modelId: 'scripted',
    requests,
    async *stream(request) {
      requests.push(request);
      const runId = request.context?.runId ?? 'none';
      let replay = replays.get(runId);
      if (!replay) replays.set(runId, (replay = scriptedLlm({ transcript })));
      await options.gate?.();
      for await (const part of replay.stream(request)) {
        yield part.type === 'usage' && options.costUsd !== undefined ? { ...part, usage: { ...part.usage, costUsd: options.costUsd } } : part;
      }
    },
  };
}

/** A gate that holds every caller until `open()`. */
export function gate(): { wait: () => Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { wait: () => opened, open };
}
