import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildwrightError } from '@buildwright/core';
import semver from 'semver';
import manifest from '../../package.json' with { type: 'json' };

/** A peer that is missing (`found: null`) or installed in a version outside its range. */
interface PeerProblem {
  name: PeerName;
  range: string;
  found: string | null;
}

/** A package `@buildwright/adapters` declares in `peerDependencies`. */
export type PeerName = keyof typeof manifest.peerDependencies;

/**
 * Checks, when an adapter is created, that the optional peer packages it needs are installed in a
 * version it supports (the ranges are this package's own `peerDependencies`), so a missing or
 * unsupported peer is reported before any work is done, not mid-run after files were written.
 * Throws `PEER_DEPENDENCY_MISSING` with the npm command that fixes it. `from` is where the
 * lookup starts (this package's own directory; tests give another).
 *
 * @example
 * export function openaiLlm(options) {
 *   requirePeers('openaiLlm', ['openai']);
 *   ...
 * }
 */
export function requirePeers(adapter: string, names: readonly PeerName[], from = here): void {
  const problems = names.flatMap((name): PeerProblem[] => {
    const range = manifest.peerDependencies[name];
    const version = installedVersion(name, from);
    if (version === undefined) return [{ name, range, found: null }];
    return semver.satisfies(version, range, { includePrerelease: true }) ? [] : [{ name, range, found: version }];
  });
  if (problems.length === 0) return;
  const what = problems.map(({ name, range, found }) => (found === null ? `"${name}" (${range}), which is not installed` : `"${name}" ${range}, but ${found} is installed`)).join('; ');
  const install = problems.map(({ name, range }) => `${name}@"${range}"`).join(' ');
  throw new BuildwrightError({
    code: 'PEER_DEPENDENCY_MISSING',
    message: `${adapter} needs ${what}. Install it next to @buildwright/adapters: npm install ${install}`,
    details: { adapter, packages: problems },
  });
}

/**
 * The version of an installed package as Node would find it from here (the nearest
 * `node_modules/<name>` up the directory tree), `undefined` when it is not installed. Its
 * package.json is read directly: an exports map may hide it from `require.resolve`.
 */
function installedVersion(name: string, from: string): string | undefined {
  for (let directory = from; directory !== dirname(directory); directory = dirname(directory)) {
    try {
      return (JSON.parse(readFileSync(join(directory, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string }).version;
    } catch {
      // Not installed at this level: keep walking up.
    }
  }
  return undefined;
}

const here = dirname(fileURLToPath(import.meta.url));
