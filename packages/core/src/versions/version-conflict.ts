import { BuildwrightError } from '@buildwright/client';

/** What {@link versionConflict} reports. */
export interface VersionConflictOptions {
  projectId: string;
  /** The head the writer based its files on (`null`: the first version). */
  expectedHead: number | null;
  /** The project's current version when the write was refused. */
  currentHead: number | null;
}

/**
 * The `VERSION_CONFLICT` every storage adapter raises when `createVersion`'s `expectedHead` is not
 * the project's current version: one message and one `details` shape for all of them.
 *
 * @example
 * if (expectedHead !== undefined && expectedHead !== project.currentVersion) {
 *   throw versionConflict({ projectId, expectedHead, currentHead: project.currentVersion });
 * }
 */
export function versionConflict({ projectId, expectedHead, currentHead }: VersionConflictOptions): BuildwrightError {
  const current = currentHead === null ? 'no version yet' : `version ${currentHead}`;
  const made = expectedHead === null ? 'as its first version' : `from version ${expectedHead}`;
  const next = currentHead === null ? 'store them as the first version (expectedHead: null)' : `make the change again on version ${currentHead}`;
  return new BuildwrightError({
    code: 'VERSION_CONFLICT',
    message: `Project "${projectId}" is at ${current}, but these files were made ${made} (another writer stored a version meanwhile). Nothing was stored: ${next}.`,
    details: { projectId, expectedHead, currentHead },
  });
}
