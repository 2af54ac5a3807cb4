import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The published packages, by directory under `packages/`. */
export const packageDirectories = ['client', 'core', 'adapters', 'cli', 'react'] as const;
export type PackageDirectory = (typeof packageDirectories)[number];

/**
 * Packs each package as it would be published (pnpm rewrites `workspace:` ranges), from the
 * builds `scripts/setup.mjs` made, into a fresh directory: the tarball path per package.
 */
export function packWorkspace(): Record<PackageDirectory, string> {
  const destination = mkdtempSync(join(tmpdir(), 'buildwright-packs-'));
  const tarballs = {} as Record<PackageDirectory, string>;
  for (const directory of packageDirectories) {
    const before = new Set(readdirSync(destination));
    execFileSync('npx', ['--yes', 'pnpm@10', 'pack', '--pack-destination', destination], { cwd: join(repositoryRoot, 'packages', directory), stdio: 'pipe' });
    const made = readdirSync(destination).find((name) => !before.has(name) && name.endsWith('.tgz'));
    if (!made) throw new Error(`pnpm pack made no tarball for packages/${directory}`);
    tarballs[directory] = join(destination, made);
  }
  return tarballs;
}
