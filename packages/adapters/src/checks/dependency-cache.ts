import { spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { lstat, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { scratchDirectories } from '../internal/node-modules-scratch.js';

/** The dependency ranges that decide what `node_modules` holds. */
export type DependencySet = Record<string, string>;

/** File written into a project's node_modules naming the dependency set it was installed for. */
export const installedMarker = '.buildwright-deps';

/** File in a project's node_modules when its files are hard links into the cache (never to be written). */
export const linkedMarker = '.buildwright-linked';

/** What of a project's node_modules is the project's own (markers, scratch), never copied into the cache. */
const projectOnly = [installedMarker, linkedMarker, ...scratchDirectories];

/** `dependencies` + `devDependencies` (+ optional) of a package.json, as one sorted record. */
export function dependencySet(manifest: { dependencies?: Record<string, string>; devDependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }): DependencySet {
  const entries = [
    ...Object.entries(manifest.dependencies ?? {}).map(([name, range]) => [`${name}`, range] as const),
    ...Object.entries(manifest.devDependencies ?? {}).map(([name, range]) => [`dev:${name}`, range] as const),
    ...Object.entries(manifest.optionalDependencies ?? {}).map(([name, range]) => [`optional:${name}`, range] as const),
  ];
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Stable key of a dependency set (and the Node major, since native packages differ by it). */
export function dependencyKey(set: DependencySet): string {
  return createHash('sha256')
    .update(JSON.stringify({ node: process.versions.node.split('.')[0], set }))
    .digest('hex')
    .slice(0, 24);
}

/**
 * A shared cache of installed `node_modules` folders, one per dependency set, on this machine:
 * `<directory>/<key>/node_modules`. An exact restore hard-links the files (`cp -al`), so a new
 * project with the same dependencies installs in well under a second without the network; the
 * local sandbox mounts node_modules read-only into every command, so no project can write a
 * shared file. Anything that writes packages (npm) works on a copy: `restoreClosest` copies,
 * `detach` drops a linked tree before an install, and `store` copies into the cache. The methods
 * that copy take `{ signal }`: its abort kills the copy under way and rejects with its reason.
 */
export interface DependencyCache {
  readonly directory: string;
  /**
   * Places the cached node_modules of exactly `set` into `projectDirectory`; false when not cached.
   * `link` (default) hard-links: only for a sandbox that mounts node_modules read-only into its
   * commands. `copy` for any other. An abort leaves node_modules without its marker (the next
   * restore or install replaces it).
   */
  restore(projectDirectory: string, set: DependencySet, how?: 'link' | 'copy', options?: { signal?: AbortSignal }): Promise<boolean>;
  /** Restores the largest cached set contained in `set` (so only the extra packages need installing); false when none. */
  restoreClosest(projectDirectory: string, set: DependencySet, options?: { signal?: AbortSignal }): Promise<boolean>;
  /** Copies the project's node_modules (its packages, not its markers or scratch) into the cache under `set`; an abort publishes nothing. */
  store(projectDirectory: string, set: DependencySet, options?: { signal?: AbortSignal }): Promise<void>;
  /** Removes the project's node_modules when it is hard-linked to the cache, so that an install cannot write shared files. */
  detach(projectDirectory: string): Promise<void>;
}

/**
 * The default cache directory: `~/.cache/buildwright/deps` (or `$BUILDWRIGHT_CACHE_DIR/deps`).
 *
 * @example
 * import { defaultDependencyCacheDirectory } from '@buildwright/adapters/checks';
 *
 * console.log(defaultDependencyCacheDirectory()); // /home/me/.cache/buildwright/deps
 */
export function defaultDependencyCacheDirectory(): string {
  return join(process.env.BUILDWRIGHT_CACHE_DIR ?? join(homedir(), '.cache', 'buildwright'), 'deps');
}

/**
 * Opens the shared `node_modules` cache (see `DependencyCache`). `installCheck` uses it; use it
 * directly to warm the cache ahead of time.
 *
 * @example
 * import { dependencyCache } from '@buildwright/adapters/checks';
 *
 * const cache = dependencyCache();
 * const set = { react: '19.3.1', 'react-dom': '19.3.1' };
 * if (!(await cache.restore('/path/to/project', set))) {
 *   // install in the project, then: await cache.store('/path/to/project', set);
 * }
 */
export function dependencyCache(directory = defaultDependencyCacheDirectory()): DependencyCache {
  const entryOf = (set: DependencySet) => join(directory, dependencyKey(set));

  const placeInto = async (entry: string, projectDirectory: string, how: 'link' | 'copy', signal?: AbortSignal) => {
    const target = join(projectDirectory, 'node_modules');
    await emptyNodeModules(target);
    await copyTree(join(entry, 'node_modules'), target, how, signal);
    if (how === 'link') await writeFile(join(target, linkedMarker), 'hard links into the dependency cache: never write these files\n');
  };

  return {
    directory,
    async restore(projectDirectory, set, how = 'link', { signal } = {}) {
      const entry = entryOf(set);
      if (!(await isDirectory(join(entry, 'node_modules')))) return false;
      await placeInto(entry, projectDirectory, how, signal);
      await writeFile(join(projectDirectory, 'node_modules', installedMarker), `${dependencyKey(set)}\n`);
      return true;
    },
    async restoreClosest(projectDirectory, set, { signal } = {}) {
      const names = await readdir(directory).catch(() => [] as string[]);
      let best: { entry: string; set: DependencySet; size: number } | undefined;
      for (const name of names) {
        const entry = join(directory, name);
        const cached = await readFile(join(entry, 'deps.json'), 'utf8').then(
          (text) => JSON.parse(text) as DependencySet,
          () => undefined,
        );
        if (!cached) continue;
        const size = Object.keys(cached).length;
        const contained = Object.entries(cached).every(([name, range]) => set[name] === range);
        if (contained && size > (best?.size ?? 0)) best = { entry, set: cached, size };
      }
      if (!best) return false;
      // A copy: npm adds the extra packages to it. No marker yet: the full set is not there.
      await placeInto(best.entry, projectDirectory, 'copy', signal);
      return true;
    },
    async store(projectDirectory, set, { signal } = {}) {
      const entry = entryOf(set);
      if (await isDirectory(join(entry, 'node_modules'))) return;
      await mkdir(directory, { recursive: true });
      const temporary = `${entry}.tmp-${randomUUID()}`;
      try {
        await mkdir(temporary);
        await copyTree(join(projectDirectory, 'node_modules'), join(temporary, 'node_modules'), 'copy', signal);
        for (const name of projectOnly) await rm(join(temporary, 'node_modules', name), { recursive: true, force: true });
        await writeFile(join(temporary, 'deps.json'), `${JSON.stringify(set, null, 2)}\n`);
        // Atomic publish; when another install stored the same set first, keep theirs.
        await rename(temporary, entry).catch(() => undefined);
      } finally {
        await rm(temporary, { recursive: true, force: true });
      }
    },
    async detach(projectDirectory) {
      const target = join(projectDirectory, 'node_modules');
      if (
        await stat(join(target, linkedMarker)).then(
          () => true,
          () => false,
        )
      )
        await emptyNodeModules(target);
    },
  };
}

/**
 * Empties a node_modules directory, keeping the directory itself and the scratch directories
 * (emptied too). A sandbox mounts node_modules read-only into its commands, and a command that
 * runs while packages are placed must see them through that mount: a directory removed and made
 * again would drop the mount and show the new packages (hard links into the cache) writable
 * through the project's own mount.
 */
async function emptyNodeModules(directory: string): Promise<void> {
  const entry = await lstat(directory).catch(() => undefined);
  if (entry && !entry.isDirectory()) await rm(directory, { force: true });
  await mkdir(directory, { recursive: true });
  await emptyDirectory(directory, async (name, path) => scratchDirectories.includes(name) && (await isDirectory(path, lstat)));
}

/** Removes what `directory` holds; directories `keep` names are emptied instead. Retries what a command writing there meanwhile makes fail (ENOTEMPTY). */
async function emptyDirectory(directory: string, keep: (name: string, path: string) => Promise<boolean> = async () => false): Promise<void> {
  const names = await readdir(directory).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const path = join(directory, name);
      if (await keep(name, path)) await emptyDirectory(path);
      else await rm(path, { recursive: true, force: true, maxRetries: 5 });
    }),
  );
}

