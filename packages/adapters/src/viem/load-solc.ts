import { importPeer } from '../internal/peer-dependency.js';
import { interopDefault } from './interop-default.js';

/** The part of the `solc` package this subpath uses. */
export interface SolcModule {
  version(): string;
  compile(input: string, callbacks?: { import?: (path: string) => { contents: string } | { error: string } }): string;
}

let cached: Promise<SolcModule> | undefined;

/**
 * Loads the bundled solc (an Emscripten build) once per process. Loading parses several MB of
 * JavaScript/wasm, so every compile after the first reuses the same module.
 */
export function loadSolc(): Promise<SolcModule> {
  cached ??= importPeer('compileSolidity', 'solc', () => import('solc'))
    .then((module) => interopDefault(module as unknown as SolcModule | { default: SolcModule }))
    .catch((error: unknown) => {
      cached = undefined;
      throw error;
    });
  return cached;
}

/** `0.8.37+commit.f401782d.Emscripten.clang` → `{ short: '0.8.37', long: '0.8.37+commit.f401782d' }`. */
export function parseSolcVersion(version: string): { short: string; long: string } {
  const long = version.replace(/\.Emscripten.*$/, '').replace(/\.mod$/, '');
  return { short: long.split('+')[0] ?? long, long };
}
