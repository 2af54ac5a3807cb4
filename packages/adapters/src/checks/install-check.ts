import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageJsonDependencyProblems } from '@buildwright/core';
import type { Check, CheckContext, CheckResult, Sandbox } from '@buildwright/core';
import { cleanOutput, failed } from './check-report.js';
import { dependencyCache, dependencyKey, dependencySet, installedMarker } from './dependency-cache.js';
import type { DependencySet } from './dependency-cache.js';
import { nodeModulesOwner } from './node-modules-owner.js';

export interface InstallCheckOptions {
  /** Shared node_modules cache directory, or false to always install. Default `~/.cache/buildwright/deps`. */
  cacheDirectory?: string | false;
  /** Timeout of the install command. Default 5 minutes. */
  timeoutMs?: number;
  /** Pass `--ignore-scripts` to npm (no install scripts from packages). Default true. */
  ignoreScripts?: boolean;
}

/**
 * Installs the project's dependencies. Skips work when node_modules already matches package.json;
 * on a sandbox whose directory is on this machine (localSandbox) it restores node_modules from
 * the shared cache by hard links, so a new project with the template's dependencies installs
 * without the network; otherwise (or for packages the model added) it runs `npm install` in the
 * sandbox with network, and stores the result in the cache.
 *
 * @example
 * import { installCheck } from '@buildwright/adapters/checks';
 *
 * const check = installCheck({ cacheDirectory: '/var/cache/buildwright/deps' });
 */
export function installCheck(options: InstallCheckOptions = {}): Check {
  return {
    name: 'install',
    // While the model works: link the cached node_modules of exactly this dependency set, if there is one.
    // A cancel or the builder's close stops it (context.signal): nothing copies into the sandbox once the builder is closed.
    async prepare(context) {
      const restore = (async () => {
        const set = readDependencySet(context.files['package.json']);
        if (!set || options.cacheDirectory === false) return;
        if ((await context.sandbox.readFile(`node_modules/${installedMarker}`))?.trim() === dependencyKey(set)) return;
        await nodeModulesOwner(context.sandbox).exclusive(async () => {
          const hostDirectory = await hostDirectoryOf(context.sandbox);
          if (hostDirectory) await dependencyCache(options.cacheDirectory || undefined).restore(hostDirectory, set, restoreMode(context.sandbox), { signal: context.signal });
        });
      })();
      preparing.set(
        context.sandbox,
        restore.catch(() => {}),
      );
      await restore;
    },
    async run(context) {
      await preparing.get(context.sandbox);
      const text = context.files['package.json'] ?? (await context.sandbox.readFile('package.json'));
      if (text === undefined) return { status: 'skipped', reason: 'the project has no package.json, so there is nothing to install' };
      let manifest: Parameters<typeof dependencySet>[0];
      try {
        manifest = JSON.parse(text) as Parameters<typeof dependencySet>[0];
      } catch (error) {
        return failed('Install check failed: package.json is not valid JSON', [{ file: 'package.json', message: (error as Error).message }]);
      }
      // The file on disk is what npm reads; the project's own commands may have rewritten it.
      const onDisk = await context.sandbox.readFile('package.json');
      const problems = [text, onDisk].flatMap((source) => (source === undefined ? [] : packageJsonDependencyProblems(source)));
      if (problems.length > 0) {
        return failed('Install check failed: package.json has dependencies that are not from the npm registry (DEPENDENCY_REFUSED); nothing was installed', [
          ...new Map(
            problems.map((problem) => [
              `${problem.field}.${problem.name}`,
              { file: 'package.json', message: `${problem.field} "${problem.name}": "${problem.spec}" ${problem.reason}. Use a version range from the npm registry.` },
            ]),
          ).values(),
        ]);
      }
      const set = dependencySet(manifest);
      const key = dependencyKey(set);
      if ((await context.sandbox.readFile(`node_modules/${installedMarker}`))?.trim() === key) return { status: 'passed' };
      // node_modules changes: the check worker (and its warm-up) stops first, and starts again once it is installed.
      return nodeModulesOwner(context.sandbox).exclusive(() => install(context, set, key));
    },
  };

  async function install(context: CheckContext, set: DependencySet, key: string): Promise<CheckResult> {
    const hostDirectory = options.cacheDirectory === false ? undefined : await hostDirectoryOf(context.sandbox);
    const cache = hostDirectory ? dependencyCache(options.cacheDirectory || undefined) : undefined;
    // A cancel kills a copy under way and rejects with the run's reason: the run ends cancelled, with no npm install after it.
    const copying = { signal: context.signal };
    if (cache && hostDirectory) {
      if (await cache.restore(hostDirectory, set, restoreMode(context.sandbox), copying)) return { status: 'passed' };
      // npm writes into node_modules: never into files shared with the cache.
      if (!(await cache.restoreClosest(hostDirectory, set, copying))) await cache.detach(hostDirectory);
    }

    const flags = ['--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', '--prefer-offline', ...((options.ignoreScripts ?? true) ? ['--ignore-scripts'] : [])];
    const result = await context.run(`npm install ${flags.join(' ')}`, { network: true, timeoutMs: options.timeoutMs ?? 300_000 });
    if (result.exitCode !== 0) return installFailure(context, result);

    if (cache && hostDirectory) await cache.store(hostDirectory, set, copying);
    await context.sandbox.writeFile(`node_modules/${installedMarker}`, `${key}\n`);
    return { status: 'passed' };
  }
}

