import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repositoryRoot } from '../habits/run-tool.js';

/** The repository root (one definition, in the habits' run-tool). */
export { repositoryRoot };

/** The published packages, by directory under `packages/`. */
export const packageDirectories = ['client', 'core', 'adapters', 'cli', 'react'] as const;
export type PackageDirectory = (typeof packageDirectories)[number];
export type Tarballs = Record<PackageDirectory, string>;

/**
 * Packs each package as it would be published (pnpm rewrites `workspace:` ranges), from the
 * builds `scripts/setup.mjs` made, into a fresh directory: the tarball path per package.
 * Asynchronous: packing takes tens of seconds under load, and a test worker blocked that long
 * misses vitest's 60 s RPC timeout ("Timeout calling onTaskUpdate", which fails the whole run).
 */
export async function packWorkspace(destination = mkdtempSync(join(tmpdir(), 'buildwright-packs-'))): Promise<Tarballs> {
  const tarballs = {} as Tarballs;
  for (const directory of packageDirectories) {
    const before = new Set(readdirSync(destination));
    await promisify(execFile)('npx', ['--yes', 'pnpm@10', 'pack', '--pack-destination', destination], { cwd: join(repositoryRoot, 'packages', directory), maxBuffer: 64 << 20 });
    const made = readdirSync(destination).find((name) => !before.has(name) && name.endsWith('.tgz'));
    if (!made) throw new Error(`pnpm pack made no tarball for packages/${directory}`);
    tarballs[directory] = join(destination, made);
  }
  return tarballs;
}

/**
 * The packed packages, packed at most once for the same builds: every test file of a run (and
 * the next run, while no package changed) shares `<tmp>/buildwright-packs-<hash of the builds>`.
 * A file packing at the same time as another packs into its own directory and keeps whichever
 * directory got renamed into place first.
 */
export async function packedWorkspace(): Promise<Tarballs> {
  const shared = join(tmpdir(), `buildwright-packs-${buildsHash()}`);
  const tarballsOf = () =>
    Object.fromEntries(packageDirectories.map((directory) => [directory, join(shared, readdirSync(shared).find((name) => name.startsWith(tarballPrefix(directory)))!)])) as Tarballs;
  if (existsSync(join(shared, 'complete'))) return tarballsOf();
  const scratch = mkdtempSync(join(tmpdir(), 'buildwright-packing-'));
  await packWorkspace(scratch);
  mkdirSync(join(scratch, 'complete'));
  try {
    renameSync(scratch, shared);
  } catch {
    rmSync(scratch, { recursive: true, force: true }); // another file packed the same builds first
  }
  return tarballsOf();
}

/** `buildwright-core-` for `core`: how pnpm names a scoped package's tarball. */
function tarballPrefix(directory: PackageDirectory): string {
  return `buildwright-${directory}-`;
}

/** A hash of every file `pnpm pack` reads: each package's manifest, README, LICENSE and build. */
function buildsHash(): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) add(join(path, name));
    else hash.update(path).update(readFileSync(path));
  };
  for (const directory of packageDirectories) {
    const root = join(repositoryRoot, 'packages', directory);
    for (const name of ['package.json', 'README.md', 'LICENSE', 'dist']) if (existsSync(join(root, name))) add(join(root, name));
  }
  return hash.digest('hex').slice(0, 16);
}
