import { diffFiles, type FileDiff } from './diff-files.js';
import { requireVersionFiles, type VersionsContext } from './require-records.js';

export interface DiffVersionsOptions {
  ownerId: string;
  projectId: string;
  /** Version compared from. */
  from: number;
  /** Version compared to; the current version when omitted. */
  to?: number;
}

/**
 * Per-file unified diffs between two versions of a project (empty when their files are equal).
 * `PROJECT_NOT_FOUND` / `VERSION_NOT_FOUND` when either is missing for this owner.
 *
 * @example
 * const diffs = await diffVersions({ storage }, { ownerId: 'user-1', projectId, from: 1, to: 2 });
 * for (const diff of diffs) console.log(diff.patch);
 */
export async function diffVersions({ storage }: VersionsContext, { ownerId, projectId, from, to }: DiffVersionsOptions): Promise<FileDiff[]> {
  const before = await requireVersionFiles(storage, ownerId, projectId, from);
  const after = await requireVersionFiles(storage, ownerId, projectId, to);
  return diffFiles(before.files, after.files);
}
