import { buildToolNames } from '../../protocol/file-tools.js';
import { requestMessage, specPathsNote, stepMessage, systemPrompt } from '../prompts.js';
import type { RunNode } from '../run-runtime.js';
import { runToolLoop } from '../tool-loop.js';
import { nodeInternals } from './node-context.js';

/**
 * Built-in `build` node: for each plan step, the model changes files through the file protocol
 * until it calls `finish`. Without a plan, the whole request is one step.
 */
export const buildNode: RunNode = {
  name: 'build',
  async run(context) {
    const { runtime, draft } = nodeInternals(context);
    const plan = context.plan ?? { title: 'Request', summary: runtime.prompt, steps: [{ id: 'request', title: runtime.prompt, files: [] }] };
    const summaries: string[] = [];
    for (const [index, step] of plan.steps.entries()) {
      await context.emit({ type: 'step.started', stepId: step.id, title: step.title });
      const { summary } = await runToolLoop(runtime, {
        node: 'build',
        tools: buildToolNames,
        messages: [
          { role: 'system', content: systemPrompt(runtime.kind, runtime.template) },
          {
            role: 'user',
            content: `${requestMessage(runtime.prompt, runtime.workspace, runtime.specPaths)}\n\n${stepMessage(plan, index)}${specPathsNote(runtime.specPaths ?? [], 'implement')}`,
          },
        ],
      });
      summaries.push(summary);
      await context.emit({ type: 'step.completed', stepId: step.id });
      // After the last step the checks make the verified preview: a live one would only delay it.
      if (index < plan.steps.length - 1) runtime.livePreviews?.afterStep(step.id);
    }
    await runtime.livePreviews?.close();
    draft.buildSummary = summaries.join('\n');
  },
};
