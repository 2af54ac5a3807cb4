import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { copyFile, link, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { constants } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { BuildwrightError } from '@buildwright/core';

/** Name of the lock file inside a PGlite data directory. */
export const lockFileName = 'buildwright.lock';

/** What a lock file holds: who holds the directory. */
export interface LockHolder {
  pid: number;
  hostname: string;
  /** When the lock was taken (ISO 8601). */
  acquiredAt: string;
  /** Start time of the holding process (Linux `/proc/<pid>/stat`), to tell a reused pid apart. */
  processStart: string | null;
  /** Unique per acquisition: release removes only its own lock. */
  token: string;
}

/** A held data directory lock. */
export interface DataDirLock {
  /** Absolute path of the lock file. */
  readonly path: string;
  /** Removes the lock file if it is still this lock's. Safe to call twice. */
  release(): Promise<void>;
}

// Locks held by this process (token → lock file path), shared by every copy of this module: a
// lock file naming this pid is live only when its token is here (else an earlier process that
// had the same pid, as in containers, left it), and the exit hook removes what is still held.
const heldKey = Symbol.for('buildwright.pglite.heldLocks');
const held: Map<string, string> = ((globalThis as Record<symbol, unknown>)[heldKey] as Map<string, string> | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[heldKey] = held;
let exitHookInstalled = false;

/**
 * Takes the one-process lock of a PGlite data directory: a `buildwright.lock` file created
 * atomically (`open(path, 'wx')`) holding the pid, host, process start time and a token. A lock
 * whose process is gone (killed, crashed) is stale and taken over; a live one is refused with
 * `STORAGE_LOCKED` naming its pid. Released by `release()` and, when the process exits without
 * closing, by an exit hook; after a SIGKILL the next opener finds the pid dead and takes over.
 *
 * Node has no `flock`, and the npm packages that do (`fs-ext`, `os-lock`) are native addons built
 * at install time, so this is a pid lock file with a liveness check. Its limits: one machine and
 * one pid namespace (a directory shared by two containers is not protected), and a lock whose pid
 * now belongs to an unrelated process is refused (safe) until that process ends or the file is
 * deleted; on Linux the process start time tells a reused pid apart.
 *
 * @example
 * const lock = await lockDataDir('.buildwright/data');
 * try { await useTheDatabase(); } finally { await lock.release(); }
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const directory = resolve(dataDir);
  const path = join(directory, lockFileName);
  await mkdir(directory, { recursive: true });
  const me: LockHolder = { pid: process.pid, hostname: hostname(), acquiredAt: new Date().toISOString(), processStart: processStartTime(process.pid), token: randomUUID() };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await tryCreate(path, me)) return holdLock(path, me.token);
    const found = await readLockFile(path);
    if (!found) continue; // Released meanwhile: try again.
    if (found.holder && isLive(found.holder)) throw lockedError(directory, path, found.holder);
    await takeOver(path, found);
  }
  throw new BuildwrightError({
    code: 'STORAGE_LOCKED',
    message: `The PGlite data directory ${directory} kept changing hands while opening it: several processes are opening it at once. Run one buildwright at a time, or use Postgres when several processes share data.`,
    retryable: true,
    details: { dataDir: directory, lockPath: path },
  });
}

async function tryCreate(path: string, holder: LockHolder): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify(holder));
  } finally {
    await handle.close();
  }
  return true;
}

function holdLock(path: string, token: string): DataDirLock {
  held.set(token, path);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', releaseAllSync);
  }
  return {
    path,
    async release() {
      if (!held.delete(token)) return;
      const found = await readLockFile(path);
      if (found?.holder?.token === token) await rm(path, { force: true });
    },
  };
}

/** On exit, removes the lock files this process still holds (a storage that was never closed). */
function releaseAllSync(): void {
  for (const [token, path] of held) {
    try {
      if ((JSON.parse(readFileSync(path, 'utf8')) as LockHolder).token === token) unlinkSync(path);
    } catch {
      // Gone or unreadable: nothing of ours to remove.
    }
  }
  held.clear();
}

/** What a lock file held when read: its text, holder (`null` when unreadable) and inode. */
interface LockFileState {
  text: string;
  holder: LockHolder | null;
  ino: number;
}

/** The lock file as it is now; `undefined` when there is none. */
async function readLockFile(path: string): Promise<LockFileState | undefined> {
  // A lock file is empty for the moment between its creation and its write: read again briefly.
  for (let attempt = 0; ; attempt++) {
    let text: string;
    let ino: number;
    try {
      [text, ino] = await Promise.all([readFile(path, 'utf8'), stat(path).then((stats) => stats.ino)]);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    const holder = parseHolder(text);
    if (holder || attempt >= 10) return { text, holder, ino };
    await new Promise((done) => setTimeout(done, 20));
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    return typeof value.pid === 'number' && typeof value.token === 'string' && typeof value.hostname === 'string'
      ? { pid: value.pid, hostname: value.hostname, acquiredAt: String(value.acquiredAt), processStart: value.processStart ?? null, token: value.token }
      : null;
  } catch {
    return null;
  }
}

function isLive(holder: LockHolder): boolean {
  // Another machine's process cannot be checked from here: refuse rather than risk two writers.
  if (holder.hostname !== hostname()) return true;
  if (holder.pid === process.pid) return held.has(holder.token);
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = processStartTime(holder.pid);
  return holder.processStart === null || start === null || start === holder.processStart;
}

/**
 * Removes a stale lock file without removing a fresh one another opener took meanwhile: the file
 * is renamed aside (atomic), and put back unless it is the stale file (same inode and text; the
 * text holds a token, so a reused inode number is not mistaken for it).
 */
async function takeOver(path: string, stale: LockFileState): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomUUID()}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    const [text, ino] = await Promise.all([readFile(aside, 'utf8'), stat(aside).then((stats) => stats.ino)]);
    if (ino === stale.ino && text === stale.text) return;
    await link(aside, path).catch(() => copyFile(aside, path, constants.COPYFILE_EXCL));
  } catch {
    // Another lock is in place already: the next attempt reads it.
  } finally {
    await rm(aside, { force: true });
  }
}

/** Start time of a process in clock ticks since boot (Linux), `null` where `/proc` is absent. */
function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces and parentheses); starttime is field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function lockedError(directory: string, path: string, holder: LockHolder): BuildwrightError {
  const where = holder.hostname === hostname() ? '' : ` on host ${holder.hostname}`;
  const who = holder.pid === process.pid ? `this process (process ${holder.pid}), by another pgliteStorage` : `process ${holder.pid}${where}`;
  return new BuildwrightError({
    code: 'STORAGE_LOCKED',
    message:
      `The PGlite data directory ${directory} is in use by ${who} since ${holder.acquiredAt}; PGlite allows one process per directory, and two would corrupt it. ` +
      `Wait for it to finish and run one buildwright at a time (or serve every run from one process with the HTTP handler), or use Postgres (postgresStorage, --storage postgres://...) when several processes share data. ` +
      `If no such process is running, delete ${path}.`,
    retryable: true,
    details: { dataDir: directory, lockPath: path, pid: holder.pid, hostname: holder.hostname, acquiredAt: holder.acquiredAt },
  });
}
