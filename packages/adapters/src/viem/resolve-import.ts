import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** How `compileSolidity` finds a file that an `import` names. */
export interface ImportResolver {
  /** solc's import callback: synchronous, returns the file or an error solc reports at the import. */
  resolve(path: string): { contents: string } | { error: string };
  /** Every file read through `resolve`, by the path solc knows it under (for line/column of issues). */
  readonly loaded: Map<string, string>;
}

const packageRequire = createRequire(import.meta.url);

/** `@openzeppelin/contracts/token/X.sol` → `@openzeppelin/contracts`; `forge-std/Test.sol` → `forge-std`. */
function packageNameOf(path: string): string | undefined {
  const parts = path.split('/');
  if (parts[0]?.startsWith('@')) return parts.length > 2 ? `${parts[0]}/${parts[1]}` : undefined;
  return parts.length > 1 ? parts[0] : undefined;
}

/** Lexically safe: relative, no `..`, no NUL, no backslash. Imports never read outside the given roots. */
function isSafeImportPath(path: string): boolean {
  if (path.length === 0 || path.includes('\0') || path.includes('\\')) return false;
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return false;
  return !path.split('/').includes('..');
}

function readIfFile(path: string): string | undefined {
  try {
    return existsSync(path) && statSync(path).isFile() ? readFileSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Resolves imports in this order: the given sources, the same path under `contracts/`, each
 * `node_modules` directory given, and finally packages installed next to `@buildwright/adapters`
 * (so `@openzeppelin/contracts` works when it is installed with the adapters).
 */
export function createImportResolver(options: { sources: Record<string, string>; nodeModulesDirs: string[] }): ImportResolver {
  const loaded = new Map<string, string>();
  const resolve = (path: string): { contents: string } | { error: string } => {
    const fromSources = options.sources[path] ?? options.sources[`contracts/${path}`];
    if (fromSources !== undefined) return remember(path, fromSources);
    if (!isSafeImportPath(path)) {
      return { error: `Import "${path}" is refused: import project files by a relative path (e.g. "./Token.sol") and packages by name (e.g. "@openzeppelin/contracts/token/ERC20/ERC20.sol").` };
    }
    for (const directory of options.nodeModulesDirs) {
      const contents = readIfFile(join(directory, path));
      if (contents !== undefined) return remember(path, contents);
    }
    const packageName = packageNameOf(path);
    if (packageName !== undefined) {
      try {
        const packageRoot = dirname(packageRequire.resolve(`${packageName}/package.json`));
        const contents = readIfFile(join(packageRoot, path.slice(packageName.length + 1)));
        if (contents !== undefined) return remember(path, contents);
      } catch {
        // Not installed next to the adapters either: fall through to the error below.
      }
    }
    const hint =
      packageName === undefined
        ? 'Write the file under contracts/ or fix the import path.'
        : `Install the package "${packageName}" in the project, or use a file under contracts/. @openzeppelin/contracts is available.`;
    return { error: `File "${path}" not found. ${hint}` };
  };
  const remember = (path: string, contents: string) => {
    loaded.set(path, contents);
    return { contents };
  };
  return { resolve, loaded };
}
