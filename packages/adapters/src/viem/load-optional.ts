import { BuildwrightError } from '@buildwright/core';
import type { BuildwrightErrorCode } from '@buildwright/core';

/**
 * Imports an optional peer dependency, turning "module not found" into a BuildwrightError that
 * says which package to install. Vendor packages are loaded this way, on first need, so that the
 * factories of this subpath do no I/O and an app that never compiles never loads `solc`.
 */
export async function loadOptional<T>(load: () => Promise<T>, packageName: string, code: BuildwrightErrorCode): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const text = error instanceof Error ? `${(error as { code?: string }).code ?? ''} ${error.message}` : String(error);
    const missing = /ERR_MODULE_NOT_FOUND|MODULE_NOT_FOUND|Cannot find (module|package)|Failed to load url/i.test(text) && text.includes(packageName);
    throw new BuildwrightError({
      code,
      message: missing
        ? `The package "${packageName}" is not installed. Install it next to @buildwright/adapters (e.g. \`pnpm add ${packageName}\`).`
        : `The package "${packageName}" failed to load: ${error instanceof Error ? error.message : String(error)}`,
      cause: error,
      details: { packageName },
    });
  }
}

/** CommonJS packages arrive as `{ default: module }` from `import()`; this unwraps them. */
export function interopDefault<T>(module: T | { default: T }): T {
  return typeof module === 'object' && module !== null && 'default' in module && (module as { default?: T }).default !== undefined
    ? (module as { default: T }).default
    : (module as T);
}
