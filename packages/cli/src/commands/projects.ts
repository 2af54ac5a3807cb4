import { sandboxFromFlags } from '../adapters-from-flags.js';
import { print, type Command } from '../cli-io.js';
import { withStorage } from '../open-storage.js';
import { printProjects } from '../render/project-list.js';
import { UsageError } from '../usage-error.js';

/**
 * `buildwright projects list [--query text] [--limit n]`, `projects rename <project> "<name>"`,
 * `projects delete <project>`: manage the owner's projects. `list` prints every page, newest
 * first (`--limit` caps the total); `delete` removes the project with its runs, events and
 * versions, and its sandbox's files (`--sandbox`'s `remove`), and is refused while one of its runs
 * is in progress.
 *
 * @example
 * buildwright projects list --query todo
 * buildwright projects rename 3f2a9c1e-... "Todo v2"
 */
export const projectsCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  const [action, projectId, name] = positionals as [string, string | undefined, string | undefined];
  if (action === 'list') {
    if (projectId !== undefined) throw new UsageError('projects list takes no project: use --query to search. Usage: buildwright projects list [--query text] [--limit n]');
    const { searchProjects } = await import('@buildwright/core');
    const projects = await withStorage(flags, async (storage, ownerId) => {
      const found = [];
      let cursor: string | null = null;
      do {
        const page = await searchProjects({ storage }, { ownerId, limit: 100, ...(flags.query ? { query: flags.query } : {}), ...(cursor ? { cursor } : {}) });
        found.push(...page.projects);
        cursor = page.nextCursor;
      } while (cursor && (flags.limit === undefined || found.length < flags.limit));
      return flags.limit === undefined ? found : found.slice(0, flags.limit);
    });
    printProjects(context, projects, flags.query ? `No project matches "${flags.query}".` : 'No projects yet. Try: buildwright demo');
    return 0;
  }
  if (projectId === undefined) throw new UsageError(`projects ${action} needs a project. Usage: buildwright projects ${action} <project>${action === 'rename' ? ' "<name>"' : ''}`);
  if (action === 'rename') {
    if (name === undefined) throw new UsageError('projects rename needs the new name. Usage: buildwright projects rename <project> "<name>"');
    const { renameProject } = await import('@buildwright/core');
    const project = await withStorage(flags, (storage, ownerId) => renameProject({ storage }, { ownerId, projectId, name }));
    print(context, project, `Renamed ${project.id} to "${project.name}".`);
    return 0;
  }
  if (name !== undefined) throw new UsageError(`projects delete got an unexpected argument "${name.slice(0, 40)}". Usage: buildwright projects delete <project>`);
  // Resolved first: a --sandbox that cannot be used is bad usage before anything is deleted.
  const sandbox = await sandboxFromFlags(flags);
  await withStorage(flags, (storage, ownerId) => storage.deleteProject({ ownerId, projectId }));
  // The project's sandbox (a local sandbox's directory with its files) goes with it.
  await sandbox.remove?.({ projectId });
  print(context, { id: projectId, deleted: true }, `Deleted project ${projectId} with its runs, versions and sandbox files.`);
  return 0;
};
