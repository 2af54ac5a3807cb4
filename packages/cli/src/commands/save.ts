import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import type { StorageAdapter } from '@buildwright/core';
import { print, type Command } from '../cli-io.js';
import { withStorage } from '../open-storage.js';
import { UsageError } from '../usage-error.js';
import { saveAndCheck, type SavedEdits } from './save-and-check.js';

/**
 * `buildwright save <project> <dir> [--message "..."] [--base n]`: stores a directory edited by
 * hand (say, one `buildwright export --dir` wrote) as the project's next version. Only the
 * changes against the base version are sent: files that differ or are new, and files of the base
 * that the directory no longer has. Dependencies, build output and dot-directories are skipped on
 * both sides (`node_modules/`, `dist/`, `.git/`...). When a run stored a version since the base,
 * nothing is stored and the command says how to save again. `--check` also runs the checks on the
 * saved version (a check run, shown as a run's checks).
 *
 * @example
 * buildwright export 3f2a9c1e-... --dir ./app && $EDITOR ./app/src/App.tsx && buildwright save 3f2a9c1e-... ./app -m "Bigger title"
 */
export const saveCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  const projectId = positionals[0]!;
  const root = resolve(positionals[1]!);
  const { isSkippedDirectory, saveFiles } = await import('@buildwright/core');
  const { files, skippedLinks } = await readTree(root, isSkippedDirectory);
  for (const link of skippedLinks) context.stderr.write(`Skipped ${link}: symbolic links are not saved.\n`);
  const message = flags.message === undefined ? {} : { message: flags.message };
  const edits = (storage: StorageAdapter, ownerId: string) => editsOf(storage, { ownerId, projectId, base: flags.base, files, isSkippedDirectory });
  if (flags.check) return saveAndCheck(context, projectId, edits, message);
  const result = await withStorage(flags, async (storage, ownerId) => saveFiles({ storage }, { ownerId, projectId, ...(await edits(storage, ownerId)), ...message }));
  if (!result.created) {
    print(context, result, `Nothing changed: ${positionals[1]} equals version ${result.version.number}.`);
    return 0;
  }
  print(context, result, `Saved version ${result.version.number} (${result.written.length} written, ${result.deleted.length} deleted, ${result.version.fileCount} files).`);
  return 0;
};

/** The directory's changes against the base version (`--base`, default the current one): files that differ or are new, and files of the base it no longer has. */
async function editsOf(
  storage: StorageAdapter,
  {
    ownerId,
    projectId,
    base: given,
    files,
    isSkippedDirectory,
  }: { ownerId: string; projectId: string; base: number | undefined; files: Record<string, string>; isSkippedDirectory: (name: string) => boolean },
): Promise<SavedEdits> {
  const project = await storage.getProject({ ownerId, projectId });
  if (!project) throw new UsageError(`No project ${projectId} for owner ${ownerId}. List them with buildwright projects list.`);
  const baseVersion = given ?? project.currentVersion;
  const base = baseVersion === null ? {} : ((await storage.getVersionFiles({ ownerId, projectId, number: baseVersion }))?.files ?? {});
  const changed = Object.fromEntries(Object.entries(files).filter(([path, content]) => base[path] !== content));
  const inSkipped = (path: string) => path.split('/').slice(0, -1).some(isSkippedDirectory);
  const deleted = Object.keys(base).filter((path) => !Object.hasOwn(files, path) && !inSkipped(path));
  return { baseVersion, files: changed, deleted };
}

/** Text files under `root` by project path, skipping what the sandbox skips; a file that is not UTF-8 is a usage error. */
async function readTree(root: string, isSkippedDirectory: (name: string) => boolean): Promise<{ files: Record<string, string>; skippedLinks: string[] }> {
  const stat = await lstat(root).catch(() => undefined);
  if (!stat?.isDirectory()) throw new UsageError(`${root} is not a directory: give the directory holding the project's files.`);
  const files: Record<string, string> = {};
  const skippedLinks: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const walk = async (directory: string): Promise<void> => {
    for (const entry of await readdir(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      const projectPath = relative(root, path).split(sep).join('/');
      if (entry.isSymbolicLink()) skippedLinks.push(projectPath);
      else if (entry.isDirectory()) {
        if (!isSkippedDirectory(entry.name)) await walk(path);
      } else if (entry.isFile()) {
        try {
          files[projectPath] = decoder.decode(await readFile(path));
        } catch {
          throw new UsageError(`${projectPath} is not UTF-8 text: a project holds text files only. Move it out of ${root} (or load it at run time).`);
        }
      }
    }
  };
  await walk(root);
  return { files, skippedLinks };
}
