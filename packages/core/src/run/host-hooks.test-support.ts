// Shared by the host-hook tests of the builder, the HTTP handler and the queue (not exported from the package).
import type { BuildwrightEvent } from '../events/events.js';
import type { Transcript } from '../protocol/transcript.js';
import type { LlmAdapter, LlmRequest } from '../spec/llm.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import type { RunUsageTotals } from './host-hooks.js';

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
 * A model for many runs at once: one scripted replay of `transcript` per run (`perRun`, by the
 * call's `context.runId`). Records every request; each call waits for `gate` when given, and
 * costs `costUsd` when given.
 */
export function perRunModel(transcript: Transcript, options: { gate?: () => Promise<void>; costUsd?: number } = {}): LlmAdapter & { requests: LlmRequest[] } {
  const replay = scriptedLlm({ transcript, perRun: true });
  const requests: LlmRequest[] = [];
  return {
    specificationVersion: 'v1',
    provider: 'scripted',
    modelId: 'scripted',
    requests,
    async *stream(request) {
      requests.push(request);
      await options.gate?.();
      for await (const part of replay.stream(request)) {
        yield part.type === 'usage' && options.costUsd !== undefined ? { ...part, usage: { ...part.usage, costUsd: options.costUsd } } : part;
      }
    },
  };
}

/**
 * What `onRunFinished` must report as a run's usage: the sum of its `usage` events.
 *
 * @example
 * expect(report.usage).toEqual(usageSum(await storage.readEvents({ ownerId, runId })));
 */
export function usageSum(events: BuildwrightEvent[]): RunUsageTotals {
  return events.reduce(
    (sum, event) => (event.type === 'usage' ? { inputTokens: sum.inputTokens + event.inputTokens, outputTokens: sum.outputTokens + event.outputTokens, costUsd: sum.costUsd + event.costUsd } : sum),
    { inputTokens: 0, outputTokens: 0, costUsd: 0 },
  );
}

/** A gate that holds every caller until `open()`. */
export function gate(): { wait: () => Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { wait: () => opened, open };
}
