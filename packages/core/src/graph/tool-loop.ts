import { BuildwrightError } from '@buildwright/client';
import type { Plan } from '../events/events.js';
import { executeToolCall } from '../protocol/execute-tool-call.js';
import { maxEventContentBytes } from '../protocol/file-streaming/event-content.js';
import { createFileStreamer } from '../protocol/file-streaming/file-streamer.js';
import { previewPath } from '../protocol/file-streaming/preview-path.js';
import { fileToolDefinitions, type FileToolName } from '../protocol/file-tools.js';
import { templatePathProtector } from '../protocol/template-protected-paths.js';
import type { LlmMessage } from '../spec/llm.js';
import { callModel } from './call-model.js';
import { outsideSpecStep, specFileLocked } from './prompts.js';
import { outsideTestsStep, testFileLocked } from './tests-prompts.js';
import type { RunRuntime } from './run-runtime.js';

/** How many prose-only answers in a row are tolerated before the run fails. */
const maxProseAnswers = 2;

/**
 * Which paths a step may not change: in the spec or tests node (`onlyPaths`) every path but its
 * files; in every other step of a run with such nodes, their files (the spec, the frozen tests).
 */
function pathRule(runtime: RunRuntime, node: string, onlyPaths: readonly string[] | undefined): ((path: string) => string | undefined) | undefined {
  if (onlyPaths) {
    const outside = node === 'tests' ? outsideTestsStep : outsideSpecStep;
    return (path) => (onlyPaths.includes(path) ? undefined : outside(path, onlyPaths));
  }
  const spec = runtime.specPaths ?? [];
  const tests = runtime.testPaths ?? [];
  if (spec.length === 0 && tests.length === 0) return undefined;
  return (path) => (spec.includes(path) ? specFileLocked(path) : tests.includes(path) ? testFileLocked(path) : undefined);
}

/**
 * Calls the model until it finishes the step (`finish`) or submits a plan (`submit_plan`),
 * applying each tool call and sending each result back. Mistakes go back to the model as tool
 * errors; only budget, model and sandbox failures end the loop with an error. `onlyPaths`: the
 * only files this step may change (the spec or tests node's).
 */
export async function runToolLoop(
  runtime: RunRuntime,
  options: { node: string; messages: LlmMessage[]; tools: readonly FileToolName[]; onlyPaths?: readonly string[] },
): Promise<{ summary: string; plan?: Plan }> {
  const { node, messages, tools } = options;
  const external = await runtime.externalTools?.();
  const definitions = [...fileToolDefinitions(tools), ...(external?.definitions ?? [])];
  const refusePath = pathRule(runtime, node, options.onlyPaths);
  const protectPath = runtime.template && templatePathProtector(runtime.template.name, runtime.template.protectedPaths);
  const rules = { workspace: runtime.workspace, allowed: tools, fileLimits: runtime.budgets, ...(refusePath ? { refusePath } : {}), ...(protectPath ? { protectPath } : {}) };
  const streamer = createFileStreamer({
    emit: runtime.emit,
    previewPath: (path) => previewPath(path, rules),
    maxBytes: Math.min(maxEventContentBytes, runtime.budgets.maxFileBytes),
  });
  let proseAnswers = 0;
  for (let turn = 0; turn < runtime.budgets.maxToolTurns; turn++) {
    const response = await callModel(runtime, { node, messages, tools: definitions }, streamer);
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
      if (external?.handles(call.name)) {
        messages.push({ role: 'tool', toolCallId: call.id, name: call.name, content: await external.call(call) });
        continue;
      }
      const outcome = await executeToolCall(call, { ...rules, emit: runtime.emit });
      await streamer.settle(call, !outcome.isError && call.name === 'write_file');
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
