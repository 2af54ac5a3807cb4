import { BuildwrightError } from '../errors/buildwright-error.js';
import { protectedPathReason } from '../protocol/protected-paths.js';

/** Limits applied to every import (files or ZIP). */
export interface ImportLimits {
  /** Total uncompressed size in bytes (default 50 MB). */
  maxTotalBytes?: number;
  /** Number of files (default 5,000). */
  maxFiles?: number;
}

export const defaultImportLimits = { maxTotalBytes: 50 * 1024 * 1024, maxFiles: 5_000 } as const;

/** Resolved limits, defaults filled in. */
export function resolveImportLimits(limits: ImportLimits = {}): Required<ImportLimits> {
  return { maxTotalBytes: limits.maxTotalBytes ?? defaultImportLimits.maxTotalBytes, maxFiles: limits.maxFiles ?? defaultImportLimits.maxFiles };
}

/** An `IMPORT_REJECTED` error; `details.reason` is a stable word for programs. */
export function importRejected(reason: 'path' | 'size' | 'count' | 'format' | 'encoding' | 'duplicate', message: string, details: Record<string, unknown> = {}): BuildwrightError {
  return new BuildwrightError({ code: 'IMPORT_REJECTED', message: `Import refused: ${message} Nothing was imported. See docs/versions.md.`, details: { reason, ...details } });
}

/**
 * The project path an imported file goes to: `\` becomes `/`, a leading `./` is dropped.
 * Throws `IMPORT_REJECTED` for an absolute path, a `..` segment, an empty path, a NUL character, or
 * a protected path the model could not write either (`.git/`, `node_modules/`, `.npmrc`, ...).
 *
 * @example
 * normalizeImportPath('./src\\App.tsx'); // 'src/App.tsx'
 * normalizeImportPath('../evil');         // throws IMPORT_REJECTED
 */
export function normalizeImportPath(path: string): string {
  const slashed = path.replaceAll('\\', '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) {
    throw importRejected('path', `"${path}" is an absolute path; every file must be relative to the project root.`, { path });
  }
  if (slashed.includes('\0')) throw importRejected('path', `"${path.replaceAll('\0', '\\0')}" contains a NUL character.`, { path });
  const segments = slashed.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) throw importRejected('path', `"${path}" contains "..", which would leave the project directory.`, { path });
  if (segments.length === 0) throw importRejected('path', `"${path}" is not a file path.`, { path });
  const normalized = segments.join('/');
  // Checked again on the result, so `./C:/x` is refused like `C:/x`.
  if (/^[A-Za-z]:/.test(normalized)) throw importRejected('path', `"${path}" is an absolute path; every file must be relative to the project root.`, { path });
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

/** UTF-8 size of a string without encoding it (works in browsers too). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}
