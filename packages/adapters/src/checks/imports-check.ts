import { posix } from 'node:path';
import type { Check, CheckContext, CheckIssue } from '@buildwright/core';
import { failed, lineAndColumn } from './check-report.js';
import { isNodeBuiltin, nodeConfigFilePattern, packageName, resolutionCandidates, sourceFilePattern } from './module-specifiers.js';
import { importPeer, requirePeers } from '../internal/peer-dependency.js';

export interface ImportsCheckOptions {
  /**
   * Bare imports missing from package.json are added to `dependencies` with `^<latest>` from
   * the npm registry (looked up with `npm view` in the sandbox, with network). Default true;
   * false reports them as issues instead.
   */
  addMissing?: boolean;
  /** Whether Node built-ins are errors outside `*.config.*` files. Default: true except for `api` projects. */
  browser?: boolean;
  /** Timeout of each registry look-up. Default 30 s. */
  lookupTimeoutMs?: number;
}

interface ImportSite {
  file: string;
  specifier: string;
  line: number;
  column: number;
}

/**
 * Checks every import of every source file before anything is installed or built: relative
 * (and `/`-rooted and tsconfig `paths`) imports must resolve to a file, bare imports must be
 * dependencies in package.json (missing ones are added with a real version range), and Node
 * built-ins are errors in browser code. Parses with the TypeScript pre-processor, so TS, TSX
 * and JSX are read as they are.
 *
 * @example
 * import { importsCheck } from '@buildwright/adapters/checks';
 *
 * const result = await importsCheck({ addMissing: false }).run(context);
 * // { status: 'failed', report: "Imports check failed: 1 problem\nsrc/App.tsx:2:21: './Missing' does not resolve to a file ...", ... }
 */
export function importsCheck(options: ImportsCheckOptions = {}): Check {
  requirePeers('importsCheck', ['typescript']);
  return {
    name: 'imports',
    async run(context) {
      const ts = await loadTypeScript();
      const files = context.files;
      const browser = options.browser ?? context.kind !== 'api';
      const manifest = parseManifest(files['package.json']);
      const declared = new Set(Object.keys({ ...manifest?.dependencies, ...manifest?.devDependencies, ...manifest?.peerDependencies, ...manifest?.optionalDependencies }));
      const aliases = readPathAliases(ts, files['tsconfig.json']);
      const issues: CheckIssue[] = [];
      const missingPackages = new Map<string, ImportSite>();

      const exists = async (path: string) => path in files || (await context.sandbox.readFile(path).catch(() => undefined)) !== undefined;
      const resolveFile = async (target: string): Promise<boolean> => {
        for (const candidate of resolutionCandidates(target)) if (candidate in files) return true;
        return exists(posix.normalize(target));
      };

      for (const site of collectImports(ts, files)) {
        const at = { file: site.file, line: site.line, column: site.column };
        const specifier = site.specifier.replace(/[?#].*$/, '');
        if (specifier === '') continue;
        if (specifier.startsWith('.') || specifier.startsWith('/')) {
          const target = specifier.startsWith('/') ? specifier.slice(1) : posix.join(posix.dirname(site.file), specifier);
          if (target.startsWith('..') || posix.isAbsolute(posix.normalize(target))) {
            issues.push({ ...at, message: `'${site.specifier}' points outside the project` });
          } else if (!(await resolveFile(target))) {
            issues.push({ ...at, message: `'${site.specifier}' does not resolve to a file (tried ${posix.normalize(target)} with .ts/.tsx/.js/.jsx and /index)` });
          }
          continue;
        }
        const aliased = aliases(specifier);
        if (aliased !== undefined) {
          if (!(await anyResolves(aliased, resolveFile))) issues.push({ ...at, message: `'${site.specifier}' (tsconfig paths) does not resolve to a file (tried ${aliased.join(', ')})` });
          continue;
        }
        if (/^[a-z][a-z0-9+.-]*:/i.test(specifier) && !specifier.startsWith('node:')) continue; // virtual:, https:, data: — the bundler's business.
        const name = packageName(specifier);
        if (isNodeBuiltin(specifier) && !(name && declared.has(name))) {
          if (browser && !nodeConfigFilePattern.test(site.file)) {
            issues.push({ ...at, message: `'${site.specifier}' is a Node built-in and cannot run in the browser; use a browser API or an npm package instead` });
          }
          continue;
        }
        if (!name) {
          issues.push({ ...at, message: `'${site.specifier}' is neither a relative path nor a valid package name` });
        } else if (!declared.has(name) && !missingPackages.has(name)) {
          missingPackages.set(name, site);
        }
      }

      if (missingPackages.size > 0 && !manifest) {
        issues.push({ file: 'package.json', message: `package.json is missing or invalid, so ${[...missingPackages.keys()].join(', ')} cannot be declared` });
      } else if (missingPackages.size > 0 && options.addMissing === false) {
        for (const [name, site] of missingPackages) {
          issues.push({ file: site.file, line: site.line, column: site.column, message: `package '${name}' is imported but not in package.json dependencies` });
        }
      } else if (missingPackages.size > 0 && manifest) {
        const added: Record<string, string> = {};
        for (const [name, site] of missingPackages) {
          const lookup = await lookUpLatest(context, name, options.lookupTimeoutMs ?? 30_000);
          if ('version' in lookup) added[name] = `^${lookup.version}`;
          else issues.push({ file: site.file, line: site.line, column: site.column, message: `package '${name}' is imported but not in package.json, and ${lookup.problem}` });
        }
        if (Object.keys(added).length > 0 && issues.length === 0) {
          const updated = { ...manifest, dependencies: sortKeys({ ...manifest.dependencies, ...added }) };
          await context.writeFiles({ 'package.json': `${JSON.stringify(updated, null, 2)}\n` });
          for (const [name, version] of Object.entries(added)) await context.emit({ type: 'dependency.added', name, version, dev: false });
        }
      }

      if (issues.length === 0) return { status: 'passed' };
      return failed(`Imports check failed: ${issues.length} problem${issues.length === 1 ? '' : 's'}`, issues);
    },
  };
}

type TypeScript = typeof import('typescript');

async function loadTypeScript(): Promise<TypeScript> {
  const module = (await importPeer('importsCheck', 'typescript', () => import('typescript'))) as TypeScript & { default?: TypeScript };
  return module.default ?? module;
}

function collectImports(ts: TypeScript, files: Readonly<Record<string, string>>): ImportSite[] {
  const sites: ImportSite[] = [];
  for (const [file, source] of Object.entries(files)) {
    if (!sourceFilePattern.test(file) || file.split('/').some((part) => part === 'node_modules' || part === 'dist')) continue;
    const info = ts.preProcessFile(source, true, true);
    for (const reference of info.importedFiles) {
      sites.push({ file, specifier: reference.fileName, ...lineAndColumn(source, reference.pos) });
    }
  }
  return sites;
}

interface Manifest {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  [key: string]: unknown;
}

function parseManifest(text: string | undefined): Manifest | undefined {
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Manifest) : undefined;
  } catch {
    return undefined;
  }
}

