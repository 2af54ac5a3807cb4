import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { BuildwrightError } from '@buildwright/core';
import type { Sandbox, SandboxAdapter, SandboxCommand, SandboxCommandResult, SandboxServer } from '@buildwright/core';
import { bubblewrapArguments, decideIsolation } from './bubblewrap.js';
import type { IsolationDecision } from './bubblewrap.js';
import { startProcessGroup } from './process-group.js';
import type { ProcessGroup } from './process-group.js';
import { acceptsConnections, allocatePort, answersHttp } from './ports.js';
import { bridgeMountPoint, openServerBridge } from './server-bridge.js';
import type { ServerBridge } from './server-bridge.js';
import { openProjectFiles } from './project-files.js';
import type { ProjectFiles } from './project-files.js';

export interface LocalSandboxOptions {
  /** Directory holding one folder per project. Default `.buildwright/sandboxes` under the current directory. */
  root?: string;
  /**
   * `auto` (default): bubblewrap when it is installed and works here, otherwise unisolated with
   * `isolationNote` saying why. `bubblewrap`: fail with `SANDBOX_UNAVAILABLE` when it cannot run.
   * `none`: run commands as plain child processes of this process.
   */
  isolation?: 'auto' | 'bubblewrap' | 'none';
  /** Path of the bwrap binary. Default: the first of /usr/bin/bwrap, /usr/local/bin/bwrap, /bin/bwrap. */
  bwrapPath?: string;
  /**
   * npm's cache, shared by all projects; writable inside bubblewrap only for commands run with
   * `network: true` (installs). Default `~/.cache/buildwright/npm`.
   */
  npmCacheDir?: string;
  /**
   * Environment for every command. Default: only PATH, locale, CA and proxy variables from this
   * process (never its secrets, such as API keys), plus CI=1.
   */
  env?: Record<string, string>;
  /** How long `startServer` waits for the port when the call gives no `readyTimeoutMs`. Default 60 s. */
  readyTimeoutMs?: number;
}

/** A local sandbox also tells how it isolates commands (see the Sandbox port's `isolation`). */
export interface LocalSandbox extends Sandbox {
  readonly isolation: 'bubblewrap' | 'none';
}

/**
 * The embedded-default sandbox: one directory per project on this machine, commands as child
 * processes in their own process group (timeouts, aborts and `kill()` end the whole tree), dev
 * and preview servers on free 127.0.0.1 ports. When bubblewrap is installed, commands run inside
 * it: the host read-only, the project directory the only writable path, a private /tmp, no network
 * unless the command asks for it (installs), and no capabilities.
 *
 * @example
 * import { localSandbox } from '@buildwright/adapters/local';
 *
 * const sandbox = localSandbox({ root: '.buildwright/sandboxes' });
 * const box = await sandbox.open({ projectId: 'demo' });
 * await box.writeFile('hello.txt', 'hi');
 * const { stdout } = await box.run({ command: 'cat hello.txt' }); // 'hi'
 * if (box.isolation === 'none') console.warn(box.isolationNote ?? 'commands are not isolated');
 * await box.kill();
 */
export function localSandbox(options: LocalSandboxOptions = {}): SandboxAdapter {
  let decision: Promise<IsolationDecision> | undefined;
  const decide = async (): Promise<IsolationDecision> => {
    decision ??= decideIsolation(options.isolation ?? 'auto', options.bwrapPath);
    const decided = await decision;
    if (options.isolation === 'bubblewrap' && decided.kind !== 'bubblewrap') {
      throw new BuildwrightError({
        code: 'SANDBOX_UNAVAILABLE',
        message: `isolation: 'bubblewrap' was asked for but ${decided.note}. Install bubblewrap or use isolation: 'auto'.`,
      });
    }
    return decided;
  };
  return {
    specificationVersion: 'v1',
    provider: 'local',
    async open({ projectId }) {
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(projectId)) {
        throw new BuildwrightError({
          code: 'INVALID_INPUT',
          message: `Project id "${projectId}" cannot name a sandbox directory: use letters, digits, ".", "_" and "-" (at most 128, not starting with a dot).`,
          details: { projectId },
        });
      }
      const isolation = await decide();
      const files = await openProjectFiles(join(resolve(options.root ?? '.buildwright/sandboxes'), projectId));
      return openLocalSandbox(projectId, files, isolation, options);
    },
  };
}

