import { builtinModules } from 'node:module';
import { posix } from 'node:path';

/** Source files whose imports are checked. */
export const sourceFilePattern = /\.(?:[cm]?[jt]sx?)$/;

/** Config files run by Node (Vite, ESLint, Tailwind...): Node built-ins are fine there. */
export const nodeConfigFilePattern = /(?:^|\/)[^/]*\.config\.[cm]?[jt]s$/;

const builtins = new Set(builtinModules.map((name) => name.replace(/^node:/, '')));

/** True for `fs`, `node:fs`, `fs/promises`, `node:test`... */
export function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  return builtins.has(specifier) || builtins.has(specifier.split('/')[0] ?? '');
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`; undefined when it is not a valid package name. */
export function packageName(specifier: string): string | undefined {
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  if (!name || !/^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/.test(name)) return undefined;
  return name;
}

/** Candidate files for an import of `target` (project-relative, no leading slash), in resolution order. */
export function resolutionCandidates(target: string): string[] {
  const clean = posix.normalize(target).replace(/\/$/, '');
  const candidates = [clean];
  for (const extension of ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.mts', '.cjs', '.json']) candidates.push(clean + extension);
  // TypeScript style: `./util.js` written for `./util.ts`.
  const jsExtension = /\.(m?)jsx?$/.exec(clean);
  if (jsExtension) {
    const stem = clean.slice(0, -jsExtension[0].length);
    candidates.push(`${stem}.${jsExtension[1] ?? ''}ts`, `${stem}.tsx`);
  }
  for (const index of ['index.ts', 'index.tsx', 'index.js', 'index.jsx']) candidates.push(`${clean}/${index}`);
  return candidates;
}
