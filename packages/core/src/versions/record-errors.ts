import { BuildwrightError } from '@buildwright/client';

/**
 * The errors every storage adapter raises for a missing or taken record, worded once so that
 * memory, PGlite and Postgres storage say the same thing (the storage conformance suite checks the codes).
 *
 * @example
 * if (!project) throw projectNotFound(projectId);
 */
export function projectNotFound(projectId: string): BuildwrightError {
  return new BuildwrightError({
    code: 'PROJECT_NOT_FOUND',
    message: `Project "${projectId}" does not exist for this owner. Check the project id and the owner id passed with it.`,
    details: { projectId },
  });
}

/** A write to a run that was never created. */
export function runNotFound(runId: string): BuildwrightError {
  return new BuildwrightError({ code: 'RUN_NOT_FOUND', message: `Run "${runId}" does not exist. Create it with createRun before writing to it.`, details: { runId } });
}

/** A create with an explicit id that another record of that kind already has. */
export function idTaken(what: string, id: string): BuildwrightError {
  return new BuildwrightError({ code: 'INVALID_INPUT', message: `A ${what} with id "${id}" already exists. Omit the id to get a fresh one.`, details: { [`${what}Id`]: id } });
}

/**
 * A write of a run made with a lease that is no longer the run's current one: another worker
 * claimed the run (this one stalled past its lease) or the lease was released.
 */
export function runLeaseLost(lease: { runId: string; workerId: string; epoch: number }): BuildwrightError {
  return new BuildwrightError({
    code: 'RUN_LEASE_LOST',
    message:
      `Worker "${lease.workerId}" lost its lease (epoch ${lease.epoch}) on run "${lease.runId}": another worker claimed the run or the lease was released, so this write was refused and nothing was stored. ` +
      'Stop executing the run here; the worker holding the lease resumes it from its last checkpoint.',
    details: { runId: lease.runId, workerId: lease.workerId, epoch: lease.epoch },
  });
}

/**
 * A Git sync record (`recordGitSync`) whose link moved since the sync read it: another push or
 * pull of the project ran meanwhile, or the link was changed or removed. Nothing was stored.
 */
export function gitSyncBusy(input: { projectId: string; expectedLastCommit: string | null; currentLastCommit: string | null | undefined }): BuildwrightError {
  return new BuildwrightError({
    code: 'GIT_SYNC_BUSY',
    retryable: true,
    docsPage: 'git-sync.md#errors',
    message:
      `Another push or pull of project "${input.projectId}" ran at the same time (its last synced commit is no longer ${input.expectedLastCommit ?? 'none'}), so this one stored nothing. ` +
      'Run it again.',
    details: { ...input, currentLastCommit: input.currentLastCommit ?? null },
  });
}

/** A deployment that is not the owner's (or does not exist). */
export function deploymentNotFound(deploymentId: string): BuildwrightError {
  return new BuildwrightError({
    code: 'DEPLOYMENT_NOT_FOUND',
    message: `Deployment "${deploymentId}" does not exist for this owner. List the project's deployments for their ids.`,
    details: { deploymentId },
  });
}

/**
 * A change refused while one of the project's runs is in progress (`running`, `queued`, awaiting
 * approval): by default a delete; `refused` says what was not done and what to do instead.
 */
export function projectBusy(
  projectId: string,
  runIds: readonly string[],
  refused = 'nothing was deleted. Cancel it (builder.cancel) or wait for it to end, then delete the project again',
): BuildwrightError {
  return new BuildwrightError({
    code: 'PROJECT_BUSY',
    message: `Project "${projectId}" has a run in progress (${runIds.map((id) => `"${id}"`).join(', ')}), so ${refused}.`,
    details: { projectId, runIds: [...runIds] },
  });
}
