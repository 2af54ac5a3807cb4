import { BuildwrightError } from '@buildwright/client';
import type { ProjectRecord } from '../spec/storage.js';
import type { VersionsContext } from './require-records.js';

/** Longest project name, in characters. */
export const maxProjectNameLength = 200;

export interface RenameProjectOptions {
  ownerId: string;
  projectId: string;
  /** The new name: trimmed, 1 to 200 characters, no control characters. */
  name: string;
}

/**
 * Renames an owner's project. `INVALID_INPUT` for an empty, too long or control-character name;
 * `PROJECT_NOT_FOUND` for a project that is not the owner's.
 *
 * @example
 * const project = await renameProject({ storage }, { ownerId: 'user-1', projectId, name: 'Landing page v2' });
 */
export async function renameProject({ storage }: VersionsContext, { ownerId, projectId, name }: RenameProjectOptions): Promise<ProjectRecord> {
  return storage.renameProject({ ownerId, projectId, name: checkProjectName(name) });
}

/** The trimmed name, or `INVALID_INPUT` saying what is wrong with it. */
export function checkProjectName(name: unknown): string {
  const invalid = (why: string) => new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'projects.md#renaming-and-deleting', message: `A project name ${why}.` });
  if (typeof name !== 'string') throw invalid('must be text');
  const trimmed = name.trim();
  if (trimmed === '') throw invalid('cannot be empty');
  if ([...trimmed].length > maxProjectNameLength) throw invalid(`has at most ${maxProjectNameLength} characters`);
  if (/[\u0000-\u001f\u007f-\u009f]/.test(trimmed)) throw invalid('cannot hold control characters (line breaks, tabs...)');
  return trimmed;
}
