import { projectPath } from '../protocol/project-path.js';
import type { BuilderContext } from '../run/run-context.js';
import type { RunHandle } from '../run/run-handle.js';
import { runInProgress } from '../run/run-in-progress.js';
import { projectBusy } from '../versions/record-errors.js';
import { saveFiles, type SaveFilesOptions, type SaveFilesResult } from '../versions/save-files.js';
import { checkVersion } from './check-version.js';

/** What happened to the project's open sandbox after a save (see {@link saveProjectFiles}). */
export type SavedSandboxState =
  /** The builder had no sandbox open for the project: the next run builds its files from the version. */
  | 'none'
  /** The open sandbox got the written files and lost the deleted ones. */
  | 'updated'
  /** A run of the project is executing in this process and owns its sandbox: left alone (the run's own version will conflict with the save). */
  | 'run-active'
  /** Writing to the sandbox failed (it expired or was stopped); the version is stored all the same. */
  | 'failed';

/** Options of {@link saveProjectFiles}: those of `saveFiles`, and `check`. */
export interface SaveProjectFilesOptions extends SaveFilesOptions {
  /**
   * Also run the builder's checks on the saved version (the base version when nothing changed), in
   * a check-only run (`checkVersion`): events as a run's checks, no model, no other version, and a
   * failed check is reported, not fixed. Refused with `PROJECT_BUSY` (nothing stored) while a run of
   * the project is in progress: both would use its sandbox. Default false.
   */
  check?: boolean;
}

export interface SaveProjectFilesResult extends SaveFilesResult {
  /** What happened to the project's open sandbox. */
  sandbox: SavedSandboxState;
  /** With `check: true`: the check run of `version` (follow it, await its `result`). */
  checkRun?: RunHandle;
}

/**
 * `saveFiles` for a builder: stores hand edits as a version, then makes the project's open
 * sandbox (one this builder opened for a run of it) follow the save, so its dev server and the
 * next run see the edited files; with `check: true`, starts a check run of the saved version.
 *
 * @example
 * const { version, sandbox } = await saveProjectFiles(context, { ownerId, projectId, baseVersion: 2, files: { 'src/App.tsx': source } });
 */
export async function saveProjectFiles(builder: BuilderContext, options: SaveProjectFilesOptions): Promise<SaveProjectFilesResult> {
  const { check, ...save } = options;
  if (check) await assertNoRunInProgress(builder, options);
  const saved = await saveFiles({ storage: builder.options.storage }, save);
  const sandbox = saved.created ? await followInSandbox(builder, save, saved) : 'none';
  if (!check) return { ...saved, sandbox };
  const checkRun = checkVersion(builder, { ownerId: options.ownerId, projectId: options.projectId, version: saved.version.number });
  return { ...saved, sandbox, checkRun };
}

/** `PROJECT_BUSY` when a run of the project is running, queued or waiting for its plan's approval. */
async function assertNoRunInProgress(builder: BuilderContext, { ownerId, projectId }: SaveFilesOptions): Promise<void> {
  const runs = await builder.options.storage.listRuns({ ownerId, projectId });
  const busy = runs.filter((run) => runInProgress(run.status)).map((run) => run.id);
  if (busy.length > 0) throw projectBusy(projectId, busy, 'nothing was saved or checked. Save without check, or wait for the run to end (or cancel it) and save again');
}

async function followInSandbox(builder: BuilderContext, options: SaveFilesOptions, saved: SaveFilesResult): Promise<SavedSandboxState> {
  const opening = builder.sandboxes.get(options.projectId);
  if (!opening) return 'none';
  if ([...builder.activeRuns.values()].some((run) => run.projectId === options.projectId)) return 'run-active';
  try {
    const sandbox = await opening;
    // The paths as the save stored them (normalized), with the contents the caller gave.
    const files = new Map(Object.entries(options.files).map(([path, content]) => [projectPath(path), content]));
    for (const path of saved.written) await sandbox.writeFile(path, files.get(path)!);
    for (const path of saved.deleted) await sandbox.removeFile(path);
    return 'updated';
  } catch {
    return 'failed';
  }
}
