import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataDir, lockFileName, type LockHolder } from './data-dir-lock.js';

const directories: string[] = [];
afterAll(() => directories.forEach((directory) => rmSync(directory, { recursive: true, force: true })));
const freshDirectory = () => {
  const directory = mkdtempSync(join(tmpdir(), 'buildwright-lock-'));
  directories.push(directory);
  return directory;
};
/** A pid that no process has any more: a child that already exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;
const writeHolder = (directory: string, holder: Partial<LockHolder>) =>
  writeFileSync(join(directory, lockFileName), JSON.stringify({ hostname: hostname(), acquiredAt: '2025-01-01T00:00:00.000Z', processStart: null, token: 'someone-else', ...holder }));

describe('lockDataDir', () => {
  it('default: creates the directory and a lock file naming this process, removed on release', async () => {
    const dataDir = join(freshDirectory(), 'nested', 'db');
    const lock = await lockDataDir(dataDir);
    expect(lock.path).toBe(join(dataDir, lockFileName));
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid, hostname: hostname() });
    await lock.release();
    expect(existsSync(lock.path)).toBe(false);
    await lock.release();
  });

  it('error: a live holder is refused with STORAGE_LOCKED naming its pid and what to do', async () => {
    const dataDir = freshDirectory();
    const lock = await lockDataDir(dataDir);
    try {
      const error = await lockDataDir(dataDir).catch((thrown: unknown) => thrown);
      expect(error).toMatchObject({ code: 'STORAGE_LOCKED', retryable: true, details: { pid: process.pid, dataDir, lockPath: lock.path } });
      expect((error as Error).message).toContain(`process ${process.pid}`);
      expect((error as Error).message).toContain('Postgres');
    } finally {
      await lock.release();
    }
  });

  it('behavior: concurrent openers in one process: exactly one gets the lock', async () => {
    const dataDir = freshDirectory();
    const settled = await Promise.allSettled(Array.from({ length: 5 }, () => lockDataDir(dataDir)));
    const won = settled.filter((result) => result.status === 'fulfilled');
    expect(won).toHaveLength(1);
    expect(settled.filter((result) => result.status === 'rejected').map((result) => (result as PromiseRejectedResult).reason.code)).toEqual(Array(4).fill('STORAGE_LOCKED'));
    await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof lockDataDir>>>).value.release();
  });

  it('behavior: a lock file of a dead process is stale and taken over', async () => {
    const dataDir = freshDirectory();
    writeHolder(dataDir, { pid: deadPid() });
    const lock = await lockDataDir(dataDir);
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toMatchObject({ pid: process.pid });
    expect(readdirSync(dataDir)).toEqual([lockFileName]);
    await lock.release();
  });

  it('behavior: a lock file naming this pid that this process does not hold (a container restart) is stale', async () => {
    const dataDir = freshDirectory();
    writeHolder(dataDir, { pid: process.pid, token: 'left-by-an-earlier-process' });
    const lock = await lockDataDir(dataDir);
    await lock.release();
  });

  it('behavior: an empty or garbled lock file (a crash while writing it) is stale', async () => {
    const dataDir = freshDirectory();
    writeFileSync(join(dataDir, lockFileName), '');
    const lock = await lockDataDir(dataDir);
    await lock.release();
  });

  it('error: a lock of another host is refused (its process cannot be checked from here)', async () => {
    const dataDir = freshDirectory();
    writeHolder(dataDir, { pid: deadPid(), hostname: 'another-host.example' });
    await expect(lockDataDir(dataDir)).rejects.toMatchObject({ code: 'STORAGE_LOCKED', message: expect.stringContaining('on host another-host.example') });
  });

  it('behavior: release leaves a lock file that is not its own', async () => {
    const dataDir = freshDirectory();
    const lock = await lockDataDir(dataDir);
    writeHolder(dataDir, { pid: process.pid, token: 'replaced-by-hand' });
    await lock.release();
    expect(existsSync(lock.path)).toBe(true);
  });
});
