import { openPgliteEarly } from '../adapters-from-flags.js';
import type { Command } from '../cli-io.js';
import { executeRun } from '../execute-run.js';
import { openBuilder } from '../open-builder.js';

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
  const early = openPgliteEarly(flags);
  let cli: Awaited<ReturnType<typeof openBuilder>>;
  try {
    cli = await openBuilder(flags, {
      existingData: true,
      async kindOf(storage, ownerId) {
        const run = await storage.getRun({ ownerId, runId });
        return run && (await storage.getProject({ ownerId, projectId: run.projectId }))?.kind;
      },
      ...(early ? { early } : {}),
    });
  } catch (error) {
    await early?.discard();
    throw error;
  }
  const followed = await executeRun(context, cli, (builder) => builder.resume(runId));
  return followed.exitCode;
};
