import { rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { BuildwrightError } from '@buildwright/core';
import type { Sandbox, SandboxAdapter, SandboxCommandResult, SandboxServer } from '@buildwright/core';
import { decideIsolation } from './bubblewrap.js';
import type { IsolationDecision } from './bubblewrap.js';
import { defaultSandboxLimits, limitMessage } from './command-limits.js';
import type { SandboxLimits } from './command-limits.js';
import { launchCommand } from './launch-command.js';
import type { LaunchedCommand, LaunchSettings } from './launch-command.js';
import { acceptsConnections, allocatePort, answersHttp } from './ports.js';
import { openProjectFiles } from './project-files.js';

export interface LocalSandboxOptions {
  /** Directory holding one folder per project. Default `.buildwright/sandboxes` under the current directory. */
  root?: string;
  /**
   * `bubblewrap` (default): every command runs in bubblewrap (see `bubblewrapArguments`); opening
   * fails with `SANDBOX_UNAVAILABLE` when bwrap is missing or cannot run here. `none`: commands
   * run as plain child processes of this process with the host's files and network. Model-written
   * code then reaches everything this process can: ask for it only where that is acceptable
   * (a throwaway VM, a platform without bubblewrap); the engine posts a warning on every run.
   */
  isolation?: 'bubblewrap' | 'none';
  /** Path of the bwrap binary. Default: the first of /usr/bin/bwrap, /usr/local/bin/bwrap, /bin/bwrap. */
  bwrapPath?: string;
  /**
   * npm's cache, shared by all projects; writable only inside install commands, which run npm
   * and nothing the project wrote. Default `~/.cache/buildwright/npm`.
   */
  npmCacheDir?: string;
  /**
   * The package registry install commands may reach (through the sandbox's proxy; nothing else is
   * reachable). Default `$npm_config_registry`, else `https://registry.npmjs.org/`.
   */
  registry?: string;
  /** Allow a registry on a loopback or private address (a local Verdaccio). Default false. */
  allowPrivateRegistry?: boolean;
  /** Resource limits of each command; see `SandboxLimits` for the defaults. */
  limits?: Partial<SandboxLimits>;
  /**
   * Environment for every command. Default: only PATH, locale and CA variables from this process
   * (never its secrets, such as API keys), plus CI=1.
   */
  env?: Record<string, string>;
  /** How long `startServer` waits for the port when the call gives no `readyTimeoutMs`. Default 60 s. */
  readyTimeoutMs?: number;
}

/** A local sandbox also tells how it isolates commands (see the Sandbox port's `isolation`). */
export interface LocalSandbox extends Sandbox {
  readonly isolation: 'bubblewrap' | 'none';
  /** The limits each command runs under. */
  readonly limits: SandboxLimits;
}

/**
 * The embedded-default sandbox: one directory per project on this machine, commands as child
 * processes in bubblewrap. A command sees the toolchain, its own project (dependency packages
 * read-only) and a private /tmp and home, nothing else of the host; it has a network namespace
 * of its own (install commands reach only the package registry, through a proxy); it runs under
 * memory, process, file-size, CPU and disk limits (cgroups where this machine allows them,
 * rlimits otherwise); and when it ends, every process it started ends too. Servers are reached
 * from the host through a socket bridge on free 127.0.0.1 ports.
 *
 * @example
 * import { localSandbox } from '@buildwright/adapters/local';
 *
 * const sandbox = localSandbox({ root: '.buildwright/sandboxes' });
 * const box = await sandbox.open({ projectId: 'demo' });
 * await box.writeFile('hello.txt', 'hi');
 * const { stdout } = await box.run({ command: 'cat hello.txt' }); // 'hi'
 * await box.kill();
 */
export function localSandbox(options: LocalSandboxOptions = {}): SandboxAdapter {
  let decision: Promise<IsolationDecision> | undefined;
  const decide = async (): Promise<IsolationDecision> => {
    decision ??= decideIsolation(options.isolation ?? 'bubblewrap', options.bwrapPath);
    const decided = await decision;
    if (decided.kind === 'none' && decided.note) {
      throw new BuildwrightError({
        code: 'SANDBOX_UNAVAILABLE',
        message: `The local sandbox isolates commands with bubblewrap, but ${decided.note}. Install it (Debian/Ubuntu: apt-get install bubblewrap; npm run setup does it as root), or, where running model-written code unisolated is acceptable, ask for localSandbox({ isolation: 'none' }) (CLI: --isolation none).`,
      });
    }
    return decided;
  };
  return {
    specificationVersion: 'v1',
    provider: 'local',
    async open({ projectId }) {
      const directory = sandboxDirectory(options, projectId);
      const isolation = await decide();
      const files = await openProjectFiles(directory);
      return openLocalSandbox(
        projectId,
        {
          files,
          isolation,
          limits: { ...defaultSandboxLimits, ...options.limits },
          npmCacheDir: resolve(options.npmCacheDir ?? join(homedir(), '.cache', 'buildwright', 'npm')),
          registry: options.registry ?? process.env.npm_config_registry ?? 'https://registry.npmjs.org/',
          allowPrivateRegistry: options.allowPrivateRegistry ?? false,
          baseEnv: options.env ?? pickHostEnv(),
        },
        options,
      );
    },
    async remove({ projectId }) {
      const directory = sandboxDirectory(options, projectId);
      try {
        // Retried: a process of the sandbox that is still ending may write into it once more.
        await rm(directory, { recursive: true, force: true, maxRetries: 5 });
      } catch (error) {
        throw new BuildwrightError({
          code: 'SANDBOX_UNAVAILABLE',
          message: `Could not remove the sandbox directory ${directory} of project "${projectId}": ${(error as Error).message}. Stop what still uses it, then remove it by hand (rm -rf ${directory}).`,
          details: { projectId, directory },
          cause: error,
        });
      }
    },
  };
}

/** The directory of a project's sandbox under the adapter's root; an id that cannot name one is INVALID_INPUT. */
function sandboxDirectory(options: LocalSandboxOptions, projectId: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(projectId)) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message: `Project id "${projectId}" cannot name a sandbox directory: use letters, digits, ".", "_" and "-" (at most 128, not starting with a dot).`,
      details: { projectId },
    });
  }
  return join(resolve(options.root ?? '.buildwright/sandboxes'), projectId);
}

