import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildwrightError } from '@buildwright/core';
// `satisfies` alone: `semver`'s index loads all 47 of its modules at import, and every adapter
// entry imports this file (docs/cli.md, start-up).
import satisfies from 'semver/functions/satisfies.js';
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
  const problems = names.flatMap((name) => peerProblem(name, from) ?? []);
  if (problems.length > 0) throw peerDependencyError(adapter, problems);
}

/**
 * Imports an optional peer package on first need (so that creating an adapter loads no vendor
 * SDK) through `load`, which is `() => import('<package or subpath>')`: a literal import, so that
 * bundlers and TypeScript see it. When the import fails because the package is missing or outside
 * its supported range, it throws `PEER_DEPENDENCY_MISSING` with the npm command that fixes it, as
 * `requirePeers` does; a package that is installed in a supported version but fails to load throws
 * `INTERNAL` with the reason. `from` is where the lookup starts (tests give another).
 *
 * @example
 * const { OpenAI } = await importPeer('openaiLlm', 'openai', () => import('openai'));
 */
export async function importPeer<T>(adapter: string, name: PeerName, load: () => Promise<T>, from = here): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const problem = peerProblem(name, from) ?? (isNotFound(error, name) ? { name, range: manifest.peerDependencies[name], found: null } : undefined);
    if (problem) throw peerDependencyError(adapter, [problem], error);
    throw new BuildwrightError({
      code: 'INTERNAL',
      message: `${adapter} could not load "${name}", which is installed: ${error instanceof Error ? error.message : String(error)}`,
      cause: error,
      details: { adapter, package: name },
    });
  }
}

/** What is wrong with a peer here: missing or outside its range; `undefined` when it is fine. */
function peerProblem(name: PeerName, from: string): PeerProblem | undefined {
  const range = manifest.peerDependencies[name];
  const version = installedVersion(name, from);
  if (version === undefined) return { name, range, found: null };
  return satisfies(version, range, { includePrerelease: true }) ? undefined : { name, range, found: version };
}

function peerDependencyError(adapter: string, problems: readonly PeerProblem[], cause?: unknown): BuildwrightError {
  const what = problems.map(({ name, range, found }) => (found === null ? `"${name}" (${range}), which is not installed` : `"${name}" ${range}, but ${found} is installed`)).join('; ');
  const install = problems.map(({ name, range }) => `${name}@"${range}"`).join(' ');
  return new BuildwrightError({
    code: 'PEER_DEPENDENCY_MISSING',
    message: `${adapter} needs ${what}. Install it next to @buildwright/adapters: npm install ${install}`,
    ...(cause === undefined ? {} : { cause }),
    details: { adapter, packages: problems },
  });
}

/**
 * Whether `error` says that `name` (or one of its subpaths) could not be found: Node's
 * `ERR_MODULE_NOT_FOUND` / `MODULE_NOT_FOUND` messages, or Vite's "Failed to load url" under
 * vitest. A package the peer itself imports is not the peer.
 */
function isNotFound(error: unknown, name: string): boolean {
  const message = error instanceof Error ? error.message : String(error);
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`(?:Cannot find (?:module|package) ['"]|Failed to load url )${escaped}(?:/[^'"\\s]*)?(?:['"\\s]|$)`).test(message);
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
