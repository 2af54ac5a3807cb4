import { BuildwrightError, checkImportFiles, type ImportLimits } from '@buildwright/core';
import type * as IsomorphicGit from 'isomorphic-git';
import type { FsClient } from 'isomorphic-git';

/** A scratch repository on disk: isomorphic-git, the fs it writes with, and its directory. */
export interface ScratchRepository {
  git: typeof IsomorphicGit;
  fs: FsClient;
  dir: string;
  /** isomorphic-git's object cache, shared by the calls of one sync. */
  cache: object;
}

/** A commit's author and committer. */
export interface GitAuthor {
  name: string;
  email: string;
}

type Directory = Map<string, string | Directory>;

/**
 * Writes `files` (path → UTF-8 text) as blobs and trees and returns the root tree's id. The same
 * files always give the same id, so a version's commit is the same whenever it is made.
 */
export async function writeFilesTree(repository: ScratchRepository, files: Record<string, string>): Promise<string> {
  const { git, fs, dir } = repository;
  const encoder = new TextEncoder();
  const root: Directory = new Map();
  for (const [path, content] of Object.entries(files)) {
    const names = path.split('/');
    let directory = root;
    for (const name of names.slice(0, -1)) {
      let next = directory.get(name);
      if (typeof next !== 'object') {
        next = new Map();
        directory.set(name, next);
      }
      directory = next;
    }
    directory.set(names.at(-1) as string, await git.writeBlob({ fs, dir, blob: encoder.encode(content) }));
  }
  const writeDirectory = async (directory: Directory): Promise<string> => {
    const tree: IsomorphicGit.TreeEntry[] = [];
    for (const [name, entry] of directory) {
      if (typeof entry === 'string') tree.push({ mode: '100644', path: name, oid: entry, type: 'blob' });
      else tree.push({ mode: '040000', path: name, oid: await writeDirectory(entry), type: 'tree' });
    }
    return git.writeTree({ fs, dir, tree });
  };
  return writeDirectory(root);
}

/**
 * Makes a commit of `files` on `parents` and returns its id. Author and committer time is `at`, so
 * the same version on the same parents with the same author is always the same commit: a push cut
 * off after the remote took it finds its own commit there.
 */
export async function writeFilesCommit(repository: ScratchRepository, input: { files: Record<string, string>; parents: string[]; message: string; author: GitAuthor; at: string }): Promise<string> {
  const { git, fs, dir } = repository;
  const tree = await writeFilesTree(repository, input.files);
  const person = { ...input.author, timestamp: Math.floor(Date.parse(input.at) / 1000), timezoneOffset: 0 };
  return git.writeCommit({ fs, dir, commit: { message: input.message.endsWith('\n') ? input.message : `${input.message}\n`, tree, parent: input.parents, author: person, committer: person } });
}

/**
 * The files of a commit or tree as text, checked as an import is (paths, protected paths, size and
 * count). Throws `IMPORT_REJECTED` naming the entries a version cannot hold (binary files, symbolic
 * links, submodules): nothing is stored, rather than a version that drops them and a push that
 * would delete them from the remote.
 */
export async function readFiles(repository: ScratchRepository, oid: string, limits?: ImportLimits): Promise<Record<string, string>> {
  const { git, fs, dir, cache } = repository;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const files: Record<string, string> = {};
  const unsupported: string[] = [];
  const readDirectory = async (treeOid: string, prefix: string): Promise<void> => {
    const { tree } = await git.readTree({ fs, dir, oid: treeOid, cache });
    for (const entry of tree) {
      const path = `${prefix}${entry.path}`;
      if (entry.type === 'tree') await readDirectory(entry.oid, `${path}/`);
      else if (entry.type !== 'blob' || entry.mode === '120000') unsupported.push(`${path} (${entry.type === 'commit' ? 'submodule' : 'symbolic link'})`);
      else {
        const { blob } = await git.readBlob({ fs, dir, oid: entry.oid, cache });
        try {
          files[path] = decoder.decode(blob);
        } catch {
          unsupported.push(`${path} (binary)`);
        }
      }
    }
  };
  await readDirectory(oid, '');
  if (unsupported.length > 0) {
    throw new BuildwrightError({
      code: 'IMPORT_REJECTED',
      docsPage: 'git-sync.md#what-a-version-can-hold',
      message: `Pull refused: a version holds UTF-8 text files only, and the remote commit has ${unsupported.slice(0, 5).join(', ')}${unsupported.length > 5 ? ` and ${unsupported.length - 5} more` : ''}. Remove them from the branch (or keep them in another branch), then pull again. Nothing was stored.`,
      details: { reason: 'encoding', paths: unsupported },
    });
  }
  return checkImportFiles(files, limits);
}
