import { print, type Command } from '../cli-io.js';
import { withStorage } from '../open-storage.js';
import { colorsEnabled, createPaint } from '../render/terminal.js';

/**
 * `buildwright diff <project> <from> [to]`: unified diffs per file from one version to another
 * (default: the current one). `--json`: one `{ path, status, patch }` per line.
 *
 * @example
 * buildwright diff 3f2a9c1e-0d4b-4a8e-9a61-7c2f0e5b1d22 1 2
 */
export const diffCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  const [projectId, from, to] = positionals as [string, string, string | undefined];
  const { diffVersions } = await import('@buildwright/core');
  const diffs = await withStorage(flags, (storage, ownerId) => diffVersions({ storage }, { ownerId, projectId, from: Number(from), ...(to === undefined ? {} : { to: Number(to) }) }));
  if (flags.json) {
    for (const diff of diffs) print(context, diff, '');
    return 0;
  }
  if (diffs.length === 0) {
    context.stdout.write(`Versions ${from} and ${to ?? 'current'} have the same files.\n`);
    return 0;
  }
  const paint = createPaint(colorsEnabled(context.stdout, context.env));
  for (const diff of diffs) {
    const colored = diff.patch
      .split('\n')
      .map((line) =>
        line.startsWith('+++') || line.startsWith('---')
          ? paint.bold(line)
          : line.startsWith('+')
            ? paint.green(line)
            : line.startsWith('-')
              ? paint.red(line)
              : line.startsWith('@@')
                ? paint.cyan(line)
                : line,
      )
      .join('\n');
    context.stdout.write(colored.endsWith('\n') ? colored : `${colored}\n`);
  }
  return 0;
};
