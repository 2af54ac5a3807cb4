import { print, type Command } from '../cli-io.js';
import { withStorage } from '../open-storage.js';

/**
 * `buildwright restore <project> <version>`: a new version whose files equal an old one's.
 *
 * @example
 * buildwright restore 3f2a9c1e-0d4b-4a8e-9a61-7c2f0e5b1d22 1
 */
export const restoreCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  const number = Number(positionals[1]);
  const { restoreVersion } = await import('@buildwright/core');
  const version = await withStorage(flags, (storage, ownerId) => restoreVersion({ storage }, { ownerId, projectId: positionals[0]!, number }));
  print(context, version, `Restored version ${number} as version ${version.number} (${version.fileCount} files).`);
  return 0;
};
