import { buildToolNames } from '../../protocol/file-tools.js';
import { requestMessage, specPathsNote, stepMessage, systemPrompt } from '../prompts.js';
import type { Plan } from '../../events/events.js';
import type { RunNode, RunNodeContext } from '../run-runtime.js';
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
      const patterns = await stepPatterns(context, step, runtime.prompt);
      const { summary } = await runToolLoop(runtime, {
        node: 'build',
        tools: buildToolNames,
        messages: [
          { role: 'system', content: systemPrompt(runtime.kind, runtime.template) },
          {
            role: 'user',
            content: `${requestMessage(runtime.prompt, runtime.workspace, runtime.specPaths)}\n\n${stepMessage(plan, index)}${specPathsNote(runtime.specPaths ?? [], 'implement')}${patterns ? `\n\n${patterns}` : ''}`,
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

/**
 * The code patterns most similar to a step (and the request), announced with `patterns.selected`;
 * empty when the builder has none or none is similar enough. A failing embedding model does not
 * fail the run: the step goes on without patterns, with a warning.
 */
async function stepPatterns(context: RunNodeContext, step: Plan['steps'][number], prompt: string): Promise<string> {
  const { runtime } = nodeInternals(context);
  if (!runtime.patterns) return '';
  try {
    const pick = await runtime.patterns(`${step.title}\n${prompt}`);
    if (pick.patterns.length === 0) return '';
    await context.emit({ type: 'patterns.selected', stepId: step.id, patterns: pick.patterns, tokens: pick.tokens });
    return pick.text;
  } catch (error) {
    if (runtime.signal.aborted) throw error;
    await context.emit({ type: 'notice.posted', level: 'warn', message: `No code patterns for step "${step.title}": ${(error as Error).message}` });
    return '';
  }
}
