import { print, type Command } from '../cli-io.js';
import { defaultStorage, storageFromFlags } from '../adapters-from-flags.js';
import { table } from '../render/table.js';

/**
 * `buildwright list`: the owner's projects, newest first (`--json`: one project per line).
 *
 * @example
 * buildwright list --json | jq -r .id
 */
export const listCommand: Command = async (context) => {
  const { flags } = context.args;
  const resolved = await storageFromFlags(flags, { readOnly: true });
  const projects = resolved ? await resolved.storage.listProjects({ ownerId: flags.owner ?? 'local' }).finally(() => resolved.storage.close()) : [];
  if (flags.json) {
    for (const project of projects) print(context, project, '');
    return 0;
  }
  if (projects.length === 0) {
    const where = resolved ? resolved.label : (flags.storage ?? defaultStorage);
    context.stdout.write(`No projects in ${where} yet. Try: buildwright demo\n`);
    return 0;
  }
  const rows = [
    ['ID', 'KIND', 'VERSION', 'UPDATED', 'NAME'],
    ...projects.map((project) => [project.id, project.kind, project.currentVersion === null ? '-' : String(project.currentVersion), project.updatedAt.slice(0, 19).replace('T', ' '), project.name]),
  ];
  context.stdout.write(`${table(rows)}\n`);
  return 0;
};
