/** Directory names `listFiles` skips: dependencies, build output and dot-directories. */
export function isSkippedDirectory(name: string): boolean {
  return name === 'node_modules' || name === 'dist' || name.startsWith('.');
}
