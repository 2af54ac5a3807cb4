import type { Requirements } from '../../events/events.js';
import { fileToolDefinitions } from '../../protocol/file-tools.js';
import type { LlmMessage } from '../../spec/llm.js';
import { callContext } from '../call-model.js';
import { startModelCallEarly, type EarlyModelCall } from '../early-model-call.js';
import { requestMessage, requirementsMessage, specPathsNote, systemPrompt } from '../prompts.js';
import type { RunNode, RunRuntime } from '../run-runtime.js';
import { runToolLoop } from '../tool-loop.js';
import { nodeInternals } from './node-context.js';

/**
 * Built-in `plan` node: the model submits a plan (title, summary, steps with files).
 *
 * @example
 * createBuilder({ ...adapters, graph: { nodes: (defaults) => defaults.filter((node) => node !== planNode) } });
 */
export const planNode: RunNode = {
  name: 'plan',
  async run(context) {
    const { runtime, state, draft } = nodeInternals(context);
    const { plan } = await runToolLoop(runtime, { node: 'plan', tools: ['submit_plan'], messages: planMessages(runtime, state.requirementsSpec) });
    await context.emit({ type: 'plan.created', plan: plan! });
    draft.acceptedPlan = plan!;
  },
};

/** What the plan's first model call is made of: a run's runtime, or what a new project's run knows before its records are stored. */
export type PlanCallRuntime = Pick<RunRuntime, 'kind' | 'template' | 'prompt' | 'workspace' | 'specPaths' | 'ownerId' | 'runId' | 'projectId' | 'llm' | 'signal'>;

function planMessages(runtime: PlanCallRuntime, requirements: Requirements | null | undefined): LlmMessage[] {
  return [
    { role: 'system', content: systemPrompt(runtime.kind, runtime.template) },
    {
      role: 'user',
      content: `${requestMessage(runtime.prompt, runtime.workspace, runtime.specPaths)}\n\nSubmit a plan with submit_plan: short steps, each naming the files it will write or edit.${specPathsNote(runtime.specPaths ?? [], 'plan')}${requirementsMessage(requirements)}`,
    },
  ];
}

/**
 * Sends the plan node's first model call now, as the node will ask it for a run that starts with
 * it (no requirements yet, no external tools): a new run's first model call does not wait for its
 * first checkpoint and events to be stored (issue 14). See {@link startModelCallEarly}.
 */
export function startPlanCallEarly(runtime: PlanCallRuntime): EarlyModelCall {
  const request = { node: 'plan', messages: planMessages(runtime, null), tools: fileToolDefinitions(['submit_plan']), context: callContext(runtime, 'plan') };
  return startModelCallEarly(runtime.llm, request, runtime.signal);
}