function openLocalSandbox(projectId: string, files: ProjectFiles, isolation: IsolationDecision, options: LocalSandboxOptions): LocalSandbox {
  const npmCacheDir = resolve(options.npmCacheDir ?? join(homedir(), '.cache', 'buildwright', 'npm'));
  const baseEnv = options.env ?? pickHostEnv();
  const processes = new Set<ProcessGroup>();
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

  const spawnCommand = async (
    command: Pick<SandboxCommand, 'command' | 'cwd' | 'env' | 'network' | 'onOutput'>,
    extra: { env?: Record<string, string>; bridge?: ServerBridge } = {},
  ): Promise<ProcessGroup> => {
    const cwd = await files.directory(command.cwd);
    const network = command.network ?? false;
    const env: Record<string, string> = { ...baseEnv, npm_config_cache: npmCacheDir, npm_config_update_notifier: 'false', ...command.env, ...extra.env };
    let argv: [string, ...string[]];
    if (isolation.kind === 'bubblewrap' && isolation.bwrapPath) {
      if (network) await ensureDirectory(npmCacheDir);
      const args = bubblewrapArguments({
        projectDirectory: files.root,
        cwd,
        network,
        writable: network ? [npmCacheDir] : [],
        binds: extra.bridge ? [[extra.bridge.directory, bridgeMountPoint]] : [],
      });
      env.HOME = '/tmp';
      env.TMPDIR = '/tmp';
      const line = extra.bridge ? `${extra.bridge.insideCommand}\n${command.command}` : command.command;
      argv = [isolation.bwrapPath, ...args, 'sh', '-c', line];
    } else {
      env.HOME ??= homedir();
      argv = ['sh', '-c', command.command];
    }
    const group = startProcessGroup({ argv, cwd, env, onOutput: command.onOutput });
    processes.add(group);
    void group.exited.finally(() => processes.delete(group)).catch(() => {});
    return group;
  };

  const sandbox: LocalSandbox = {
    id: projectId,
    root: files.root,
    isolation: isolation.kind,
    ...(isolation.note ? { isolationNote: isolation.note } : {}),
    readFile: (path) => files.read(path),
    writeFile: (path, content) => files.write(path, content),
    removeFile: (path) => files.remove(path),
    listFiles: () => files.list(),

    async run(command): Promise<SandboxCommandResult> {
      ensureAlive();
      const started = Date.now();
      if (command.signal?.aborted) {
        return { exitCode: null, stdout: '', stderr: '', timedOut: false, aborted: true, durationMs: 0 };
      }
      const group = await spawnCommand(command);
      let timedOut = false;
      let aborted = false;
      const timer = command.timeoutMs === undefined ? undefined : setTimeout(() => {
        timedOut = true;
        group.signal('SIGKILL');
      }, command.timeoutMs);
      const onAbort = () => {
        aborted = true;
        group.signal('SIGKILL');
      };
      command.signal?.addEventListener('abort', onAbort, { once: true });
      if (command.signal?.aborted) onAbort();
      try {
        const { exitCode } = await group.exited;
        const { stdout, stderr } = group.output();
        return { exitCode: timedOut || aborted ? null : exitCode, stdout, stderr, timedOut, aborted, durationMs: Date.now() - started };
      } finally {
        if (timer) clearTimeout(timer);
        command.signal?.removeEventListener('abort', onAbort);
      }
    },

    async startServer(command) {
      ensureAlive();
      const port = command.port ?? (await allocatePort());
      const line = command.command.replaceAll('{port}', String(port));
      // Without network the server lives in its own network namespace: reach it through a bridge.
      const bridge = isolation.kind === 'bubblewrap' && !command.network ? await openServerBridge(port) : undefined;
      let group: ProcessGroup;
      try {
        group = await spawnCommand({ ...command, command: line }, { env: { PORT: String(port), HOST: '127.0.0.1' }, ...(bridge ? { bridge } : {}) });
      } catch (error) {
        await bridge?.close();
        throw error;
      }
      const url = `http://127.0.0.1:${port}`;
      const server: SandboxServer = {
        port,
        url,
        async stop() {
          servers.delete(server);
          command.signal?.removeEventListener('abort', onAbort);
          await group.stop();
          await bridge?.close();
        },
      };
      const onAbort = () => void server.stop();
      servers.add(server);
      command.signal?.addEventListener('abort', onAbort, { once: true });

      const readyTimeoutMs = command.readyTimeoutMs ?? options.readyTimeoutMs ?? 60_000;
      const deadline = Date.now() + readyTimeoutMs;
      const isReady = bridge ? () => answersHttp(url) : () => acceptsConnections(port);
      for (;;) {
        if (group.done || killed || command.signal?.aborted) {
          await server.stop();
          const { stdout, stderr } = group.output();
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
      for (const group of processes) group.signal('SIGKILL');
      await Promise.all([...processes].map((group) => group.exited.catch(() => {})));
    },
  };
  return sandbox;
}

function pickHostEnv(): Record<string, string> {
  const env: Record<string, string> = { CI: '1' };
  // Locale, PATH, and what reaching the registry through a corporate proxy or CA needs; nothing else (no API keys).
  const names = ['PATH', 'LANG', 'LC_ALL', 'TZ', 'TERM', 'NODE_EXTRA_CA_CERTS', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy', 'npm_config_registry'];
  for (const name of names) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  env.PATH ??= '/usr/local/bin:/usr/bin:/bin';
  return env;
}

async function ensureDirectory(path: string): Promise<void> {
  await mkdir(path, { recursive: true });
}

function tail(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(-max)}`;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
