import { openPgliteEarly } from './adapters-from-flags.js';
import { openBuilder, type CliBuilder } from './open-builder.js';
import type { CliFlags } from './parse-args.js';

/**
 * Opens the builder for a command on an existing run (`resume`, `approve`): the stored data must
 * exist, and the checks are those of the run's project kind.
 *
 * @example
 * const cli = await openRunBuilder(flags, runId);
 */
export async function openRunBuilder(flags: CliFlags, runId: string): Promise<CliBuilder> {
  const early = openPgliteEarly(flags);
  try {
    return await openBuilder(flags, {
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
}
