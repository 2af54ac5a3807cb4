import type { VersionRecord } from '../spec/storage.js';
import { createZip } from './create-zip.js';
import { requireVersionFiles, type VersionsContext } from './require-records.js';

export interface ExportZipOptions {
  ownerId: string;
  projectId: string;
  /** Version to export; the current version when omitted. */
  number?: number;
}

export interface ExportZipResult {
  /** The ZIP archive. */
  bytes: Uint8Array;
  /** A file name for it, e.g. `todo-app-v3.zip`. */
  fileName: string;
  version: VersionRecord;
}

/**
 * A ZIP of a version's files, read from storage (no sandbox needed, so it works after the
 * sandbox expired).
 *
 * @example
 * const { bytes, fileName } = await exportZip({ storage }, { ownerId: 'user-1', projectId });
 * await writeFile(fileName, bytes);
 */
export async function exportZip({ storage }: VersionsContext, { ownerId, projectId, number }: ExportZipOptions): Promise<ExportZipResult> {
  const { project, version, files } = await requireVersionFiles(storage, ownerId, projectId, number);
  const slug =
    project.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'project';
  return { bytes: createZip(files), fileName: `${slug}-v${version.number}.zip`, version };
}
