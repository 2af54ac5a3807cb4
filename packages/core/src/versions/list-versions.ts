import type { VersionRecord } from '../spec/storage.js';
import { requireProject, type VersionsContext } from './require-records.js';

export interface ListVersionsOptions {
  ownerId: string;
  projectId: string;
}

/**
 * The versions of a project, oldest first. `PROJECT_NOT_FOUND` when the owner has no such project.
 *
 * @example
 * const versions = await listVersions({ storage }, { ownerId: 'user-1', projectId });
 * console.log(versions.map((version) => `${version.number}: ${version.message}`));
 */
export async function listVersions({ storage }: VersionsContext, { ownerId, projectId }: ListVersionsOptions): Promise<VersionRecord[]> {
  await requireProject(storage, ownerId, projectId);
  return storage.listVersions({ ownerId, projectId });
}
