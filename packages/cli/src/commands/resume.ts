import type { Command } from '../cli-io.js';
import { executeRun } from '../execute-run.js';
import { openRunBuilder } from '../open-run-builder.js';

/**
 * `buildwright resume <run>`: continues a cancelled or crashed run from its last completed step,
 * with event numbers continuing where they stopped. Give the same adapters the run had.
 *
 * @example
 * buildwright resume 9c1d7e2a-5b3f-4c8d-a1e6-2f0b9d4c7a13 --llm script:examples/transcripts/fix-loop.json
 */
export const resumeCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  const runId = positionals[0]!;
  const cli = await openRunBuilder(flags, runId);
  const followed = await executeRun(context, cli, (builder) => builder.resume(runId));
  return followed.exitCode;
};
