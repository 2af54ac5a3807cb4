import { BuildwrightError } from '@buildwright/client';

/**
 * The one path rule of a project, used by the file protocol, imports and every sandbox adapter.
 * Normalizes a project-relative path (`./src//App.tsx` → `src/App.tsx`, `src\App.tsx` →
 * `src/App.tsx`, Unicode NFC) and refuses with `PATH_OUTSIDE_PROJECT` any path that could leave
 * the project: empty, absolute (`/x`, `\x`, `C:`), a home directory (`~`, `~/x`, `~user/x`), a NUL
 * byte, a `..` that climbs above the root, or the root itself. A blank name (`" "`, `src/ /x`) is
 * `PATH_INVALID`. Symlinks are the sandbox's to refuse, since only it sees the disk.
 *
 * @example
 * projectPath('src/../src/App.tsx'); // 'src/App.tsx'
 * projectPath('src\\App.tsx');       // 'src/App.tsx'
 * projectPath('../../etc/passwd');   // throws PATH_OUTSIDE_PROJECT
 * projectPath(' ');                  // throws PATH_INVALID
 */
export function projectPath(path: string): string {
  const refuse = (why: string) =>
    new BuildwrightError({
      code: 'PATH_OUTSIDE_PROJECT',
      message: `Path "${path}" ${why}. Use a path relative to the project root, such as "src/App.tsx".`,
      details: { path },
    });
  if (typeof path !== 'string' || path === '') throw refuse('is empty');
  if (path.includes('\0')) throw refuse('contains a NUL byte');
  // Backslashes are separators, as on Windows and in ZIPs made there.
  const slashed = path.replaceAll('\\', '/');
  if (slashed.startsWith('/') || /^[a-zA-Z]:/.test(slashed)) throw refuse('is absolute');
  if (slashed.startsWith('~')) throw refuse('starts with "~", which a shell reads as a home directory');
  const segments: string[] = [];
  for (const segment of slashed.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment.trim() === '') {
      throw new BuildwrightError({
        code: 'PATH_INVALID',
        message: `Path "${path}" has a blank name (only spaces). Use a visible name such as "src/App.tsx".`,
        details: { path },
      });
    }
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
  // Checked again on the result, so `./C:/x` and `a/../~x` give what `C:/x` and `~x` give.
  if (/^[a-zA-Z]:/.test(normalized)) throw refuse('is absolute');
  if (normalized.startsWith('~')) throw refuse('starts with "~", which a shell reads as a home directory');
  return normalized;
}

/**
 * A command's working directory under the same rule: `undefined`, `""`, `"."` and `"./"` mean the
 * project root (`""`); anything else must pass `projectPath`.
 *
 * @example
 * projectDirectory(undefined); // ''
 * projectDirectory('./web/');  // 'web'
 */
export function projectDirectory(path: string | undefined): string {
  if (path === undefined || path === '' || path === '.' || path === './') return '';
  return projectPath(path);
}
