import { print, type Command } from '../cli-io.js';
import { withStorage } from '../open-storage.js';
import { UsageError } from '../usage-error.js';

/**
 * `buildwright git push|pull <project> [--remote <url>] [--branch main]`: two-way Git sync of a
 * project (`gitSync`). The token comes from `BUILDWRIGHT_GIT_TOKEN` or `GITHUB_TOKEN`, the commit
 * author from `BUILDWRIGHT_GIT_AUTHOR` (`Name <email>`).
 *
 * @example
 * buildwright git push 3f2a9c1e-0d4b-4a8e-9a61-7c2f0e5b1d22 --remote https://github.com/acme/todo.git
 */
export const gitCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  const [action, projectId] = positionals as ['push' | 'pull', string];
  const token = context.env.BUILDWRIGHT_GIT_TOKEN ?? context.env.GITHUB_TOKEN;
  const author = parseAuthor(context.env.BUILDWRIGHT_GIT_AUTHOR);
  const { gitSync } = await import('@buildwright/adapters/git');
  const call = { ...(flags.remote ? { remote: flags.remote } : {}), ...(flags.branch ? { branch: flags.branch } : {}) };
  return withStorage(flags, async (storage, ownerId) => {
    const sync = gitSync({ storage, ownerId, ...(token ? { auth: { username: 'x-access-token', password: token } } : {}), ...(author ? { author } : {}) });
    if (action === 'push') {
      const result = await sync.push(projectId, call);
      const where = `${result.link.remote} (${result.link.branch})`;
      print(
        context,
        result,
        result.pushed.length === 0
          ? `Nothing to push: ${where} is at ${result.head?.slice(0, 12) ?? 'no commit'}.`
          : `Pushed versions ${result.pushed.map((entry) => entry.version).join(', ')} to ${where}: ${result.head?.slice(0, 12)}.`,
      );
      return 0;
    }
    const result = await sync.pull(projectId, call);
    const human =
      result.status === 'up-to-date'
        ? `Already up to date with ${result.link.remote} (${result.link.branch}).`
        : `${result.status === 'merged' ? 'Merged' : 'Pulled'} ${result.commits.length} commit${result.commits.length === 1 ? '' : 's'} as version ${result.version?.number} (${result.version?.fileCount} files): ${result.version?.message}`;
    print(context, result, human);
    return 0;
  });
};

function parseAuthor(value: string | undefined): { name: string; email: string } | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const match = /^\s*(.+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(value);
  if (!match) throw new UsageError(`BUILDWRIGHT_GIT_AUTHOR "${value}" is not "Name <email>".`);
  return { name: match[1] as string, email: match[2] as string };
}
