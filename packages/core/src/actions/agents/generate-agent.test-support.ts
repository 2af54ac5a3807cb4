import type { Transcript, TranscriptTurn } from '../../protocol/transcript.js';
import type { LlmAdapter, LlmRequest } from '../../spec/llm.js';
import { triageAgent } from './agent-test-server.test-support.js';

/** The prompt the support-triage agent is generated from. */
export const triagePrompt = 'An agent that triages support tickets: look the customer up, answer { priority, reply } — high only for outages, low otherwise.';

export const firstInstructions = 'Look the customer up with lookup_customer, then classify the ticket as high or low priority.';
export const fixedInstructions =
  'Look the customer up with lookup_customer, then classify the ticket: high ONLY when the service is down (an outage); everything else, including billing and typos, is low.';

/** The definition the planner submits (without format and model, which the host sets), with five eval cases. */
export function triageSubmission(serviceUrl: string, instructions = firstInstructions, evalCount = 5): Record<string, unknown> {
  const evals = [
    { name: 'outage is high', input: { email: 'ann@example.com', ticket: 'Site down' }, expected: { contains: 'high', calledTool: 'lookup_customer' } },
    { name: 'billing question is low', input: { email: 'bob@example.com', ticket: 'Why was I charged twice?' }, expected: { contains: '"low"' } },
    { name: 'answer has priority and reply', input: { email: 'cy@example.com', ticket: 'Typo on the pricing page' }, expected: { matchesSchema: { type: 'object', required: ['priority', 'reply'] } } },
    { name: 'reply is polite', input: { email: 'dee@example.com', ticket: 'The export button does nothing' }, expected: { rubric: 'The reply thanks the customer.' } },
    { name: 'looks the customer up', input: { email: 'eve@example.com', ticket: 'Login page is down' }, expected: { calledTool: 'lookup_customer' } },
  ];
  const { format: _format, model: _model, ...triage } = triageAgent(serviceUrl, { maxSteps: 4, maxTokens: 5_000, timeMs: 5_000 });
  return { ...triage, instructions, evals: evals.slice(0, evalCount) };
}

const lookup = (email: string): TranscriptTurn => ({ node: 'agent', toolCalls: [{ name: 'lookup_customer', arguments: { email } }], usage: { inputTokens: 100, outputTokens: 10 } });
const answer = (priority: 'low' | 'high'): TranscriptTurn => ({
  node: 'agent',
  toolCalls: [],
  text: JSON.stringify({ priority, reply: 'Thanks for telling us, we are on it.' }),
  usage: { inputTokens: 150, outputTokens: 20 },
});
const verdict = (pass: boolean, reason: string): TranscriptTurn => ({ node: 'agent-judge', toolCalls: [{ name: 'submit_verdict', arguments: { pass, reason } }] });

/**
 * The agent's and the judge's turns for one run of the five evals: the billing question answered
 * `high` (wrong) unless `billingRight`.
 */
export function evalRoundTurns(billingRight: boolean): TranscriptTurn[] {
  return [
    lookup('ann@example.com'),
    answer('high'),
    lookup('bob@example.com'),
    answer(billingRight ? 'low' : 'high'),
    answer('low'),
    answer('low'),
    verdict(true, 'The reply thanks the customer.'),
    lookup('eve@example.com'),
    answer('high'),
  ];
}

/**
 * The generation of the support-triage agent: the planner's definition, a first eval round where
 * the billing case fails, a fix turn that changes the instructions, a second round that passes.
 */
export function triageGenerationTranscript(serviceUrl: string): Transcript {
  return {
    format: 'buildwright.transcript/v1',
    prompt: triagePrompt,
    turns: [
      { node: 'agent-plan', toolCalls: [{ name: 'submit_agent', arguments: triageSubmission(serviceUrl) }] },
      ...evalRoundTurns(false),
      { node: 'agent-fix', toolCalls: [{ name: 'submit_agent', arguments: triageSubmission(serviceUrl, fixedInstructions) }] },
      ...evalRoundTurns(true),
    ],
  };
}

/** Wraps an adapter to keep every request it gets (to check what the model was sent). */
export function recordingLlm(llm: LlmAdapter): LlmAdapter & { requests: LlmRequest[] } {
  const requests: LlmRequest[] = [];
  return {
    specificationVersion: 'v1',
    provider: llm.provider,
    modelId: llm.modelId,
    requests,
    stream(request) {
      requests.push({ ...request, messages: [...request.messages] });
      return llm.stream(request);
    },
  };
}