function openLocalSandbox(projectId: string, settings: LaunchSettings, options: LocalSandboxOptions): LocalSandbox {
  const { files, isolation, limits } = settings;
  const commands = new Set<LaunchedCommand>();
  const servers = new Set<SandboxServer>();
  let killed = false;

  const ensureAlive = () => {
    if (killed) {
      throw new BuildwrightError({
        code: 'SANDBOX_UNAVAILABLE',
        message: `Sandbox "${projectId}" was killed. Open it again with sandbox.open({ projectId: '${projectId}' }); its files are still on disk.`,
      });
    }
  };

  const launch = async (command: Parameters<typeof launchCommand>[1], extra?: Parameters<typeof launchCommand>[2]) => {
    const launched = await launchCommand(settings, command, extra);
    commands.add(launched);
    void launched.finished.finally(() => commands.delete(launched)).catch(() => {});
    return launched;
  };

  const sandbox: LocalSandbox = {
    id: projectId,
    root: files.root,
    isolation: isolation.kind,
    limits,
    readFile: (path) => files.read(path),
    readFileBytes: (path) => files.readBytes(path),
    writeFile: (path, content) => files.write(path, content),
    removeFile: (path) => files.remove(path),
    listFiles: () => files.list(),

    async run(command): Promise<SandboxCommandResult> {
      ensureAlive();
      const started = Date.now();
      if (command.signal?.aborted) {
        return { exitCode: null, stdout: '', stderr: '', timedOut: false, aborted: true, durationMs: 0 };
      }
      const launched = await launch(command);
      let timedOut = false;
      let aborted = false;
      const timer =
        command.timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              timedOut = true;
              launched.kill();
            }, command.timeoutMs);
      const onAbort = () => {
        aborted = true;
        launched.kill();
      };
      command.signal?.addEventListener('abort', onAbort, { once: true });
      if (command.signal?.aborted) onAbort();
      try {
        const { exitCode, limit } = await launched.finished;
        let { stdout, stderr } = launched.group.output();
        if (limit) stderr = `${stderr}${stderr.endsWith('\n') || !stderr ? '' : '\n'}${limitMessage(limit, limits)}\n`;
        return {
          exitCode: timedOut || aborted || (limit && exitCode === 0) ? null : exitCode,
          stdout,
          stderr,
          timedOut,
          aborted,
          durationMs: Date.now() - started,
          ...(limit ? { limitExceeded: limit } : {}),
        };
      } finally {
        if (timer) clearTimeout(timer);
        command.signal?.removeEventListener('abort', onAbort);
      }
    },

    async startServer(command) {
      ensureAlive();
      const port = command.port ?? (await allocatePort());
      const line = command.command.replaceAll('{port}', String(port));
      // Under bubblewrap the server lives in its own network namespace: it is reached through a bridge.
      const bridged = isolation.kind === 'bubblewrap';
      const launched = await launch({ ...command, command: line }, { env: { PORT: String(port), HOST: '127.0.0.1' }, ...(bridged ? { serverPort: port } : {}) });
      const url = `http://127.0.0.1:${port}`;
      const server: SandboxServer = {
        port,
        url,
        async stop() {
          servers.delete(server);
          command.signal?.removeEventListener('abort', onAbort);
          await launched.group.stop();
          await launched.finished.catch(() => {});
        },
      };
      const onAbort = () => void server.stop();
      servers.add(server);
      command.signal?.addEventListener('abort', onAbort, { once: true });

      const readyTimeoutMs = command.readyTimeoutMs ?? options.readyTimeoutMs ?? 60_000;
      const deadline = Date.now() + readyTimeoutMs;
      const isReady = bridged ? () => answersHttp(url) : () => acceptsConnections(port);
      for (;;) {
        if (launched.group.done || killed || command.signal?.aborted) {
          await server.stop();
          const { stdout, stderr } = launched.group.output();
          const output = tail(`${stdout}\n${stderr}`.trim(), 2_000);
          throw new BuildwrightError({
            code: 'SANDBOX_COMMAND_FAILED',
            message: `Server "${line}" ${command.signal?.aborted || killed ? 'was stopped' : 'exited'} before listening on port ${port}.${output ? ` Output:\n${output}` : ''}`,
            details: { command: line, port },
          });
        }
        if (await isReady()) return server;
        if (Date.now() > deadline) {
          await server.stop();
          throw new BuildwrightError({
            code: 'SANDBOX_TIMEOUT',
            message: `Server "${line}" did not accept connections on port ${port} within ${readyTimeoutMs} ms. Make it listen on $PORT (or {port}) at 127.0.0.1, or raise readyTimeoutMs.`,
            retryable: true,
            details: { command: line, port },
          });
        }
        await delay(100);
      }
    },

    async kill() {
      killed = true;
      await Promise.all([...servers].map((server) => server.stop()));
      for (const command of commands) command.kill();
      await Promise.all([...commands].map((command) => command.finished.catch(() => {})));
    },
  };
  return sandbox;
}

function pickHostEnv(): Record<string, string> {
  const env: Record<string, string> = { CI: '1' };
  // Locale, PATH and CA settings; nothing else (no API keys). The registry comes from the sandbox's own proxy.
  const names = ['PATH', 'LANG', 'LC_ALL', 'TZ', 'TERM', 'NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR'];
  for (const name of names) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  env.PATH ??= '/usr/local/bin:/usr/bin:/bin';
  return env;
}

function tail(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(-max)}`;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
