import { BuildwrightError } from '@buildwright/client';
import { buildToolNames } from '../../protocol/file-tools.js';
import { fixMessage, requestMessage, systemPrompt } from '../prompts.js';
import type { RunRuntime } from '../run-runtime.js';
import type { RunState, RunStateUpdate } from '../run-state.js';
import { runToolLoop } from '../tool-loop.js';

/**
 * The fix step: gives the model the failed check's report, within the budgets. Ends the run
 * when fix attempts are used up or the same failure repeats on unchanged files.
 */
export async function runFixStep(runtime: RunRuntime, state: RunState): Promise<RunStateUpdate> {
  const failure = state.pendingFailure!;
  const previous = state.previousFailure;
  if (previous && previous.node === failure.node && previous.report === failure.report && previous.digest === failure.digest) {
    throw new BuildwrightError({
      code: 'NO_PROGRESS',
      message: `The "${failure.node}" check failed twice with the same error and no file changed, so the fix loop stopped. Last error: ${firstLine(failure.report)}`,
      details: { check: failure.node, report: failure.report },
    });
  }
  const attempt = state.fixAttempts + 1;
  if (attempt > runtime.budgets.maxFixAttempts) {
    throw new BuildwrightError({
      code: 'CHECK_FAILED',
      message: `The "${failure.node}" check still fails after ${state.fixAttempts} fix attempts (limits.maxFixAttempts). Last error: ${firstLine(failure.report)}`,
      details: { check: failure.node, report: failure.report },
    });
  }
  await runtime.emit({ type: 'fix.started', attempt, check: failure.node, report: failure.report });
  await runToolLoop(runtime, {
    node: 'fix',
    tools: buildToolNames,
    messages: [
      { role: 'system', content: systemPrompt(runtime.kind, runtime.template) },
      {
        role: 'user',
        content: `${requestMessage(`${runtime.prompt}\n${failure.issues.map((issue) => issue.file ?? '').join(' ')}`, runtime.workspace)}\n\n${fixMessage(failure.node, failure.report, attempt)}`,
      },
    ],
  });
  return { fixAttempts: attempt, previousFailure: failure, pendingFailure: null, workingFiles: runtime.workspace.snapshot() };
}

function firstLine(text: string): string {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '') ?? text;
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
