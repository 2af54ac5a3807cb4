import type { ProjectRecord, VersionRecord } from '../spec/storage.js';
import { requireVersionFiles, type VersionsContext } from './require-records.js';

export interface ForkProjectOptions {
  ownerId: string;
  projectId: string;
  /** Version to start from; the current version when omitted. */
  number?: number;
  /** Name of the new project (default `<name> (fork)`). */
  name?: string;
}

export interface ForkProjectResult {
  project: ProjectRecord;
  /** Version 1 of the new project. */
  version: VersionRecord;
}

/**
 * Starts a new project (same owner and kind) from a version of an existing one.
 *
 * @example
 * const { project } = await forkProject({ storage }, { ownerId: 'user-1', projectId, number: 2, name: 'Todo v2 experiment' });
 */
export async function forkProject({ storage }: VersionsContext, { ownerId, projectId, number, name }: ForkProjectOptions): Promise<ForkProjectResult> {
  const source = await requireVersionFiles(storage, ownerId, projectId, number);
  const project = await storage.createProject({
    ownerId,
    name: name ?? `${source.project.name} (fork)`,
    kind: source.project.kind,
    ...(source.project.chain === undefined ? {} : { chain: source.project.chain }),
  });
  const version = await storage.createVersion({
    ownerId,
    projectId: project.id,
    runId: null,
    message: `Fork of ${source.project.name} version ${source.version.number}`,
    files: source.files,
    expectedHead: null,
  });
  return { project: { ...project, currentVersion: version.number, updatedAt: version.createdAt }, version };
}
