import { BuildwrightError } from '@buildwright/client';
import { utf8ByteLength } from './utf8-byte-length.js';

/** Sizes a project may reach through the model's writes (the same file count and total as an import). */
export interface FileLimits {
  /** Largest file the model may write, in UTF-8 bytes. Default 2 MiB. */
  maxFileBytes: number;
  /** All files of the project together, in UTF-8 bytes. Default 50 MB (the import limit). */
  maxProjectBytes: number;
  /** Files in the project. Default 5,000 (the import limit). */
  maxFiles: number;
}

export const defaultFileLimits: FileLimits = {
  maxFileBytes: 2 * 1024 * 1024,
  maxProjectBytes: 50 * 1024 * 1024,
  maxFiles: 5_000,
};

/** What a project holds now, for checking one more write against it (kept up to date by the workspace). */
export interface ProjectFilesView {
  readonly fileCount: number;
  /** UTF-8 bytes of all files. */
  readonly totalBytes: number;
  /** UTF-8 bytes of one file, undefined when it does not exist. */
  bytesOf(path: string): number | undefined;
  /** Whether files exist under `path/`. */
  isFolder(path: string): boolean;
  /** An existing file or folder whose path equals `path` but for letter case, if any. */
  spellingOf(path: string): string | undefined;
}

const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/;
// Bidi controls, zero-width characters and the BOM: names that read differently than they are.
const invisibleCharacters = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const maxComponentBytes = 255;
const maxPathBytes = 1024;

/**
 * Why a normalized project path is not a name the project may hold, or undefined when it is:
 * control, bidi and zero-width characters, lone surrogates, names longer than file systems allow.
 * Paths are compared in Unicode NFC (see `projectPath`).
 *
 * @example
 * pathNameProblem('src/App.tsx');          // undefined
 * pathNameProblem('src/\u202egnp.exe');    // 'contains an invisible or bidirectional control character (U+202E)'
 */
export function pathNameProblem(path: string): string | undefined {
  if (loneSurrogate.test(path)) return 'contains a lone UTF-16 surrogate, which is not a character';
  const control = controlCharacters.exec(path)?.[0];
  if (control !== undefined) return `contains a control character (${codePoint(control)})`;
  const invisible = invisibleCharacters.exec(path)?.[0];
  if (invisible !== undefined) return `contains an invisible or bidirectional control character (${codePoint(invisible)})`;
  if (utf8ByteLength(path) > maxPathBytes) return `is longer than ${maxPathBytes} bytes`;
  const long = path.split('/').find((component) => utf8ByteLength(component) > maxComponentBytes);
  if (long !== undefined) return `has a name longer than ${maxComponentBytes} bytes ("${long.slice(0, 40)}…")`;
  return undefined;
}

/**
 * Refuses a write of `bytes` to `path` before anything is written: a path name `pathNameProblem`
 * refuses, a name that differs only in letter case from an existing file or folder, a file where
 * a folder is (or the other way round), and writes past the file, project or file-count limits.
 * `renamedFrom` is the file a rename moves away from (so `Readme.md` → `README.md` is allowed).
 * Throws `PATH_INVALID` or `PROJECT_LIMIT_EXCEEDED` with what to do.
 *
 * @example
 * assertWritableFile(workspace, 'src/App.tsx', 1_200, defaultFileLimits);
 */
export function assertWritableFile(project: ProjectFilesView, path: string, bytes: number, limits: FileLimits = defaultFileLimits, renamedFrom?: string): void {
  const invalid = (why: string) => new BuildwrightError({ code: 'PATH_INVALID', message: `Path "${path}" ${why}.`, details: { path } });
  const problem = pathNameProblem(path);
  if (problem) throw invalid(`${problem}. Use a plain name such as "src/components/Button.tsx"`);

  const limit = (message: string, details: Record<string, unknown>) => new BuildwrightError({ code: 'PROJECT_LIMIT_EXCEEDED', message, details: { path, ...details } });
  if (bytes > limits.maxFileBytes) {
    throw limit(
      `${path} would be ${bytes} bytes, over the limit of ${limits.maxFileBytes} bytes per file. Split it into smaller modules, and load large data at run time instead of writing it into the source.`,
      { bytes, maxFileBytes: limits.maxFileBytes },
    );
  }
  const current = project.bytesOf(path);
  if (current === undefined && project.fileCount + 1 > limits.maxFiles) {
    throw limit(`The project already holds ${project.fileCount} files, the limit (${limits.maxFiles}). Change existing files or delete some instead of adding ${path}.`, {
      files: project.fileCount,
      maxFiles: limits.maxFiles,
    });
  }
  const total = project.totalBytes + bytes - (current ?? 0);
  if (total > limits.maxProjectBytes) {
    throw limit(`Writing ${path} would bring the project to ${total} bytes, over its limit of ${limits.maxProjectBytes}. Make files smaller or delete unused ones.`, {
      totalBytes: total,
      maxProjectBytes: limits.maxProjectBytes,
    });
  }
  if (current !== undefined) return;

  // A new path: it must not collide, by letter case or as file against folder, with what exists.
  if (project.isFolder(path)) throw invalid('is a folder holding files. Write to a file inside it, or choose another name');
  const ancestors = prefixes(path);
  const parentFile = ancestors.slice(0, -1).find((prefix) => project.bytesOf(prefix) !== undefined);
  if (parentFile !== undefined) throw invalid(`needs a folder "${parentFile}", but that is a file. Delete or rename "${parentFile}" first, or choose another path`);
  for (const prefix of ancestors) {
    const seen = project.spellingOf(prefix);
    if (seen !== undefined && seen !== renamedFrom) throw invalid(`differs only in letter case from "${seen}", which exists: on a case-insensitive disk they are one. Use "${seen}"`);
  }
}

/** `a/b/c.ts` → `a`, `a/b`, `a/b/c.ts`. */
function prefixes(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

function codePoint(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