/** tsconfig `paths` as a function: specifier → candidate project paths, or undefined when no alias matches. */
function readPathAliases(ts: TypeScript, text: string | undefined): (specifier: string) => string[] | undefined {
  if (!text) return () => undefined;
  const parsed = ts.parseConfigFileTextToJson('tsconfig.json', text).config as { compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } } | undefined;
  const paths = parsed?.compilerOptions?.paths;
  if (!paths) return () => undefined;
  const base = parsed?.compilerOptions?.baseUrl ?? '.';
  return (specifier) => {
    for (const [pattern, targets] of Object.entries(paths)) {
      const star = pattern.indexOf('*');
      const prefix = star === -1 ? pattern : pattern.slice(0, star);
      const suffix = star === -1 ? '' : pattern.slice(star + 1);
      const matches = star === -1 ? specifier === pattern : specifier.startsWith(prefix) && specifier.endsWith(suffix) && specifier.length >= prefix.length + suffix.length;
      if (!matches) continue;
      const captured = star === -1 ? '' : specifier.slice(prefix.length, specifier.length - suffix.length);
      return targets.map((target) => posix.normalize(posix.join(base, target.replace('*', captured))));
    }
    return undefined;
  };
}

async function anyResolves(targets: string[], resolveFile: (target: string) => Promise<boolean>): Promise<boolean> {
  for (const target of targets) if (await resolveFile(target)) return true;
  return false;
}

async function lookUpLatest(context: CheckContext, name: string, timeoutMs: number): Promise<{ version: string } | { problem: string }> {
  const result = await context.run(`npm view ${name} version --json`, { network: true, timeoutMs });
  if (result.exitCode === 0) {
    try {
      const parsed = JSON.parse(result.stdout) as unknown;
      const version = Array.isArray(parsed) ? parsed.at(-1) : parsed;
      if (typeof version === 'string' && /^\d+\.\d+\.\d+/.test(version)) return { version };
    } catch {
      // Fall through to the problem below.
    }
  }
  if (/E404|404 Not Found|is not in this registry/.test(result.stdout + result.stderr)) return { problem: 'no such package exists on npm (check the name)' };
  return { problem: `looking it up on npm failed${result.timedOut ? ' (timed out)' : ''}: ${(result.stderr || result.stdout).trim().split('\n').slice(-2).join(' ')}` };
}

function sortKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
