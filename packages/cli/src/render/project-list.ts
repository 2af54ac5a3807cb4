import type { ProjectRecord } from '@buildwright/core';
import { print, type CommandContext } from '../cli-io.js';
import { table } from './table.js';

/**
 * Prints projects: one JSON object per line with `--json`, else a table, or `empty` when there are none.
 *
 * @example
 * printProjects(context, projects, 'No projects yet. Try: buildwright demo');
 */
export function printProjects(context: CommandContext, projects: readonly ProjectRecord[], empty: string): void {
  if (context.args.flags.json) {
    for (const project of projects) print(context, project, '');
    return;
  }
  if (projects.length === 0) {
    context.stdout.write(`${empty}\n`);
    return;
  }
  const rows = [
    ['ID', 'KIND', 'VERSION', 'UPDATED', 'NAME'],
    ...projects.map((project) => [project.id, project.kind, project.currentVersion === null ? '-' : String(project.currentVersion), project.updatedAt.slice(0, 19).replace('T', ' '), project.name]),
  ];
  context.stdout.write(`${table(rows)}\n`);
}
