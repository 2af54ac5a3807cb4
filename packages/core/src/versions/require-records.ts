import { BuildwrightError } from '@buildwright/client';
import type { ProjectRecord, StorageAdapter, VersionRecord } from '../spec/storage.js';

/** What every versions action gets first: the storage it works on. */
export interface VersionsContext {
  storage: StorageAdapter;
}

/** The owner's project, or `PROJECT_NOT_FOUND` (also for a project of another owner). */
export async function requireProject(storage: StorageAdapter, ownerId: string, projectId: string): Promise<ProjectRecord> {
  const project = await storage.getProject({ ownerId, projectId });
  if (!project) {
    throw new BuildwrightError({
      code: 'PROJECT_NOT_FOUND',
      message: `Project "${projectId}" does not exist for this owner. Check the project id and the owner id passed with it.`,
      details: { projectId },
    });
  }
  return project;
}

/** Files of a version of the owner's project (current when `number` is omitted), or `PROJECT_NOT_FOUND` / `VERSION_NOT_FOUND`. */
export async function requireVersionFiles(
  storage: StorageAdapter,
  ownerId: string,
  projectId: string,
  number?: number,
): Promise<{ project: ProjectRecord; version: VersionRecord; files: Record<string, string> }> {
  const project = await requireProject(storage, ownerId, projectId);
  if (number !== undefined && (!Number.isInteger(number) || number < 1)) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', message: `Version number ${number} is not valid: versions are numbered 1, 2, 3...`, details: { projectId, number } });
  }
  const found = await storage.getVersionFiles({ ownerId, projectId, ...(number === undefined ? {} : { number }) });
  if (!found) {
    throw new BuildwrightError({
      code: 'VERSION_NOT_FOUND',
      message:
        number === undefined
          ? `Project "${projectId}" has no version yet. Generate or import files first.`
          : `Project "${projectId}" has no version ${number}${project.currentVersion === null ? ' (it has none yet)' : ` (the latest is ${project.currentVersion})`}. List them with listVersions.`,
      details: { projectId, ...(number === undefined ? {} : { number }) },
    });
  }
  return { project, ...found };
}
