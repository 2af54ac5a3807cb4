import { print, type Command } from '../cli-io.js';
import { withStorage } from '../open-storage.js';
import { formatCost } from '../render/format.js';
import { table } from '../render/table.js';

/**
 * `buildwright show <project>`: the project, its versions and its runs (`--json`: one object).
 *
 * @example
 * buildwright show 3f2a9c1e-0d4b-4a8e-9a61-7c2f0e5b1d22
 */
export const showCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  const projectId = positionals[0]!;
  const { listVersions } = await import('@buildwright/core');
  const { project, versions, runs } = await withStorage(flags, async (storage, ownerId) => {
    const versions = await listVersions({ storage }, { ownerId, projectId });
    const [project, runs] = await Promise.all([storage.getProject({ ownerId, projectId }), storage.listRuns({ ownerId, projectId })]);
    return { project: project!, versions, runs };
  });
  const lines = [
    `${project.name}`,
    `  id        ${project.id}`,
    `  kind      ${project.kind}`,
    `  version   ${project.currentVersion ?? '-'} (${versions.length} stored)`,
    `  created   ${project.createdAt}`,
    '',
    'Runs:',
    table([
      ['RUN', 'MODE', 'STATUS', 'COST', 'CREATED', 'PROMPT / ERROR'],
      ...runs.map((run) => [
        run.id,
        run.mode,
        run.status,
        formatCost(run.costUsd),
        run.createdAt.slice(0, 19).replace('T', ' '),
        run.error ? `${run.error.code}: ${run.error.message}` : oneLine(run.prompt),
      ]),
    ]),
  ];
  print(context, { project, versions, runs }, lines.join('\n'));
  return 0;
};

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 70 ? `${line.slice(0, 69)}…` : line;
}
