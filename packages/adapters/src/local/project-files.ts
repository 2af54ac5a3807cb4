import { lstat, mkdir, readFile, readdir, readlink, realpath, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { BuildwrightError } from '@buildwright/core';
import { isSkippedDirectory, normalizeProjectDirectory, normalizeProjectPath } from '../internal/project-path.js';

/**
 * Files of one project directory on disk. Every path is checked twice: lexically (no absolute
 * paths, no `..` above the root) and on disk (the nearest existing ancestor, followed through
 * symlinks, must be inside the project), so a symlink the project's own commands created cannot
 * be used to read or write outside it.
 */
export interface ProjectFiles {
  /** Real path of the project directory. */
  root: string;
  read(path: string): Promise<string | undefined>;
  write(path: string, content: string): Promise<void>;
  remove(path: string): Promise<void>;
  list(): Promise<string[]>;
  /** Absolute directory for a command's `cwd`; must exist. */
  directory(path: string | undefined): Promise<string>;
}

export async function openProjectFiles(directory: string): Promise<ProjectFiles> {
  await mkdir(directory, { recursive: true });
  const root = await realpath(directory);

  const outside = (path: string, reason: string): BuildwrightError =>
    new BuildwrightError({
      code: 'PATH_OUTSIDE_PROJECT',
      message: `Path "${path}" leads outside the project (${reason}). Use a path inside the project; symlinks out of it are not followed.`,
      details: { path },
    });

  const inside = (real: string) => real === root || real.startsWith(root + sep);

  /** Checks that `absolute` (or, when it does not exist yet, its nearest existing ancestor) is inside the root. */
  const check = async (path: string, absolute: string): Promise<void> => {
    let probe = absolute;
    for (let hops = 0; hops < 64; hops += 1) {
      try {
        const real = await realpath(probe);
        if (!inside(real)) throw outside(path, `resolves to ${real}`);
        return;
      } catch (error) {
        if (BuildwrightError.isInstance(error)) throw error;
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'ENOTDIR') throw fileError(path, error);
        const link = await lstat(probe).catch(() => undefined);
        // A dangling symlink: writing through it would create its target, so check the target.
        probe = link?.isSymbolicLink() ? resolve(dirname(probe), await readlink(probe)) : dirname(probe);
      }
    }
    throw outside(path, 'too many symlinks');
  };

  const locate = async (path: string, followFinal: boolean): Promise<string> => {
    const absolute = join(root, normalizeProjectPath(path));
    await check(path, followFinal ? absolute : dirname(absolute));
    return absolute;
  };

  return {
    root,
    async read(path) {
      const absolute = await locate(path, true);
      try {
        return await readFile(absolute, 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
        throw fileError(path, error);
      }
    },
    async write(path, content) {
      const absolute = await locate(path, true);
      try {
        await mkdir(dirname(absolute), { recursive: true });
        await writeFile(absolute, content, 'utf8');
      } catch (error) {
        throw fileError(path, error);
      }
    },
    async remove(path) {
      // The final component is unlinked, not followed: removing a symlink that points outside is fine.
      const absolute = await locate(path, false);
      try {
        const entry = await lstat(absolute).catch(() => undefined);
        if (entry?.isDirectory()) throw new BuildwrightError({ code: 'INVALID_INPUT', message: `"${path}" is a directory; removeFile removes files only.`, details: { path } });
        await rm(absolute, { force: true });
      } catch (error) {
        throw BuildwrightError.isInstance(error) ? error : fileError(path, error);
      }
    },
    async list() {
      const found: string[] = [];
      const walk = async (directory: string): Promise<void> => {
        const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
        for (const entry of entries) {
          const absolute = join(directory, entry.name);
          if (entry.isDirectory()) {
            if (!isSkippedDirectory(entry.name)) await walk(absolute);
          } else if (entry.isFile()) {
            found.push(relative(root, absolute).split(sep).join('/'));
          } else if (entry.isSymbolicLink()) {
            // Listed only when it is a file inside the project; linked directories are not walked (no loops, no escapes).
            const real = await realpath(absolute).catch(() => undefined);
            if (real && inside(real) && (await stat(real)).isFile()) found.push(relative(root, absolute).split(sep).join('/'));
          }
        }
      };
      await walk(root);
      return found.sort();
    },
    async directory(path) {
      const normalized = normalizeProjectDirectory(path);
      if (normalized === '') return root;
      const absolute = join(root, normalized);
      await check(path ?? '', absolute);
      const entry = await stat(absolute).catch(() => undefined);
      if (!entry?.isDirectory()) {
        throw new BuildwrightError({ code: 'INVALID_INPUT', message: `Working directory "${path}" does not exist in the project. Create it first or run from the project root.`, details: { path } });
      }
      return absolute;
    },
  };
}

function fileError(path: string, error: unknown): BuildwrightError {
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
  return new BuildwrightError({
    code: 'INVALID_INPUT',
    message: `Cannot use project path "${path}" (${code}): ${error instanceof Error ? error.message : String(error)}`,
    cause: error,
    details: { path, errno: code },
  });
}
