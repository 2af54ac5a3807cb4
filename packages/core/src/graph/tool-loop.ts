import { BuildwrightError } from '@buildwright/client';
import type { Plan } from '../events/events.js';
import { executeToolCall } from '../protocol/execute-tool-call.js';
import { fileToolDefinitions, type FileToolName } from '../protocol/file-tools.js';
import type { LlmMessage } from '../spec/llm.js';
import { callModel } from './call-model.js';
import type { RunRuntime } from './run-runtime.js';

/** How many prose-only answers in a row are tolerated before the run fails. */
const maxProseAnswers = 2;

/**
 * Calls the model until it finishes the step (`finish`) or submits a plan (`submit_plan`),
 * applying each tool call and sending each result back. Mistakes go back to the model as tool
 * errors; only budget, model and sandbox failures end the loop with an error.
 */
export async function runToolLoop(runtime: RunRuntime, options: { node: string; messages: LlmMessage[]; tools: readonly FileToolName[] }): Promise<{ summary: string; plan?: Plan }> {
  const { node, messages, tools } = options;
  const definitions = fileToolDefinitions(tools);
  let proseAnswers = 0;
  for (let turn = 0; turn < runtime.budgets.maxToolTurns; turn++) {
    const response = await callModel(runtime, { node, messages, tools: definitions });
    messages.push({ role: 'assistant', content: response.text, ...(response.toolCalls.length ? { toolCalls: response.toolCalls } : {}) });
    if (response.toolCalls.length === 0) {
      if (++proseAnswers > maxProseAnswers) {
        throw new BuildwrightError({
          code: 'LLM_BAD_OUTPUT',
          message: `The model answered the ${node} step ${proseAnswers} times without calling a tool. Use a model with tool calling, or toolMode: 'text'.`,
          details: { node },
        });
      }
      messages.push({ role: 'user', content: `Do not answer in prose. Use the tools (${tools.join(', ')}) to change files, then call ${tools.includes('submit_plan') ? 'submit_plan' : 'finish'}.` });
      continue;
    }
    proseAnswers = 0;
    let result: { summary: string; plan?: Plan } | undefined;
    for (const call of response.toolCalls) {
      const outcome = await executeToolCall(call, { workspace: runtime.workspace, emit: runtime.emit, allowed: tools, fileLimits: runtime.budgets });
      messages.push({ role: 'tool', toolCallId: call.id, name: call.name, content: outcome.content });
      if (outcome.plan) result = { summary: outcome.plan.summary, plan: outcome.plan };
      if (outcome.finished !== undefined) result = { summary: outcome.finished };
    }
    if (result) return result;
  }
  throw new BuildwrightError({
    code: 'BUDGET_EXCEEDED',
    message: `The model did not finish the ${node} step within ${runtime.budgets.maxToolTurns} turns. Raise limits.maxToolTurns or split the request.`,
    details: { node, budget: 'maxToolTurns' },
  });
}
