import type { ProjectRecord, StorageAdapter, VersionRecord } from '@buildwright/core';
import { UsageError } from './usage-error.js';

/**
 * A stored version of a project with its files (the current version when `number` is omitted).
 * A missing project or version is a usage error naming what exists.
 *
 * @example
 * const { project, version, files } = await readVersion(storage, { ownerId: 'local', projectId, number: 2 });
 */
export async function readVersion(
  storage: StorageAdapter,
  input: { ownerId: string; projectId: string; number?: number },
): Promise<{ project: ProjectRecord; version: VersionRecord; files: Record<string, string> }> {
  const project = await storage.getProject({ ownerId: input.ownerId, projectId: input.projectId });
  if (!project) throw new UsageError(`Project ${input.projectId} does not exist for owner ${input.ownerId}. List projects with buildwright list.`);
  const found = await storage.getVersionFiles({ ownerId: input.ownerId, projectId: input.projectId, ...(input.number === undefined ? {} : { number: input.number }) });
  if (!found) {
    throw new UsageError(
      project.currentVersion === null
        ? `Project ${input.projectId} has no version yet (its first run did not complete).`
        : `Project ${input.projectId} has no version ${input.number}; the latest is ${project.currentVersion}. List them with buildwright versions ${input.projectId}.`,
    );
  }
  return { project, ...found };
}
