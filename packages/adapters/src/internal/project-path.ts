import { BuildwrightError } from '@buildwright/core';

/**
 * Normalizes a project-relative path lexically: `./a//b` → `a/b`. Throws `PATH_OUTSIDE_PROJECT`
 * for an empty path, an absolute path, a Windows drive or backslash path, a NUL byte, or a `..`
 * that climbs above the project root. Symlinks are the caller's business (a disk sandbox checks
 * real paths on top of this).
 */
export function normalizeProjectPath(path: string): string {
  const refuse = (reason: string): never => {
    throw new BuildwrightError({
      code: 'PATH_OUTSIDE_PROJECT',
      message: `Path "${path}" is outside the project (${reason}). Use a path relative to the project root, e.g. "src/App.tsx".`,
      details: { path },
    });
  };
  if (typeof path !== 'string' || path.length === 0) refuse('empty path');
  if (path.includes('\0')) refuse('NUL byte');
  if (path.startsWith('/') || path.startsWith('\\') || /^[a-zA-Z]:/.test(path)) refuse('absolute path');
  if (path.includes('\\')) refuse('backslash separator');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) refuse('".." leaves the root');
      parts.pop();
      continue;
    }
    parts.push(part);
  }
  if (parts.length === 0) refuse('the project root itself is not a file');
  return parts.join('/');
}

/** Like `normalizeProjectPath`, for a working directory: `undefined`, `""` and `"."` mean the root (`""`). */
export function normalizeProjectDirectory(path: string | undefined): string {
  if (path === undefined || path === '' || path === '.' || path === './') return '';
  return normalizeProjectPath(path);
}

/** Directory names `listFiles` skips: dependencies, build output and dot-directories. */
export function isSkippedDirectory(name: string): boolean {
  return name === 'node_modules' || name === 'dist' || name.startsWith('.');
}
