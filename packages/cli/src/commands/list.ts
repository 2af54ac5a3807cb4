import type { Command } from '../cli-io.js';
import { defaultStorage, storageFromFlags } from '../adapters-from-flags.js';
import { printProjects } from '../render/project-list.js';

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
  const where = resolved ? resolved.label : (flags.storage ?? defaultStorage);
  printProjects(context, projects, `No projects in ${where} yet. Try: buildwright demo`);
  return 0;
};
