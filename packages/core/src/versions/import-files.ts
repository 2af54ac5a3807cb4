import type { ProjectKind, ProjectRecord, VersionRecord } from '../spec/storage.js';
import { checkImportFiles, type ImportLimits } from './import-limits.js';
import type { VersionsContext } from './require-records.js';

export interface ImportFilesOptions {
  ownerId: string;
  name: string;
  kind: ProjectKind;
  /** path → text content, paths relative to the project root. */
  files: Record<string, string>;
  /** Size and count limits (defaults: 50 MB, 5,000 files). */
  limits?: ImportLimits;
  /** Message of version 1 (default `Import`). */
  message?: string;
}

export interface ImportResult {
  project: ProjectRecord;
  /** Version 1 of the new project. */
  version: VersionRecord;
}

/**
 * Creates a project whose version 1 holds the given files. Paths and limits are checked first;
 * a refusal is `IMPORT_REJECTED` and writes nothing.
 *
 * @example
 * const { project } = await importFiles({ storage }, {
 *   ownerId: 'user-1', name: 'Landing page', kind: 'web',
 *   files: { 'index.html': '<h1>Hello</h1>' },
 * });
 */
export async function importFiles({ storage }: VersionsContext, options: ImportFilesOptions): Promise<ImportResult> {
  const files = checkImportFiles(options.files, options.limits);
  const project = await storage.createProject({ ownerId: options.ownerId, name: options.name, kind: options.kind });
  const version = await storage.createVersion({ ownerId: options.ownerId, projectId: project.id, runId: null, message: options.message ?? 'Import', files, expectedHead: null });
  return { project: { ...project, currentVersion: version.number, updatedAt: version.createdAt }, version };
}