/** Restores started by `prepare`, per sandbox: `run` (and other checks' warm-up) wait for them. */
const preparing = new WeakMap<Sandbox, Promise<void>>();

/**
 * Resolves once the install check's `prepare` (if any) is done with this sandbox, to whether
 * node_modules holds exactly the dependencies of `packageJson` (so tools can be loaded from it).
 */
export async function dependenciesReady(sandbox: Sandbox, packageJson: string | undefined): Promise<boolean> {
  await preparing.get(sandbox);
  const set = readDependencySet(packageJson);
  return set !== undefined && (await sandbox.readFile(`node_modules/${installedMarker}`))?.trim() === dependencyKey(set);
}

/** Hard links only where the sandbox's commands cannot write node_modules (bubblewrap mounts it read-only). */
function restoreMode(sandbox: Sandbox): 'link' | 'copy' {
  return sandbox.isolation === 'bubblewrap' ? 'link' : 'copy';
}

function readDependencySet(text: string | undefined) {
  try {
    return text === undefined ? undefined : dependencySet(JSON.parse(text) as Parameters<typeof dependencySet>[0]);
  } catch {
    return undefined;
  }
}

/** The sandbox's directory on this machine when the sandbox is local (files written through it appear there). */
async function hostDirectoryOf(sandbox: Sandbox): Promise<string | undefined> {
  const probe = `node_modules/.buildwright-probe-${randomUUID()}`;
  try {
    await sandbox.writeFile(probe, probe);
    const seen = await readFile(join(sandbox.root, probe), 'utf8').catch(() => undefined);
    return seen === probe ? sandbox.root : undefined;
  } finally {
    await sandbox.removeFile(probe).catch(() => {});
  }
}

function installFailure(context: CheckContext, result: { stdout: string; stderr: string; timedOut: boolean; exitCode: number | null }) {
  const output = `${result.stderr}\n${result.stdout}`;
  const errorLines = [
    ...new Set(
      output
        .split('\n')
        .filter((line) => /^npm (error|ERR!)/.test(line))
        .map((line) => line.replace(/^npm (error|ERR!)\s*/, '').trim())
        .filter(Boolean),
    ),
  ];
  const issues = errorLines.filter((line) => /404|ETARGET|No matching version|notarget|ERESOLVE|is not in this registry/i.test(line)).map((message) => ({ file: 'package.json', message }));
  const headline = result.timedOut ? 'Install check failed: npm install timed out' : `Install check failed: npm install exited with ${result.exitCode}`;
  const details = cleanOutput(errorLines.length ? errorLines.join('\n') : output, context.sandbox.root, 20);
  return failed(headline, issues, details);
}
