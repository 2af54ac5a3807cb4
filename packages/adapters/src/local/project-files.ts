import { randomUUID } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { lstat, mkdir, open, readdir, readlink, realpath, rename, stat, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { BuildwrightError, isSkippedDirectory, projectDirectory, projectPath } from '@buildwright/core';

/**
 * Files of one project directory on disk. Every path is checked twice: lexically (no absolute
 * paths, no `..` above the root) and on disk (the nearest existing ancestor, followed through
 * symlinks, must be inside the project), so a symlink the project's own commands created cannot
 * be used to read or write outside it.
 *
 * The project's commands keep running while this process reads and writes (the check worker, a
 * preview server, whatever they left behind), so a check followed by a path operation could be
 * raced: a directory swapped for a symlink in between sends a write of this process (as its
 * user) anywhere on the host. So writes and removals walk the path one directory at a time from
 * open descriptors, resolving symlinked directories themselves (followed only while they stay
 * inside the project, never into node_modules from elsewhere), and a write replaces the file (a
 * new file renamed into place) instead of writing through whatever is at the path: never through
 * a symlink or a hard link, which could be a dependency package file that the dependency cache
 * shares with other projects. Reads check where the opened file really is before reading it.
 */
export interface ProjectFiles {
  /** Real path of the project directory. */
  root: string;
  read(path: string): Promise<string | undefined>;
  /** The file's bytes, unchanged (built assets: images, fonts, wasm). */
  readBytes(path: string): Promise<Uint8Array | undefined>;
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

  /**
   * Opens the project directory `segments` one component at a time, each through its parent's
   * descriptor with O_NOFOLLOW (creating missing ones when `create`). A symlinked directory is
   * resolved here, by reading the link and walking on along its target, so it is followed only
   * while it stays inside the project, and a component swapped for a symlink meanwhile is caught
   * rather than followed. A path that only reaches node_modules through a symlink is refused:
   * the project may not write its installed dependencies.
   */
  const openDirectory = async (path: string, segments: string[], create: boolean): Promise<OpenDirectory> => {
    const pending = [...segments];
    const real: string[] = [];
    let links = 0;
    let current = await openDirectoryHandle(root);
    try {
      while (pending.length > 0) {
        const segment = pending.shift()!;
        if (segment === '' || segment === '.') continue;
        if (segment === '..') {
          if (real.length === 0) throw outside(path, 'a symlink in it leads above the project root');
          // Walk again from the root: the parent is reopened the same checked way.
          pending.unshift(...real.slice(0, -1));
          real.length = 0;
          await current.close();
          current = await openDirectoryHandle(root);
          continue;
        }
        if (real.length === 0 && segment === 'node_modules' && segments[0] !== 'node_modules') {
          throw new BuildwrightError({
            code: 'PATH_PROTECTED',
            message: `Path "${path}" leads into node_modules through a symlink: the project may not write its installed dependencies. Use a path in a real directory of the project.`,
            details: { path },
          });
        }
        const child = current.child(segment);
        if (create) {
          await mkdir(child).catch((error: NodeJS.ErrnoException) => {
            if (error.code !== 'EEXIST') throw error;
          });
        }
        const next = await openDirectoryHandle(child).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ELOOP' && error.code !== 'ENOTDIR') throw error;
          const target = await readlink(child).catch(() => undefined);
          if (target === undefined) throw error;
          if ((links += 1) > 40) throw outside(path, 'too many symlinks');
          const at = [...real, segment].join('/');
          if (target.startsWith('/')) {
            if (target !== root && !target.startsWith(root + sep)) throw outside(path, `${at} links to ${target}`);
            pending.unshift(...relative(root, target).split(sep));
            real.length = 0;
            await current.close();
            current = await openDirectoryHandle(root);
          } else {
            pending.unshift(...target.split('/'));
          }
          return undefined;
        });
        if (!next) continue;
        await current.close();
        current = next;
        real.push(segment);
      }
      return current;
    } catch (error) {
      await current.close();
      throw BuildwrightError.isInstance(error) ? error : fileError(path, error);
    }
  };

  const locate = async (path: string, followFinal: boolean): Promise<string> => {
    const absolute = join(root, projectPath(path));
    await check(path, followFinal ? absolute : dirname(absolute));
    return absolute;
  };

  const readBytes = async (path: string): Promise<Buffer | undefined> => {
    const absolute = await locate(path, true);
    let handle: FileHandle;
    try {
      // Non-blocking: a FIFO left at the path must not hang this process.
      handle = await open(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      throw fileError(path, error);
    }
    try {
      // Where the opened file really is, whatever the path pointed at when it was checked.
      const opened = await openedPath(handle, absolute);
      if (!inside(opened)) throw outside(path, `resolves to ${opened}`);
      if (!(await handle.stat()).isFile()) throw new BuildwrightError({ code: 'INVALID_INPUT', message: `"${path}" is not a regular file.`, details: { path } });
      return await handle.readFile();
    } catch (error) {
      throw BuildwrightError.isInstance(error) ? error : fileError(path, error);
    } finally {
      await handle.close();
    }
  };

  return {
    root,
    read: async (path) => (await readBytes(path))?.toString('utf8'),
    readBytes: async (path) => {
      const bytes = await readBytes(path);
      return bytes && new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    },
    async write(path, content) {
      await locate(path, true);
      const segments = projectPath(path).split('/');
      const name = segments.pop()!;
      const directory = await openDirectory(path, segments, true);
      const temporary = directory.child(`.${name}.${randomUUID().slice(0, 8)}.tmp`);
      try {
        const existing = await lstat(directory.child(name)).catch(() => undefined);
        const file = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, existing?.isFile() ? existing.mode & 0o777 : 0o644);
        try {
          await file.writeFile(content, 'utf8');
        } finally {
          await file.close();
        }
        // Replaces what is at the name (a symlink or a hard link included) instead of writing through it.
        await rename(temporary, directory.child(name));
      } catch (error) {
        await unlink(temporary).catch(() => {});
        throw fileError(path, error);
      } finally {
        await directory.close();
      }
    },
    async remove(path) {
      // The final component is unlinked, not followed: removing a symlink that points outside is fine.
      await locate(path, false);
      const segments = projectPath(path).split('/');
      const name = segments.pop()!;
      const directory = await openDirectory(path, segments, false).catch((error: unknown) => {
        if (BuildwrightError.isInstance(error) && (error.details as { errno?: string } | undefined)?.errno === 'ENOENT') return undefined;
        throw error;
      });
      if (!directory) return;
      try {
        const entry = await lstat(directory.child(name)).catch(() => undefined);
        if (entry?.isDirectory()) throw new BuildwrightError({ code: 'INVALID_INPUT', message: `"${path}" is a directory; removeFile removes files only.`, details: { path } });
        if (entry) await unlink(directory.child(name));
      } catch (error) {
        throw BuildwrightError.isInstance(error) ? error : fileError(path, error);
      } finally {
        await directory.close();
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
      const normalized = projectDirectory(path);
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

/** An open directory: its children are named through its descriptor, so renaming or replacing its path meanwhile changes nothing. */
interface OpenDirectory {
  child(name: string): string;
  close(): Promise<void>;
}

/** Linux names an open descriptor's directory as /proc/self/fd/N; elsewhere paths are used (a race can then still swap a component). */
let descriptorPathsFound: boolean | undefined;
const descriptorPaths = () => (descriptorPathsFound ??= existsSync('/proc/self/fd'));

async function openDirectoryHandle(path: string): Promise<OpenDirectory> {
  const handle = await open(path, constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW);
  const base = descriptorPaths() ? `/proc/self/fd/${handle.fd}` : path;
  return { child: (name) => `${base}/${name}`, close: () => handle.close() };
}

/** The path of the file an open descriptor refers to (Linux); elsewhere the real path of `fallback`. */
async function openedPath(handle: FileHandle, fallback: string): Promise<string> {
  if (!descriptorPaths()) return realpath(fallback);
  return (await readlink(`/proc/self/fd/${handle.fd}`)).replace(/ \(deleted\)$/, '');
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
