import { print, type Command } from '../cli-io.js';
import { withStorage } from '../open-storage.js';
import { table } from '../render/table.js';

/**
 * `buildwright versions <project>`: the versions, oldest first (`--json`: one version per line).
 *
 * @example
 * buildwright versions 3f2a9c1e-0d4b-4a8e-9a61-7c2f0e5b1d22
 */
export const versionsCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  const { listVersions } = await import('@buildwright/core');
  const versions = await withStorage(flags, (storage, ownerId) => listVersions({ storage }, { ownerId, projectId: positionals[0]! }));
  if (flags.json) {
    for (const version of versions) print(context, version, '');
    return 0;
  }
  const rows = [
    ['VERSION', 'PARENT', 'FILES', 'CREATED', 'MESSAGE'],
    ...versions.map((version) => [
      String(version.number),
      version.parent === null ? '-' : String(version.parent),
      String(version.fileCount),
      version.createdAt.slice(0, 19).replace('T', ' '),
      version.message.replace(/\s+/g, ' ').slice(0, 80),
    ]),
  ];
  context.stdout.write(`${table(rows)}\n`);
  return 0;
};
