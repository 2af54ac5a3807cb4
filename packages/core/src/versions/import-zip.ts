import type { ProjectKind } from '../spec/storage.js';
import { importFiles, type ImportResult } from './import-files.js';
import type { ImportLimits } from './import-limits.js';
import { readZip } from './read-zip.js';
import type { VersionsContext } from './require-records.js';

export interface ImportZipOptions {
  ownerId: string;
  name: string;
  kind: ProjectKind;
  /** The ZIP archive. */
  bytes: Uint8Array;
  /** Size and count limits (defaults: 50 MB, 5,000 files). */
  limits?: ImportLimits;
}

/**
 * Creates a project from a ZIP of text files. The archive is checked before anything is
 * inflated (see `readZip`): `..` or absolute paths, too many entries or too large a claimed
 * size are refused with `IMPORT_REJECTED`, and nothing is written.
 *
 * @example
 * const { project, version } = await importZip({ storage }, {
 *   ownerId: 'user-1', name: 'Uploaded app', kind: 'web', bytes: new Uint8Array(await file.arrayBuffer()),
 * });
 */
export async function importZip(context: VersionsContext, { ownerId, name, kind, bytes, limits }: ImportZipOptions): Promise<ImportResult> {
  const files = await readZip(bytes, limits);
  return importFiles(context, { ownerId, name, kind, files, message: 'Import from ZIP', ...(limits === undefined ? {} : { limits }) });
}
