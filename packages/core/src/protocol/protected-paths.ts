import { BuildwrightError } from '@buildwright/client';

const gitReason = 'the project may not write git metadata (git hooks and config run commands). Remove this change; Buildwright keeps the project history as versions';
const installedReason =
  "the project may not write installed dependencies (node_modules, .yarn, Plug'n'Play files): the install step creates them. Remove this change; add packages with add_dependencies";
const packageManagerReason =
  'the project may not configure the package manager (registries, hooks and workspaces change how installs resolve). Remove this change; add packages with add_dependencies, which installs them from the npm registry';

/** Directories refused anywhere in a path (any segment), lowercase. */
const protectedDirectories: ReadonlyMap<string, string> = new Map([
  ['.git', gitReason],
  ['node_modules', installedReason],
  ['.yarn', installedReason],
]);

/** File names refused at any depth (the last segment), lowercase. */
const protectedFiles: ReadonlyMap<string, string> = new Map([
  ['.gitmodules', gitReason],
  ['.gitconfig', gitReason],
  ['.pnp.cjs', installedReason],
  ['.pnp.loader.mjs', installedReason],
  ['.npmrc', packageManagerReason],
  ['.yarnrc', packageManagerReason],
  ['.yarnrc.yml', packageManagerReason],
  ['.pnpmfile.cjs', packageManagerReason],
  // pnpm 10 also loads an ESM pnpmfile.
  ['.pnpmfile.mjs', packageManagerReason],
  ['pnpm-workspace.yaml', packageManagerReason],
  ['bunfig.toml', packageManagerReason],
  ['.bunfig.toml', packageManagerReason],
]);

/**
 * Why the project may not write `path`, or `undefined` when it may. Protected are git metadata
 * (`.git/`, `.gitmodules`, `.gitconfig`), installed dependencies (`node_modules/`, `.yarn/`,
 * `.pnp.cjs`, `.pnp.loader.mjs`) and package-manager configuration (`.npmrc`, `.yarnrc`,
 * `.yarnrc.yml`, `.pnpmfile.cjs`, `.pnpmfile.mjs`, `pnpm-workspace.yaml`, `bunfig.toml`,
 * `.bunfig.toml`), at any depth and in any letter case. Give it a path already normalized by
 * `projectPath`.
 *
 * @example
 * protectedPathReason('src/App.tsx');      // undefined
 * protectedPathReason('sub/.GIT/config');  // 'the project may not write git metadata ...'
 * protectedPathReason('web/.npmrc');       // 'the project may not configure the package manager ...'
 */
export function protectedPathReason(path: string): string | undefined {
  // Case-insensitive file systems (macOS, Windows) treat `.GIT` as `.git` (and `node_moduleſ`,
  // whose `ſ` upper-cases to `S`, as `node_modules`), and Windows drops trailing dots and spaces
  // from names, so `.git.` and `.npmrc ` name the same files.
  const segments = path.split(/[\\/]/).map((segment) =>
    segment
      .toUpperCase()
      .toLowerCase()
      .replace(/(?<=[^. ])[. ]+$/, ''),
  );
  for (const segment of segments) {
    const reason = protectedDirectories.get(segment);
    if (reason !== undefined) return reason;
  }
  return protectedFiles.get(segments.at(-1) ?? '');
}

/**
 * Throws `PATH_PROTECTED` when the project may not write `path` (see `protectedPathReason`), or
 * when `protector` (a template's protected paths, `templatePathProtector`) gives a reason.
 *
 * @example
 * assertUnprotectedPath('.npmrc'); // throws PATH_PROTECTED
 */
export function assertUnprotectedPath(path: string, protector?: (path: string) => string | undefined): void {
  const reason = protectedPathReason(path) ?? protector?.(path);
  if (reason === undefined) return;
  throw new BuildwrightError({ code: 'PATH_PROTECTED', message: `Path "${path}" is protected: ${reason}.`, details: { path } });
}
