import { existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { BuildwrightError } from '@buildwright/core';
import type { SandboxCommand } from '@buildwright/core';
import { bubblewrapArguments, sandboxHome } from './bubblewrap.js';
import type { IsolationDecision } from './bubblewrap.js';
import { createCommandCgroup } from './command-cgroup.js';
import type { CommandCgroup } from './command-cgroup.js';
import { limitFromExit, prlimitArguments } from './command-limits.js';
import type { SandboxLimitName, SandboxLimits } from './command-limits.js';
import { startProcessGroup } from './process-group.js';
import type { ProcessGroup } from './process-group.js';
import { projectUsage } from './project-usage.js';
import type { ProjectFiles } from './project-files.js';
import { startRegistryProxy } from './registry-proxy.js';
import type { RegistryProxy } from './registry-proxy.js';
import { openLoopbackForward, openServerBridge, openServiceBridge } from './server-bridge.js';
import type { ServerBridge } from './server-bridge.js';
import { scratchDirectories } from '../internal/node-modules-scratch.js';

/** Port of the registry proxy inside an install command's own network namespace. */
const proxyPort = 3128;
const prlimitPath = ['/usr/bin/prlimit', '/bin/prlimit'].find((path) => existsSync(path));

/** What every command of one local sandbox shares. */
export interface LaunchSettings {
  files: ProjectFiles;
  isolation: IsolationDecision;
  limits: SandboxLimits;
  npmCacheDir: string;
  registry: string;
  allowPrivateRegistry: boolean;
  baseEnv: Record<string, string>;
}

/** A command started in the sandbox; `finished` resolves once it exited and everything it left is gone. */
export interface LaunchedCommand {
  readonly group: ProcessGroup;
  readonly finished: Promise<{ exitCode: number | null; signal: NodeJS.Signals | null; limit: SandboxLimitName | undefined }>;
  /** SIGKILLs the command and every process it started. */
  kill(): void;
}

/**
 * Starts one command: in the sandbox's view of the filesystem (bubblewrap), in a cgroup with the
 * memory and process limits (when this machine allows cgroups), under rlimits, with a disk quota
 * watch on the project. A `network` command gets the registry view: only package.json and
 * node_modules of the project, and the registry through a proxy bridged into its own network
 * namespace. `serverPort` bridges a server's port out to the host.
 */
export async function launchCommand(
  settings: LaunchSettings,
  command: Pick<SandboxCommand, 'command' | 'cwd' | 'env' | 'network' | 'reach' | 'onOutput'>,
  extra: { env?: Record<string, string>; serverPort?: number } = {},
): Promise<LaunchedCommand> {
  const { files, isolation, limits } = settings;
  const network = command.network ?? false;
  const cleanups: Array<() => Promise<void>> = [];
  const cleanup = async () => {
    for (const step of cleanups.reverse()) await step().catch(() => {});
  };
  try {
    const cwd = await files.directory(command.cwd);
    const env: Record<string, string> = { ...settings.baseEnv, npm_config_cache: settings.npmCacheDir, npm_config_update_notifier: 'false', ...command.env, ...extra.env };
    let argv: string[];
    if (isolation.kind === 'bubblewrap' && isolation.bwrapPath) {
      let args: string[];
      const bridges: ServerBridge[] = [];
      const addBridge = (bridge: ServerBridge) => {
        bridges.push(bridge);
        cleanups.push(bridge.close);
      };
      for (const url of command.reach ?? []) addBridge(await openLoopbackForward(loopbackPort(url)));
      const binds = () => bridges.map((bridge): [string, string] => [bridge.directory, bridge.mountPoint]);
      if (network) {
        const view = await dependenciesView(settings, env);
        cleanups.push(view.close);
        bridges.push(view.bridge);
        args = bubblewrapArguments({
          projectDirectory: files.root,
          cwd: files.root,
          view: 'dependencies',
          files: view.files,
          writable: [settings.npmCacheDir],
          binds: binds(),
          tmpBytes: limits.tmpBytes,
        });
      } else {
        await prepareDependencyMounts(files.root);
        if (extra.serverPort !== undefined) addBridge(await openServerBridge(extra.serverPort));
        args = bubblewrapArguments({ projectDirectory: files.root, cwd, view: 'project', scratchDirectories: [...scratchDirectories], binds: binds(), tmpBytes: limits.tmpBytes });
      }
      env.HOME = sandboxHome;
      env.TMPDIR = '/tmp';
      const line = [...bridges.map((bridge) => bridge.insideCommand), command.command].join('\n');
      argv = [isolation.bwrapPath, ...args, 'sh', '-c', line];
    } else {
      // Not the host's home: tools (npm, git) write their config and caches there.
      env.HOME ??= await unisolatedHome(files.root);
      argv = ['sh', '-c', command.command];
    }

    const cgroup = await createCommandCgroup(limits);
    if (cgroup) cleanups.push(cgroup.remove);
    if (prlimitPath) argv = [prlimitPath, ...prlimitArguments(limits, cgroup !== undefined), '--', ...argv];
    // The shell joins the cgroup before it becomes the command, so no child can start outside it.
    if (cgroup) argv = ['sh', '-c', `${cgroup.procsFiles.map((file) => `echo $$ > '${file}'`).join(' && ')} && exec "$@"`, 'sh', ...argv];

    const group = startProcessGroup({ argv: argv as [string, ...string[]], cwd, env, onOutput: command.onOutput });
    let limit: SandboxLimitName | undefined;
    const kill = () => {
      group.signal('SIGKILL');
      void cgroup?.killAll();
    };
    const stopAt = (reached: SandboxLimitName) => {
      limit ??= reached;
      kill();
    };
    const watch = watchLimits({ cgroup, root: files.root, limits, network, onLimit: stopAt });
    const finished = group.exited.then(
      async ({ exitCode, signal }) => {
        watch.stop();
        limit ??= (await cgroup?.violation()) ?? limitFromExit(exitCode, signal, group.output().stderr);
        await cleanup();
        return { exitCode, signal, limit };
      },
      async (error: unknown) => {
        watch.stop();
        await cleanup();
        throw error;
      },
    );
    finished.catch(() => {});
    return {
      group,
      finished,
      kill,
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/**
 * The install step's view: package.json (a copy, read through the project's path checks) in an
 * otherwise empty project directory, node_modules writable, and the registry proxy.
 */
async function dependenciesView(settings: LaunchSettings, env: Record<string, string>) {
  const staging = await mkdtemp(join(tmpdir(), 'bw-install-'));
  const bridge = await openServiceBridge(proxyPort);
  let proxy: RegistryProxy | undefined;
  const close = async () => {
    await proxy?.close();
    await bridge.close();
    await rm(staging, { recursive: true, force: true });
  };
  try {
    proxy = await startRegistryProxy(bridge.socketPath, { registry: settings.registry, allowPrivateAddresses: settings.allowPrivateRegistry });
    const viewFiles: Array<[string, string]> = [];
    const manifest = await settings.files.read('package.json');
    if (manifest !== undefined) {
      await writeFile(join(staging, 'package.json'), manifest);
      viewFiles.push([join(staging, 'package.json'), 'package.json']);
    }
    await realDirectory(join(settings.files.root, 'node_modules'));
    const proxyUrl = `http://127.0.0.1:${proxyPort}`;
    // Settings the project cannot override: it has no .npmrc in this view, and these win over any config file.
    Object.assign(env, {
      npm_config_registry: settings.registry,
      npm_config_proxy: proxyUrl,
      npm_config_https_proxy: proxyUrl,
      npm_config_noproxy: '',
      npm_config_userconfig: `${sandboxHome}/.npmrc`,
      npm_config_globalconfig: '/tmp/.npmrc-global',
      npm_config_git: '/nonexistent/git',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
    });
    for (const name of ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy']) delete env[name];
    await mkdir(settings.npmCacheDir, { recursive: true });
    return { bridge, files: viewFiles, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A home directory of the project's own beside it (`<sandboxes>/.home/<project>`), for commands without bubblewrap. */
async function unisolatedHome(root: string): Promise<string> {
  const home = join(dirname(root), '.home', basename(root));
  await mkdir(home, { recursive: true });
  return home;
}

/** The port of a loopback URL a command may reach; anything but this machine's loopback is refused. */
function loopbackPort(url: string): number {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  const port = parsed ? Number(parsed.port || (parsed.protocol === 'https:' ? 443 : 80)) : Number.NaN;
  if (!parsed || !['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname) || !(port > 0)) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message: `reach: "${url}" is not a URL on this machine's loopback (http://127.0.0.1:<port>): a sandbox command may reach only such local services.`,
    });
  }
  return port;
}

/** Makes `path` a real directory (a symlink a command left there is removed, never followed). */
async function realDirectory(path: string): Promise<void> {
  const entry = await lstat(path).catch(() => undefined);
  if (entry && !entry.isDirectory()) await rm(path, { force: true });
  await mkdir(path, { recursive: true });
}

/**
 * Makes node_modules (empty when nothing is installed yet) and its writable scratch directories
 * real directories, to be mounted. node_modules is never replaced as a directory, only its
 * contents (see the dependency cache), so a command's read-only mount of it stays in place
 * whatever is installed while the command runs.
 */
async function prepareDependencyMounts(root: string): Promise<void> {
  await realDirectory(join(root, 'node_modules'));
  for (const scratch of scratchDirectories) await realDirectory(join(root, 'node_modules', scratch));
}

/** Polls the cgroup's counters (4×/s) and the project's size (every 2 s) while a command runs. */
function watchLimits(options: { cgroup: CommandCgroup | undefined; root: string; limits: SandboxLimits; network: boolean; onLimit(limit: SandboxLimitName): void }) {
  let ticks = 0;
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      ticks += 1;
      const violation = await options.cgroup?.violation();
      if (violation) options.onLimit(violation);
      else if (!options.network && ticks % 8 === 0 && (await projectUsage(options.root, scratchDirectories, options.limits.diskBytes)) > options.limits.diskBytes) options.onLimit('disk');
    } finally {
      busy = false;
    }
  }, 250);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
