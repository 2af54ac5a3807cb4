import { BuildwrightError } from '@buildwright/client';

/** One dependency entry of a package.json that would not install from the npm registry. */
export interface DependencyProblem {
  /** Where the entry is: `dependencies`, `devDependencies`, `overrides`, `pnpm.overrides`, `bundleDependencies`... */
  field: string;
  /** The package name; for overrides and resolutions the keys leading to the entry (`react > scheduler`); for a refused field, the field. */
  name: string;
  /** The spec as written; JSON for a value that is not a string. */
  spec: string;
  /** Why it is refused, e.g. `is a git repository, not the npm registry`. */
  reason: string;
}

const dependencyFields = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;
/** Deeper override trees than this are refused rather than walked (hostile input). */
const maxOverrideDepth = 32;

// The rule of validate-npm-package-name for new packages, without its dependency.
const packageNamePattern = /^(?:@[a-z0-9~-][a-z0-9._~-]*\/)?[a-z0-9~-][a-z0-9._~-]*$/;
const reservedPackageNames = new Set(['node_modules', 'favicon.ico']);
const invalidName = 'is not a valid npm package name (lowercase letters, digits and "-._~", an optional @scope/, at most 214 characters, not starting with "." or "_")';

// An allowlist: whatever is not a semver range, version or dist-tag is refused, so protocols that
// package managers add later are refused too. The named protocols only make the reason clearer.
const protocolReasons: ReadonlyArray<readonly [RegExp, string]> = [
  [/^git(?:\+|:)|^git@/i, 'is a git repository'],
  [/^(?:github|gitlab|bitbucket|gist):/i, 'is a hosted git repository'],
  [/^(?:file|link|portal):/i, 'is a local path'],
  [/^workspace:/i, 'is a workspace package'],
  [/^patch:/i, 'is a patched package'],
  [/^exec:/i, 'is built by running a script'],
  [/^https?:/i, 'is a tarball URL'],
];
const rangeOrTagPattern = /^[\w.+*^~<>=|\s-]+$/;
const registry = ', not the npm registry';

function packageNameReason(name: string): string | undefined {
  return name.length > 214 || !packageNamePattern.test(name) || reservedPackageNames.has(name) ? invalidName : undefined;
}

function specReason(spec: unknown, allowAlias = true): string | undefined {
  if (typeof spec !== 'string') return 'is not a string version range';
  const trimmed = spec.trim();
  if (trimmed === '') return undefined;
  if (trimmed.startsWith('npm:')) {
    if (!allowAlias) return `is a nested npm: alias${registry}`;
    const target = trimmed.slice('npm:'.length);
    const at = target.indexOf('@', 1);
    const name = at === -1 ? target : target.slice(0, at);
    if (packageNameReason(name) !== undefined) return `is an npm: alias to "${name}", which ${invalidName}`;
    const targetReason = specReason(at === -1 ? '' : target.slice(at + 1), false);
    return targetReason === undefined ? undefined : `is an npm: alias whose target ${targetReason}`;
  }
  for (const [pattern, reason] of protocolReasons) if (pattern.test(trimmed)) return `${reason}${registry}`;
  const colon = trimmed.indexOf(':');
  if (colon !== -1) return `uses the "${trimmed.slice(0, colon + 1)}" protocol${registry}`;
  if (/^(?:\.|\/|~\/)|\\/.test(trimmed)) return `is a local path${registry}`;
  if (trimmed.includes('/')) return `is a GitHub repository shorthand (user/repo)${registry}`;
  if (/\.(?:tgz|tar|tar\.gz)$/i.test(trimmed)) return `is a local tarball${registry}`;
  if (!rangeOrTagPattern.test(trimmed)) return 'is not a version range or dist-tag from the npm registry';
  return undefined;
}

/**
 * Why a dependency `name: spec` would not install from the npm registry, or `undefined` when it
 * would. Accepted: versions, semver ranges, dist-tags (`latest`, `next`), `*`, `""`, and `npm:`
 * aliases to those (`npm:react@^18`). Refused: git (`git+https:`, `git://`, `git@`), hosted git
 * (`github:`, `gitlab:`, `bitbucket:`, `gist:`, `user/repo`), local paths and tarballs (`file:`,
 * `link:`, `portal:`, `./x`), `workspace:`, `patch:`, `exec:`, tarball URLs (`http(s)://`), any
 * other protocol, and names that are not valid npm package names.
 *
 * @example
 * nonRegistrySpecReason('react', '^18.3.1');                    // undefined
 * nonRegistrySpecReason('react', 'npm:preact@^10');             // undefined
 * nonRegistrySpecReason('left-pad', 'git+https://x.test/a.git'); // 'is a git repository, not the npm registry'
 * nonRegistrySpecReason('React', '^18.3.1');                    // 'has a name that is not a valid npm package name ...'
 */
export function nonRegistrySpecReason(name: string, spec: string): string | undefined {
  const invalid = packageNameReason(name);
  return invalid === undefined ? specReason(spec) : `has a name that ${invalid}`;
}

