import { buildToolNames } from '../../protocol/file-tools.js';
import { fixMessage, requestMessage, specPathsNote, systemPrompt } from '../prompts.js';
import type { RunRuntime } from '../run-runtime.js';
import type { RunState, RunStateUpdate } from '../run-state.js';
import { testPathsNote } from '../tests-prompts.js';
import { runToolLoop } from '../tool-loop.js';
import { beginFixAttempt } from './fix-attempt.js';

/**
 * The fix step: gives the model the failed check's report, within the budgets. Ends the run
 * when fix attempts are used up or the same failure repeats on unchanged files.
 */
export async function runFixStep(runtime: RunRuntime, state: RunState): Promise<RunStateUpdate> {
  const failure = state.pendingFailure!;
  const attempt = await beginFixAttempt(runtime, failure, state.previousFailure, state.fixAttempts);
  const specPaths = runtime.specPaths ?? [];
  const testPaths = runtime.testPaths ?? [];
  await runToolLoop(runtime, {
    node: 'fix',
    tools: buildToolNames,
    messages: [
      { role: 'system', content: systemPrompt(runtime.kind, runtime.template) },
      {
        role: 'user',
        content: `${requestMessage(`${runtime.prompt}\n${failure.issues.map((issue) => issue.file ?? '').join(' ')}`, runtime.workspace, [...specPaths, ...testPaths])}\n\n${fixMessage(failure.node, failure.report, attempt)}${specPathsNote(specPaths, 'implement')}${testPathsNote(testPaths)}`,
      },
    ],
  });
  // A live preview that is serving follows the fix while the checks run again (see LivePreviews.afterFix).
  runtime.livePreviews?.afterFix(`fix-${attempt}`);
  return { fixAttempts: attempt, previousFailure: failure, pendingFailure: null, workingFiles: runtime.workspace.snapshot() };
}
