import { requestMessage, requirementsMessage, specPathsNote, systemPrompt } from '../prompts.js';
import type { RunNode } from '../run-runtime.js';
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
    const { plan } = await runToolLoop(runtime, {
      node: 'plan',
      tools: ['submit_plan'],
      messages: [
        { role: 'system', content: systemPrompt(runtime.kind, runtime.template) },
        {
          role: 'user',
          content: `${requestMessage(runtime.prompt, runtime.workspace, runtime.specPaths)}\n\nSubmit a plan with submit_plan: short steps, each naming the files it will write or edit.${specPathsNote(runtime.specPaths ?? [], 'plan')}${requirementsMessage(state.requirementsSpec)}`,
        },
      ],
    });
    await context.emit({ type: 'plan.created', plan: plan! });
    draft.acceptedPlan = plan!;
  },
};
