import { projectPath } from '../protocol/project-path.js';
import type { BuilderContext } from '../run/run-context.js';
import { saveFiles, type SaveFilesOptions, type SaveFilesResult } from '../versions/save-files.js';

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

export interface SaveProjectFilesResult extends SaveFilesResult {
  /** What happened to the project's open sandbox. */
  sandbox: SavedSandboxState;
}

/**
 * `saveFiles` for a builder: stores hand edits as a version, then makes the project's open
 * sandbox (one this builder opened for a run of it) follow the save, so its dev server and the
 * next run see the edited files.
 *
 * @example
 * const { version, sandbox } = await saveProjectFiles(context, { ownerId, projectId, baseVersion: 2, files: { 'src/App.tsx': source } });
 */
export async function saveProjectFiles(builder: BuilderContext, options: SaveFilesOptions): Promise<SaveProjectFilesResult> {
  const saved = await saveFiles({ storage: builder.options.storage }, options);
  return { ...saved, sandbox: saved.created ? await followInSandbox(builder, options, saved) : 'none' };
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
