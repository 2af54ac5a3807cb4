import type { Plan } from '@buildwright/core';
import { print, type Command } from '../cli-io.js';
import { executeRun } from '../execute-run.js';
import { openRunBuilder } from '../open-run-builder.js';
import { keepSteps } from '../plan-approval.js';
import { UsageError } from '../usage-error.js';

/**
 * `buildwright approve <run> [--steps 1,3] [--reject]`: approves the plan of a run started with
 * `--approve-plan` (only the steps given, in that order, with `--steps`) and follows the run to
 * its end, or rejects it (`--reject`: the run ends as cancelled). Give the same adapters the run had.
 *
 * @example
 * buildwright approve 9c1d7e2a-5b3f-4c8d-a1e6-2f0b9d4c7a13 --steps 1,3 --llm script:examples/transcripts/counter-app.json
 */
export const approveCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  const runId = positionals[0]!;
  const cli = await openRunBuilder(flags, runId);
  if (flags.reject) {
    try {
      await cli.builder.rejectPlan(runId, { reason: 'the plan was rejected' });
    } finally {
      await cli.builder.close();
    }
    print(context, { runId, status: 'cancelled' }, `Plan rejected: run ${runId} is cancelled.`);
    return 0;
  }
  let plan: Plan | undefined;
  if (flags.steps) {
    const waiting = (await cli.builder.events(runId)).findLast((event) => event.type === 'plan.awaiting_approval');
    if (waiting?.type !== 'plan.awaiting_approval') {
      await cli.builder.close();
      throw new UsageError(`Run ${runId} has no plan waiting for approval (start it with --approve-plan).`);
    }
    plan = keepSteps(waiting.plan, flags.steps);
  }
  const followed = await executeRun(context, cli, (builder) => builder.approvePlan(runId, plan ? { plan } : {}));
  return followed.exitCode;
};
