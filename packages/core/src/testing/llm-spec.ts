import { describe } from 'vitest';
import { describeAbort } from './llm-spec/abort.js';
import { createLlmSpecContext } from './llm-spec/context.js';
import { describeErrors } from './llm-spec/errors.js';
import { describeRetries } from './llm-spec/retries.js';
import type { LlmSpecFactory, LlmSpecOptions } from './llm-spec/scenario.js';
import { describeStreaming } from './llm-spec/streaming.js';
import { describeUsage } from './llm-spec/usage.js';

export type { LlmSpecFactory, LlmSpecFault, LlmSpecOptions, LlmSpecScenario, LlmSpecSubject } from './llm-spec/scenario.js';

/**
 * The LLM conformance suite: streaming (text deltas in order, tool-call arguments assembled into
 * whole calls), usage (reported or estimated), retries of retryable failures (429, 5xx, cut
 * connections, stalls) with their `retry` parts, failures mapped to `LLM_*` codes, and aborts.
 *
 * The suite never talks to a provider itself: for each case it hands the factory a scenario
 * (the turns the upstream answers with, the faults it plays first, the retry settings) and the
 * factory returns the adapter facing an upstream that plays it. For an OpenAI-compatible
 * adapter, `openAiSpecUpstream` from `@buildwright/adapters/testing` does that with a local
 * server speaking the real wire; for another provider, play the scenario on a local server
 * speaking that provider's wire.
 *
 * @example
 * // my-llm.test.ts
 * import { runLlmSpec } from '@buildwright/core/testing';
 * import { openAiSpecUpstream } from '@buildwright/adapters/testing';
 * import { myLlm } from './my-llm.js';
 *
 * runLlmSpec(openAiSpecUpstream((server, scenario) => myLlm({ baseURL: server.baseURL, ...scenario })), { name: 'myLlm' });
 */
export function runLlmSpec(factory: LlmSpecFactory, options: LlmSpecOptions = {}): void {
  describe(`llm spec: ${options.name ?? 'adapter'}`, () => {
    const spec = createLlmSpecContext(factory, options);
    describeStreaming(spec);
    describeUsage(spec);
    describeRetries(spec);
    describeErrors(spec);
    describeAbort(spec);
  });
}
