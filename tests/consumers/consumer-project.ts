import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { packedWorkspace, repositoryRoot, type PackageDirectory, type Tarballs } from '../packaging/pack-workspace.js';
import { recordTiming } from './consumer-timings.js';

const run = promisify(execFile);

/** One npm cache for every consumer of every run: installs after the first come from it. */
export const npmCache = join(tmpdir(), 'buildwright-consumers-npm-cache');

export interface ConsumerOptions {
  /** Names the project and its timing line. */
  name: string;
  /** The packed packages it installs (the `@buildwright/*` ones they depend on come along packed too). */
  packages: PackageDirectory[];
  /** Registry packages with their ranges, e.g. `{ express: '^5' }`. */
  dependencies?: Record<string, string>;
  /** Files to write, by project-relative path. */
  files?: Record<string, string>;
}

export interface ConsumerProject {
  name: string;
  directory: string;
  /** A path inside the project. */
  path(relative: string): string;
  /** The installed packages of a scope (`@langchain`), or of the top level with `''`. */
  installed(scope: string): string[];
}

/** The packed packages a package depends on (the registry does not hold them, so all come packed). */
function buildwrightDependencies(directory: PackageDirectory): PackageDirectory[] {
  const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'packages', directory, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  return Object.keys(manifest.dependencies ?? {})
    .filter((name) => name.startsWith('@buildwright/'))
    .map((name) => name.slice('@buildwright/'.length) as PackageDirectory);
}

function withDependencies(packages: PackageDirectory[]): PackageDirectory[] {
  const all = new Set<PackageDirectory>();
  const add = (directory: PackageDirectory) => {
    if (all.has(directory)) return;
    all.add(directory);
    for (const dependency of buildwrightDependencies(directory)) add(dependency);
  };
  for (const directory of packages) add(directory);
  return [...all].sort();
}

/**
 * A fresh project in a temporary directory that installs the packed packages and its registry
 * dependencies with plain `npm install`, as a user's project would; the install time is recorded.
 */
export async function installConsumer(options: ConsumerOptions): Promise<ConsumerProject> {
  const tarballs: Tarballs = await packedWorkspace();
  const directory = mkdtempSync(join(tmpdir(), `buildwright-consumer-${options.name.replace(/\W+/g, '-')}-`));
  const packed = withDependencies(options.packages);
  const dependencies = Object.fromEntries(packed.map((name) => [`@buildwright/${name}`, `file:${tarballs[name]}`]));
  writeFileSync(
    join(directory, 'package.json'),
    JSON.stringify(
      {
        name: `consumer-${options.name.replace(/\W+/g, '-').toLowerCase()}`,
        private: true,
        type: 'module',
        dependencies: { ...dependencies, ...options.dependencies },
        // The dependencies between the packed packages take the tarballs too.
        overrides: Object.fromEntries(packed.map((name) => [`@buildwright/${name}`, `$@buildwright/${name}`])),
      },
      null,
      2,
    ),
  );
  for (const [path, content] of Object.entries(options.files ?? {})) {
    mkdirSync(dirname(join(directory, path)), { recursive: true });
    writeFileSync(join(directory, path), content);
  }
  const started = performance.now();
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', `--cache=${npmCache}`], { cwd: directory, maxBuffer: 64 << 20 }).catch(
    (error: Error & { stderr?: string }) => {
      throw new Error(`npm install failed in the ${options.name} consumer (${directory}):\n${error.stderr ?? error.message}`);
    },
  );
  recordTiming(options.name, 'install', performance.now() - started);
  return {
    name: options.name,
    directory,
    path: (relative) => join(directory, relative),
    installed: (scope) => {
      const folder = join(directory, 'node_modules', scope);
      return existsSync(folder)
        ? readdirSync(folder)
            .filter((name) => !name.startsWith('.'))
            .sort()
        : [];
    },
  };
}

/** Runs a command in the project and returns its output; the time goes to the project's timing line. */
export async function runIn(project: ConsumerProject, step: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  const started = performance.now();
  try {
    const { stdout } = await run(command, args, { cwd: project.directory, env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
    return stdout;
  } catch (error) {
    const failure = error as Error & { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in the ${project.name} consumer (${project.directory}):\n${failure.stdout ?? ''}\n${failure.stderr ?? failure.message}`);
  } finally {
    recordTiming(project.name, step, performance.now() - started);
  }
}

/** The version of a package installed in the project. */
export function installedVersion(project: ConsumerProject, name: string): string {
  return (JSON.parse(readFileSync(project.path(`node_modules/${name}/package.json`), 'utf8')) as { version: string }).version;
}