/**
 * Copies the contents of `from` into the directory `to` (made when missing): `cp -al` (hard links;
 * a plain copy across filesystems) or a copy (reflinked where the filesystem can). An abort kills
 * the copy, empties `to` of what it copied and rejects with the signal's reason.
 */
async function copyTree(from: string, to: string, how: 'link' | 'copy', signal?: AbortSignal): Promise<void> {
  // Not started at all once aborted: a `cp` spawned with an aborted signal is killed only after it started, and may have copied by then.
  signal?.throwIfAborted();
  await mkdir(to, { recursive: true });
  const copy = async (args: string[]) => {
    try {
      await runCopy([...args, `${from}/.`, to], signal);
    } catch (error) {
      if (!signal?.aborted) throw error;
      // What a killed copy left is not a usable tree.
      await emptyNodeModules(to);
      throw signal.reason;
    }
  };
  if (how === 'link') {
    try {
      await copy(['-al']);
      return;
    } catch (error) {
      if (signal?.aborted) throw error;
      await emptyNodeModules(to);
    }
  }
  await copy(['-a', '--reflink=auto']);
}

async function isDirectory(path: string, how: typeof stat = stat): Promise<boolean> {
  return how(path).then(
    (entry) => entry.isDirectory(),
    () => false,
  );
}

/** Runs `cp`; an abort kills it, and the answer comes once it has exited (nothing copies after that). */
function runCopy(args: string[], signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    // An abort listener added now would never be called.
    if (signal?.aborted) return reject(signal.reason);
    const child = spawn('cp', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    const kill = () => child.kill('SIGKILL');
    signal?.addEventListener('abort', kill, { once: true });
    child.once('error', reject);
    child.once('exit', (code, killedBy) => {
      signal?.removeEventListener('abort', kill);
      if (code === 0) resolve();
      else reject(new Error(`cp ${args.join(' ')} failed (${killedBy ?? `exit code ${code}`}): ${stderr.trim()}`));
    });
  });
}
