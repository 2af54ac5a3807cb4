import type { VersionRecord } from '../spec/storage.js';
import { requireVersionFiles, type VersionsContext } from './require-records.js';

export interface RestoreVersionOptions {
  ownerId: string;
  projectId: string;
  /** Version whose files come back. */
  number: number;
  /** Message of the new version (default `Restore version <number>`). */
  message?: string;
}

/**
 * Makes a new version whose files equal those of an old one; history is never rewritten, so a
 * restore cannot conflict and can itself be undone by restoring again.
 *
 * @example
 * const restored = await restoreVersion({ storage }, { ownerId: 'user-1', projectId, number: 3 });
 * // restored.number === latest + 1, and diffVersions(from: 3, to: restored.number) is []
 */
export async function restoreVersion({ storage }: VersionsContext, { ownerId, projectId, number, message }: RestoreVersionOptions): Promise<VersionRecord> {
  const { files } = await requireVersionFiles(storage, ownerId, projectId, number);
  return storage.createVersion({ ownerId, projectId, runId: null, message: message ?? `Restore version ${number}`, files });
}
