import { BuildwrightError } from '@buildwright/client';
import type { RunRuntime } from '../run-runtime.js';
import type { CheckFailure } from '../run-state.js';

/**
 * Starts the next fix attempt of the run for a failed check and returns its number, or ends the
 * run: in a check run (`mode: 'check'`) at once, `CHECK_FAILED` (nothing is fixed); `NO_PROGRESS` when the check failed the same way as `previous` on unchanged files,
 * `CHECK_FAILED` when `limits.maxFixAttempts` (every fix round of the run) is used up.
 */
export async function beginFixAttempt(runtime: RunRuntime, failure: CheckFailure, previous: CheckFailure | null, fixAttempts: number): Promise<number> {
  if (runtime.mode === 'check') {
    // A check run verifies files someone stored (hand edits): the model never changes them.
    throw new BuildwrightError({
      code: 'CHECK_FAILED',
      message: `The "${failure.node}" check failed on the checked version (a check run reports failures and does not fix them: change the files and save again, or run builder.edit). Error: ${firstLine(failure.report)}`,
      details: { check: failure.node, report: failure.report },
    });
  }
  if (previous && previous.node === failure.node && previous.report === failure.report && previous.digest === failure.digest) {
    throw new BuildwrightError({
      code: 'NO_PROGRESS',
      message: `The "${failure.node}" check failed twice with the same error and no file changed, so the fix loop stopped. Last error: ${firstLine(failure.report)}`,
      details: { check: failure.node, report: failure.report },
    });
  }
  const attempt = fixAttempts + 1;
  if (attempt > runtime.budgets.maxFixAttempts) {
    throw new BuildwrightError({
      code: 'CHECK_FAILED',
      message: `The "${failure.node}" check still fails after ${fixAttempts} fix attempts (limits.maxFixAttempts). Last error: ${firstLine(failure.report)}`,
      details: { check: failure.node, report: failure.report },
    });
  }
  await runtime.emit({ type: 'fix.started', attempt, check: failure.node, report: failure.report });
  return attempt;
}

function firstLine(text: string): string {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '') ?? text;
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
