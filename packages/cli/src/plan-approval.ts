import { createInterface } from 'node:readline/promises';
import type { Plan } from '@buildwright/client';
import type { CommandContext } from './cli-io.js';
import type { FollowableRun } from './follow-run.js';
import type { Renderer } from './render/renderer.js';
import { UsageError } from './usage-error.js';

/**
 * The plan with only the steps numbered `numbers` (1-based), in that order: what
 * `buildwright approve <run> --steps 1,3` and the terminal question build.
 *
 * @example
 * keepSteps(plan, [1, 3]); // steps 1 and 3
 */
export function keepSteps(plan: Plan, numbers: readonly number[]): Plan {
  const outside = numbers.find((number) => number > plan.steps.length);
  if (outside !== undefined) throw new UsageError(`The plan has ${plan.steps.length} step${plan.steps.length === 1 ? '' : 's'}; there is no step ${outside}.`);
  return { ...plan, steps: numbers.map((number) => plan.steps[number - 1]!) };
}

/**
 * What the CLI does when a run started with `--approve-plan` waits for approval. On a terminal
 * (human output), it asks: Enter builds the plan, step numbers keep those steps, `n` rejects it.
 * Elsewhere (a pipe, `--json`) it says how to approve later (`later`, by default `buildwright
 * approve <run>`) and stops following: the run waits in storage. Resolves `true` to go on following the run.
 *
 * @example
 * const follow = await decidePlan(context, handle, event.plan, renderer);
 */
export async function decidePlan(
  context: CommandContext,
  handle: Pick<FollowableRun<unknown>, 'runId' | 'approvePlan' | 'cancel'>,
  plan: Plan,
  renderer: Renderer,
  later = `Build it: buildwright approve ${handle.runId} [--steps 1,3]; drop it: buildwright approve ${handle.runId} --reject`,
): Promise<boolean> {
  const interactive = !context.args.flags.json && process.stdin.isTTY === true && context.stdout.isTTY === true;
  if (!interactive) {
    renderer.note(`The plan waits for approval. ${later}`);
    return false;
  }
  const lines = createInterface({ input: process.stdin, output: context.stdout });
  try {
    while (true) {
      const answer = (await lines.question(`Build this plan? [Enter: yes · n: no · step numbers to keep, e.g. 1 3] `)).trim().toLowerCase();
      if (answer === '' || answer === 'y' || answer === 'yes') {
        await handle.approvePlan();
        return true;
      }
      if (answer === 'n' || answer === 'no') {
        handle.cancel('the plan was rejected');
        return true;
      }
      const numbers = answer.split(/[\s,]+/).map(Number);
      if (numbers.every((number) => Number.isInteger(number) && number >= 1 && number <= plan.steps.length) && new Set(numbers).size === numbers.length) {
        await handle.approvePlan(keepSteps(plan, numbers));
        return true;
      }
      context.stdout.write(`Answer with Enter, n, or step numbers from 1 to ${plan.steps.length}.\n`);
    }
  } finally {
    lines.close();
  }
}
