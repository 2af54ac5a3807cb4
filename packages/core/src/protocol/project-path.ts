import { BuildwrightError } from '../errors/buildwright-error.js';

/**
 * Normalizes a project-relative path (`./src//App.tsx` → `src/App.tsx`, Unicode NFC) and refuses any path
 * that could leave the project: absolute paths, drive letters, `..` segments, NUL bytes.
 * Symlinks are the sandbox's to refuse, since only it sees the disk.
 *
 * @example
 * projectPath('src/../src/App.tsx'); // 'src/App.tsx'
 * projectPath('../../etc/passwd');   // throws PATH_OUTSIDE_PROJECT
 */
export function projectPath(path: string): string {
  const refuse = (why: string) =>
    new BuildwrightError({
      code: 'PATH_OUTSIDE_PROJECT',
      message: `Path "${path}" ${why}. Use a path relative to the project root, such as "src/App.tsx".`,
      details: { path },
    });
  if (typeof path !== 'string' || path.trim() === '') throw refuse('is empty');
  if (path.includes('\0')) throw refuse('contains a NUL byte');
  const slashed = path.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[a-zA-Z]:/.test(slashed) || slashed.startsWith('~')) throw refuse('is absolute');
  const segments: string[] = [];
  for (const segment of slashed.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) throw refuse('leaves the project');
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  if (segments.length === 0) throw refuse('names the project root, not a file');
  // One spelling per name: "é" typed precomposed or decomposed is the same file.
  const normalized = segments.join('/').normalize('NFC');
  // Checked again on the result, so `./C:/x`, `a/../~` or `./ ` give what `C:/x`, `~` and ` ` give.
  if (/^[a-zA-Z]:/.test(normalized) || normalized.startsWith('~')) throw refuse('is absolute');
  if (normalized.trim() === '') throw refuse('is empty');
  return normalized;
}
