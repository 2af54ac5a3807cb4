/**
 * Directory names a sandbox's `listFiles` skips: dependencies, build output and dot-directories
 * (the sandbox port's rule, shared by every sandbox adapter).
 *
 * @example
 * const listed = paths.filter((path) => !path.split('/').slice(0, -1).some(isSkippedDirectory));
 */
export function isSkippedDirectory(name: string): boolean {
  return name === 'node_modules' || name === 'dist' || name.startsWith('.');
}
