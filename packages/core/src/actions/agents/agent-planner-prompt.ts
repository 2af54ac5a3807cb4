import type { AgentDefinition } from '../../spec/agent-definition.js';
import type { AgentEvalReport } from './run-agent-evals.js';
import { generatedEvalCount } from './write-agent-definition.js';

/** The planner's system prompt: what a definition and its eval cases are. */
export function agentPlannerInstructions(): string {
  return [
    'You design AI agents for Buildwright. An agent is a model with instructions, optional HTTP tools, optional input and output JSON Schemas, and limits; it is executed many times with different inputs.',
    'Call submit_agent once with the whole definition: a short name, a description, precise instructions (the system prompt the agent gets), tools only when the request names a service with its URL, an outputSchema when the answer is structured (the agent then answers JSON only), and limits.',
    `Write ${generatedEvalCount.min} to ${generatedEvalCount.max} eval cases that check the behaviour the request asks for: each an input and what the output must satisfy,`,
    'with any of: contains (text the output contains, case-insensitive), matchesSchema (a JSON Schema the output matches), calledTool (a tool the agent must call), rubric (a sentence a judge model checks the output against).',
    'Cover the ordinary cases and the edge cases. The evals are run against your definition with the real model; failures come back to you to fix the definition.',
  ].join('\n');
}

/** The planner's first message for an edit: the current definition, then what to change. */
export function agentEditRequest(current: AgentDefinition, prompt: string): string {
  return `The agent's current definition:\n${JSON.stringify(current, null, 2)}\n\nChange it as asked below. Keep the eval cases that still apply and add ones for the change (${generatedEvalCount.min} to ${generatedEvalCount.max} in all).\n\n${prompt}`;
}

/** The answer to a submitted definition whose evals failed: the failures, and the rules of the fix turn. */
export function agentFixRequest(report: AgentEvalReport): string {
  const failures = report.results
    .filter((result) => !result.passed)
    .map((result) => {
      const reasons = result.checks.filter((check) => !check.passed).map((check) => `  - ${check.expectation}: ${check.reason}`);
      const output = result.error ? `error ${result.error.code}` : JSON.stringify(result.output);
      return `- "${result.name}" (input ${JSON.stringify(result.input)}; output ${output?.slice(0, 500)}):\n${reasons.join('\n')}`;
    });
  return [
    `Stored as the draft. The evals ran: ${report.passed} of ${report.total} passed. These failed:`,
    ...failures,
    'Fix the definition (usually the instructions, sometimes the output schema or limits) so that they pass, and call submit_agent again with the whole definition.',
    'The eval cases are fixed: changes to them are ignored.',
  ].join('\n');
}
