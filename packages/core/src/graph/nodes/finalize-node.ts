import { BuildwrightError } from '@buildwright/client';
import type { VersionRecord } from '../../spec/storage.js';
import type { RunRuntime } from '../run-runtime.js';
import type { RunState, RunStateUpdate } from '../run-state.js';

/**
 * The last node of every run: stores the run's files as a version, announces it and stores the
 * assistant's answer. Its result (the version) lives in the run state, so a run resumed after this
 * node's checkpoint returns it without running anything again.
 */
export async function finalizeNode(runtime: RunRuntime, state: RunState, options: { unverified: boolean }): Promise<RunStateUpdate> {
  if (runtime.mode === 'check') return checkedVersion(runtime, state);
  if (options.unverified) {
    await runtime.emit({
      type: 'notice.posted',
      level: 'warn',
      message: `No check applies to this ${runtime.kind} run, so the result is not verified. Pass checks to createBuilder (e.g. webChecks() or dappChecks()).`,
    });
  }
  const files = runtime.workspace.snapshot();
  // Idempotent by run: a resumed run that stored its version before it was cut off gets it back.
  const version = await storeVersion(runtime, files, state.baseVersion);
  if (!runtime.resumed?.versionAnnounced) await runtime.emit({ type: 'version.created', number: version.number, message: version.message, fileCount: version.fileCount });
  if (!runtime.resumed?.answered) await runtime.storage.appendMessage({ projectId: runtime.projectId, runId: runtime.runId, role: 'assistant', content: state.buildSummary || 'Done.' });
  return { workingFiles: files, storedVersion: version };
}

/** A check run's end: its result is the version it checked (`baseVersion`), and nothing is stored. */
async function checkedVersion(runtime: RunRuntime, state: RunState): Promise<RunStateUpdate> {
  const stored = state.baseVersion ? await runtime.storage.getVersionFiles({ ownerId: runtime.ownerId, projectId: runtime.projectId, number: state.baseVersion }) : undefined;
  if (!stored) throw new BuildwrightError({ code: 'VERSION_NOT_FOUND', message: `Version ${state.baseVersion} of project ${runtime.projectId} is gone (the project was deleted?).` });
  return { storedVersion: stored.version, buildSummary: `Version ${stored.version.number} passed every check.` };
}

/**
 * Stores the run's files as a version on top of the version they were made from. When another
 * run (or a restore) stored a version meanwhile, storing ours would silently drop its changes, so
 * the run fails with VERSION_CONFLICT instead, naming both versions; its files stay in its record.
 */
async function storeVersion(runtime: RunRuntime, files: Record<string, string>, baseVersion: number | null | undefined): Promise<VersionRecord> {
  try {
    return await runtime.storage.createVersion({
      ownerId: runtime.ownerId,
      projectId: runtime.projectId,
      runId: runtime.runId,
      message: runtime.prompt,
      files,
      // A run resumed from a checkpoint of an older release has no base: store as before.
      ...(baseVersion === undefined ? {} : { expectedHead: baseVersion }),
    });
  } catch (error) {
    if (!BuildwrightError.isInstance(error) || error.code !== 'VERSION_CONFLICT') throw error;
    const currentHead = error.details.currentHead as number | null;
    const base = baseVersion === null || baseVersion === undefined ? 'an empty project' : `version ${baseVersion}`;
    throw new BuildwrightError({
      code: 'VERSION_CONFLICT',
      message:
        `This ${runtime.mode} was made on ${base}, but version ${currentHead} was stored meanwhile (another run or a restore), so its files were not stored as a version: that would drop the changes of version ${currentHead}. ` +
        `Its work stays in this run's record (its events, and its files in its last checkpoint); re-run the edit on version ${currentHead} (merging concurrent edits is not supported yet).`,
      cause: error,
      details: { ...error.details, runId: runtime.runId },
    });
  }
}
