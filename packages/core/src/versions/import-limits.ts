import { BuildwrightError } from '@buildwright/client';
import { defaultFileLimits } from '../protocol/file-rules.js';
import { projectPath } from '../protocol/project-path.js';
import { protectedPathReason } from '../protocol/protected-paths.js';
import { utf8ByteLength } from '../protocol/utf8-byte-length.js';

/** Limits applied to every import (files or ZIP). */
export interface ImportLimits {
  /** Total uncompressed size in bytes (default 50 MB). */
  maxTotalBytes?: number;
  /** Number of files (default 5,000). */
  maxFiles?: number;
}

/** The same project size and file count the model's writes are held to (`defaultFileLimits`). */
export const defaultImportLimits = { maxTotalBytes: defaultFileLimits.maxProjectBytes, maxFiles: defaultFileLimits.maxFiles } as const;

/** Resolved limits, defaults filled in. */
export function resolveImportLimits(limits: ImportLimits = {}): Required<ImportLimits> {
  return { maxTotalBytes: limits.maxTotalBytes ?? defaultImportLimits.maxTotalBytes, maxFiles: limits.maxFiles ?? defaultImportLimits.maxFiles };
}

/** An `IMPORT_REJECTED` error; `details.reason` is a stable word for programs. */
export function importRejected(reason: 'path' | 'size' | 'count' | 'format' | 'encoding' | 'duplicate', message: string, details: Record<string, unknown> = {}): BuildwrightError {
  return new BuildwrightError({ code: 'IMPORT_REJECTED', docsPage: 'versions.md', message: `Import refused: ${message} Nothing was imported.`, details: { reason, ...details } });
}

/**
 * The project path an imported file goes to, by the project's one path rule (`projectPath`): `\`
 * becomes `/`, `./` and `a/..` are resolved, names are Unicode NFC. Throws `IMPORT_REJECTED`
 * (`details.reason` `'path'`, `details.pathCode` the rule's own code) for a path `projectPath`
 * refuses, or a protected path the model could not write either (`.git/`, `node_modules/`, `.npmrc`, ...).
 *
 * @example
 * normalizeImportPath('./src\\App.tsx'); // 'src/App.tsx'
 * normalizeImportPath('../evil');         // throws IMPORT_REJECTED
 */
export function normalizeImportPath(path: string): string {
  let normalized: string;
  try {
    normalized = projectPath(path);
  } catch (error) {
    if (!BuildwrightError.isInstance(error)) throw error;
    throw importRejected('path', error.message.replaceAll('\0', '\\0'), { path, pathCode: error.code });
  }
  const reason = protectedPathReason(normalized);
  if (reason !== undefined) throw importRejected('path', `"${path}" is protected: ${reason.split('.')[0]}. Leave it out of the import.`, { path });
  return normalized;
}

/**
 * Checks a set of files against the import limits and path rules, returning them with
 * normalized paths. Throws `IMPORT_REJECTED` before anything is written.
 *
 * @example
 * const files = checkImportFiles({ 'src/App.tsx': source }, { maxFiles: 100 });
 */
export function checkImportFiles(files: Record<string, string>, limits: ImportLimits = {}): Record<string, string> {
  const { maxFiles, maxTotalBytes } = resolveImportLimits(limits);
  const entries = Object.entries(files);
  if (entries.length > maxFiles) throw importRejected('count', `${entries.length} files is more than the limit of ${maxFiles}.`, { files: entries.length, maxFiles });
  const checked: Record<string, string> = {};
  let totalBytes = 0;
  for (const [path, content] of entries) {
    if (typeof content !== 'string') throw importRejected('format', `the content of "${path}" is not a string.`, { path });
    const normalized = normalizeImportPath(path);
    if (Object.hasOwn(checked, normalized)) throw importRejected('duplicate', `"${path}" names the same file as another entry (${normalized}).`, { path: normalized });
    totalBytes += utf8ByteLength(content);
    if (totalBytes > maxTotalBytes) throw importRejected('size', `the files add up to more than the limit of ${maxTotalBytes} bytes.`, { maxTotalBytes });
    checked[normalized] = content;
  }
  return checked;
}
