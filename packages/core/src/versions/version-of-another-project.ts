import { BuildwrightError } from '@buildwright/client';

/**
 * The error of `createVersion` for a run that already stored a version of another project: a run
 * belongs to one project, so this is a caller's mistake, not a retry to answer idempotently.
 *
 * @example
 * if (existing.projectId !== projectId) throw versionOfAnotherProject(runId);
 */
export function versionOfAnotherProject(runId: string): BuildwrightError {
  // The other project is not named: it may belong to another owner.
  return new BuildwrightError({
    code: 'INVALID_INPUT',
    message: `Run "${runId}" already stored a version of another project; a run stores one version, of its own project. Pass the run's project, or runId: null for a version made outside a run.`,
    details: { runId },
  });
}