/** Problems of one `{ name: spec }` map such as `dependencies`. */
export function dependencyMapProblems(field: string, dependencies: unknown): DependencyProblem[] {
  if (dependencies === undefined) return [];
  if (!isRecord(dependencies)) return [{ field, name: field, spec: preview(dependencies), reason: 'is not an object of package names to version ranges' }];
  return Object.entries(dependencies).flatMap(([name, spec]) => {
    const reason = typeof spec === 'string' ? nonRegistrySpecReason(name, spec) : 'is not a string version range';
    return reason === undefined ? [] : [{ field, name, spec: preview(spec), reason }];
  });
}

/**
 * The entries of a package.json that would make an install fetch or run something other than
 * packages from the npm registry: refused specs (see `nonRegistrySpecReason`) in `dependencies`,
 * `devDependencies`, `optionalDependencies`, `peerDependencies`, `overrides`, `resolutions`,
 * `pnpm.overrides` and `pnpm.packageExtensions`; and a non-empty `bundleDependencies`,
 * `bundledDependencies`, `workspaces` or `pnpm.patchedDependencies`. Text that is not a JSON
 * object gives no problems: the install reports it.
 *
 * @example
 * packageJsonDependencyProblems('{"dependencies":{"react":"^18.3.1"}}'); // []
 * packageJsonDependencyProblems('{"dependencies":{"x":"github:a/b"}}');
 * // [{ field: 'dependencies', name: 'x', spec: 'github:a/b', reason: 'is a hosted git repository, not the npm registry' }]
 */
export function packageJsonDependencyProblems(text: string): DependencyProblem[] {
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    return [];
  }
  if (!isRecord(manifest)) return [];
  const problems = dependencyFields.flatMap((field) => dependencyMapProblems(field, manifest[field]));
  const present = (field: string, value: unknown, reason: string) => {
    if (!isEmpty(value)) problems.push({ field, name: field, spec: preview(value), reason });
  };
  present('bundleDependencies', manifest.bundleDependencies, `is present: bundled dependencies come from node_modules${registry}`);
  present('bundledDependencies', manifest.bundledDependencies, `is present: bundled dependencies come from node_modules${registry}`);
  present('workspaces', manifest.workspaces, `is present: workspaces install local folders${registry}`);
  overrideProblems('overrides', manifest.overrides, [], problems);
  overrideProblems('resolutions', manifest.resolutions, [], problems);
  const pnpm = manifest.pnpm;
  if (isRecord(pnpm)) {
    overrideProblems('pnpm.overrides', pnpm.overrides, [], problems);
    present('pnpm.patchedDependencies', pnpm.patchedDependencies, `is present: patches change packages${registry}`);
    if (isRecord(pnpm.packageExtensions)) {
      for (const [selector, extension] of Object.entries(pnpm.packageExtensions)) {
        if (!isRecord(extension)) continue;
        for (const field of dependencyFields) problems.push(...dependencyMapProblems(`pnpm.packageExtensions.${selector}.${field}`, extension[field]));
      }
    }
  }
  return problems;
}

/**
 * Throws `DEPENDENCY_REFUSED` listing `problems`, if there are any. `source` names what held them
 * (`add_dependencies`, `package.json`).
 *
 * @example
 * assertNoDependencyProblems('package.json', packageJsonDependencyProblems(text));
 */
export function assertNoDependencyProblems(source: string, problems: readonly DependencyProblem[]): void {
  if (problems.length === 0) return;
  const entries = problems.map(({ field, name, spec, reason }) => (name === field ? `${field} ${reason}` : `${field} "${truncate(name)}": ${JSON.stringify(truncate(spec))} ${reason}`));
  throw new BuildwrightError({
    code: 'DEPENDENCY_REFUSED',
    message: `${source} has dependencies that are not from the npm registry: ${entries.join('; ')}. Use a version range from the npm registry for each, such as "^1.2.3"; nothing was written.`,
    details: { source, problems },
  });
}

function overrideProblems(field: string, value: unknown, keys: string[], problems: DependencyProblem[]): void {
  if (value === undefined) return;
  const name = keys.length === 0 ? field : keys.join(' > ');
  if (typeof value === 'string') {
    // npm's `"$react"` means "the version of the direct dependency react", which is checked itself.
    const reference = value.startsWith('$') ? value.slice(1) : undefined;
    const reason = reference === undefined ? specReason(value) : packageNameReason(reference) && `refers to "${reference}", which ${invalidName}`;
    if (reason !== undefined) problems.push({ field, name, spec: value, reason });
    return;
  }
  if (isRecord(value) && keys.length < maxOverrideDepth) {
    for (const [key, inner] of Object.entries(value)) overrideProblems(field, inner, [...keys, key], problems);
    return;
  }
  problems.push({ field, name, spec: isRecord(value) ? '{…}' : preview(value), reason: isRecord(value) ? 'is nested too deeply' : 'is not a version range or an object of overrides' });
}

/** A value as JSON for a message; never throws (deeply nested hostile JSON overflows `JSON.stringify`). */
function preview(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Array.isArray(value) ? '[…]' : '{…}';
  }
}

function truncate(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  return isRecord(value) && Object.keys(value).length === 0;
}
