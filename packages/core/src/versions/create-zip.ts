import { strToU8, zipSync } from 'fflate';

/**
 * A ZIP archive (deflate) of a set of text files, paths as given.
 *
 * @example
 * const bytes = createZip({ 'package.json': '{}', 'src/App.tsx': source });
 * await writeFile('app.zip', bytes);
 */
export function createZip(files: Record<string, string>): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const [path, content] of Object.entries(files)) entries[path] = strToU8(content);
  return zipSync(entries, { level: 6 });
}
