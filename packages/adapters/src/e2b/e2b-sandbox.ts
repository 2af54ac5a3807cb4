import { BuildwrightError, projectDirectory, projectPath } from '@buildwright/core';
import type { Sandbox, SandboxAdapter, SandboxCommand, SandboxCommandResult, SandboxServer } from '@buildwright/core';
import type { E2bCommandHandle, E2bSandboxClass, E2bSandboxInstance } from './e2b-api.js';
import { importPeer, requirePeers } from '../internal/peer-dependency.js';

export interface E2bSandboxOptions {
  /** E2B API key. Default: the `E2B_API_KEY` environment variable, read when a sandbox is first opened. */
  apiKey?: string;
  /** E2B template name or id. Default `base` (Debian with Node). */
  template?: string;
  /** Lifetime of the E2B sandbox in ms (E2B pauses or kills it afterwards); refreshed on reconnect. Default 30 minutes. */
  timeoutMs?: number;
  /** Project directory inside the sandbox. Default `/home/user/project`. */
  root?: string;
  /**
   * Known E2B sandbox id of a project, for reconnecting from another process (e.g. stored next to
   * the project). Ids of sandboxes this adapter created are remembered without it.
   */
  sandboxIdOf?: (projectId: string) => string | undefined | Promise<string | undefined>;
  /** Called with each new E2B sandbox id, to store it for `sandboxIdOf`. */
  onSandboxCreated?: (projectId: string, sandboxId: string) => void | Promise<void>;
  /** `kill()` leaves the E2B sandbox running (until its timeout) so it can be reconnected. Default false: kill it. */
  keepAliveOnKill?: boolean;
  /**
   * Outbound network of the E2B sandbox. E2B filters per sandbox, not per command, so this is the
   * policy of every command in it. `registry` (default): only the package registry's host (E2B
   * filters by name on ports 80/443 and keeps its DNS server reachable), all else denied. `open`:
   * E2B's default, every destination. Or an E2B network object of your own.
   */
  network?: 'registry' | 'open' | { allowOut?: string[]; denyOut?: string[] };
  /** The registry for `network: 'registry'`. Default `$npm_config_registry`, else `https://registry.npmjs.org/`. */
  registry?: string;
  /** The `Sandbox` class to use instead of `import('e2b').Sandbox` (tests, wrappers). */
  sandboxClass?: E2bSandboxClass;
}

/** An E2B sandbox also exposes the E2B instance for anything the port does not cover. */
export interface E2bSandbox extends Sandbox {
  readonly isolation: 'vm';
  readonly e2b: E2bSandboxInstance;
}

const listCommand = "find . \\( -type d \\( -name node_modules -o -name dist -o -name '.?*' \\) -prune \\) -o \\( -type f -print \\)";

/**
 * The sandbox port on E2B (a Firecracker microVM per project): files through E2B's filesystem
 * API, commands through `commands.run` with streamed output, preview URLs from `getHost(port)`,
 * reconnect by sandbox id, and `kill`. The `e2b` package is loaded on first use. Commands run in
 * their own session so timeouts, aborts and `kill()` end the whole process tree. Network is
 * decided by the E2B sandbox, not per command.
 *
 * @example
 * import { e2bSandbox } from '@buildwright/adapters/e2b';
 *
 * const sandbox = e2bSandbox({ apiKey: process.env.E2B_API_KEY });
 * const box = await sandbox.open({ projectId: 'demo' });
 * await box.writeFile('index.html', '<h1>hi</h1>');
 * const server = await box.startServer({ command: 'npx -y serve -l {port} .' });
 * console.log(server.url); // https://<port>-<sandbox id>.e2b.app
 */
export function e2bSandbox(options: E2bSandboxOptions = {}): SandboxAdapter {
  requirePeers('e2bSandbox', ['e2b']);
  const knownIds = new Map<string, string>();
  const root = (options.root ?? '/home/user/project').replace(/\/+$/, '');

  const loadClass = async (): Promise<E2bSandboxClass> => {
    if (options.sandboxClass) return options.sandboxClass;
    const module = (await importPeer('e2bSandbox', 'e2b', () => import('e2b'))) as unknown as { Sandbox: E2bSandboxClass };
    return module.Sandbox;
  };

  return {
    specificationVersion: 'v1',
    provider: 'e2b',
    async open({ projectId }) {
      const apiKey = options.apiKey ?? process.env.E2B_API_KEY;
      if (!apiKey) {
        throw new BuildwrightError({
          code: 'SANDBOX_UNAVAILABLE',
          message: 'No E2B API key: set the E2B_API_KEY environment variable or pass e2bSandbox({ apiKey }). Keys are at https://e2b.dev/dashboard?tab=keys.',
        });
      }
      const SandboxClass = await loadClass();
      const connection = { apiKey, timeoutMs: options.timeoutMs ?? 30 * 60_000, ...networkPolicy(options) };
      const existingId = knownIds.get(projectId) ?? (await options.sandboxIdOf?.(projectId));
      let instance: E2bSandboxInstance | undefined;
      if (existingId) {
        // An expired or killed sandbox cannot be reconnected: start a fresh one (storage holds the files).
        instance = await SandboxClass.connect(existingId, connection).catch(() => undefined);
      }
      if (!instance) {
        try {
          instance = await SandboxClass.create(options.template ?? 'base', { ...connection, metadata: { buildwrightProjectId: projectId } });
        } catch (error) {
          throw wrapE2bError(error, 'Could not create the E2B sandbox');
        }
        await options.onSandboxCreated?.(projectId, instance.sandboxId);
      }
      knownIds.set(projectId, instance.sandboxId);
      await instance.files.makeDir(root).catch((error: unknown) => {
        throw wrapE2bError(error, `Could not create ${root} in the E2B sandbox`);
      });
      return openE2bSandbox(instance, root, options.keepAliveOnKill ?? false, () => knownIds.delete(projectId));
    },
  };
}

function openE2bSandbox(instance: E2bSandboxInstance, root: string, keepAlive: boolean, forget: () => void): E2bSandbox {
  const handles = new Set<{ handle: E2bCommandHandle; group: string }>();
  const servers = new Set<SandboxServer>();
  let killed = false;
  let nextPort = 4173;
  let commandCounter = 0;

  const absolute = (path: string) => `${root}/${projectPath(path)}`;
  const ensureAlive = () => {
    if (killed) throw new BuildwrightError({ code: 'SANDBOX_UNAVAILABLE', message: `E2B sandbox ${instance.sandboxId} was killed. Open the project again to get a new one.` });
  };

  /** Starts `command` in its own session; its process group id is written to `group` so the whole tree can be killed. */
  const start = async (command: Pick<SandboxCommand, 'command' | 'cwd' | 'env' | 'onOutput'>, extraEnv: Record<string, string> = {}) => {
    const cwd = projectDirectory(command.cwd);
    commandCounter += 1;
    const group = `/tmp/.buildwright-${process.pid}-${Date.now().toString(36)}-${commandCounter}.pgid`;
    const wrapped = `exec setsid --wait sh -c 'echo $$ > ${group}; exec sh -c "$1"' buildwright ${quote(command.command)}`;
    try {
      const handle = await instance.commands.run(wrapped, {
        background: true,
        cwd: cwd ? `${root}/${cwd}` : root,
        envs: { ...command.env, ...extraEnv },
        timeoutMs: 0,
        ...(command.onOutput ? { onStdout: (text: string) => command.onOutput?.({ stream: 'stdout', text }), onStderr: (text: string) => command.onOutput?.({ stream: 'stderr', text }) } : {}),
      });
      const entry = { handle, group };
      handles.add(entry);
      return entry;
    } catch (error) {
      throw wrapE2bError(error, 'E2B could not start the command');
    }
  };

  /** Kills the command's process group; a command killed as it starts may not have written its group id yet: waited for up to 1 s. */
  const killTree = async (entry: { handle: E2bCommandHandle; group: string }) => {
    const waitForGroup = `for i in $(seq 50); do [ -s ${entry.group} ] && break; sleep 0.02; done`;
    await runToEnd(instance, `${waitForGroup}; kill -9 -$(cat ${entry.group} 2>/dev/null) 2>/dev/null; rm -f ${entry.group}; true`, '/').catch(() => {});
    await entry.handle.kill().catch(() => false);
  };

  /** A read of a file that may not exist: `undefined` then, a coded error for anything else. */
  const readIfThere = async <T>(path: string, read: (target: string) => Promise<T>): Promise<T | undefined> => {
    try {
      return await read(absolute(path));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw wrapE2bError(error, `Could not read ${path}`);
    }
  };

  const sandbox: E2bSandbox = {
    id: instance.sandboxId,
    root,
    isolation: 'vm',
    e2b: instance,
    readFile: (path) => readIfThere(path, (target) => instance.files.read(target)),
    readFileBytes: (path) => readIfThere(path, (target) => instance.files.read(target, { format: 'bytes' })),
    async writeFile(path, content) {
      const target = absolute(path);
      await instance.files.write(target, content).catch((error: unknown) => {
        throw wrapE2bError(error, `Could not write ${path}`);
      });
    },
    async removeFile(path) {
      const target = absolute(path);
      await instance.files.remove(target).catch((error: unknown) => {
        if (!isNotFound(error)) throw wrapE2bError(error, `Could not remove ${path}`);
      });
    },
    async listFiles() {
      ensureAlive();
      const { stdout } = await runToEnd(instance, listCommand, root);
      return stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.replace(/^\.\//, ''))
        .sort();
    },
    async run(command): Promise<SandboxCommandResult> {
      ensureAlive();
      const started = Date.now();
      if (command.signal?.aborted) return { exitCode: null, stdout: '', stderr: '', timedOut: false, aborted: true, durationMs: 0 };
      let stdout = '';
      let stderr = '';
      const entry = await start({
        ...command,
        onOutput: (chunk) => {
          if (chunk.stream === 'stdout') stdout += chunk.text;
          else stderr += chunk.text;
          command.onOutput?.(chunk);
        },
      });
      let timedOut = false;
      let aborted = false;
      const timer =
        command.timeoutMs === undefined
          ? undefined
          : setTimeout(() => {
              timedOut = true;
              void killTree(entry);
            }, command.timeoutMs);
      const onAbort = () => {
        aborted = true;
        void killTree(entry);
      };
      command.signal?.addEventListener('abort', onAbort, { once: true });
      // An abort while the process was starting came before the listener: it still stops the process.
      if (command.signal?.aborted) onAbort();
      try {
        const exitCode = await entry.handle.wait().then(
          (result) => result.exitCode,
          (error: unknown) => exitCodeOf(error),
        );
        return { exitCode: timedOut || aborted || killed ? null : exitCode, stdout, stderr, timedOut, aborted, durationMs: Date.now() - started };
      } finally {
        if (timer) clearTimeout(timer);
        command.signal?.removeEventListener('abort', onAbort);
        handles.delete(entry);
      }
    },
    async startServer(command) {
      ensureAlive();
      const port = command.port ?? nextPort++;
      const line = command.command.replaceAll('{port}', String(port));
      let output = '';
      const entry = await start(
        {
          ...command,
          command: line,
          onOutput: (chunk) => {
            output = (output + chunk.text).slice(-4_000);
            command.onOutput?.(chunk);
          },
        },
        { PORT: String(port), HOST: '0.0.0.0' },
      );
      let exited = false;
      void entry.handle.wait().then(
        () => (exited = true),
        () => (exited = true),
      );
      const server: SandboxServer = {
        port,
        url: `https://${instance.getHost(port)}`,
        async stop() {
          servers.delete(server);
          await killTree(entry);
          handles.delete(entry);
        },
      };
      servers.add(server);
      command.signal?.addEventListener('abort', () => void server.stop(), { once: true });
      const readyTimeoutMs = command.readyTimeoutMs ?? 60_000;
      const deadline = Date.now() + readyTimeoutMs;
      const probe = `node -e "require('net').connect(${port},'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"`;
      for (;;) {
        // Aborted while it started (before the listener) or while it came up: stopped, as the local sandbox does.
        if (exited || killed || command.signal?.aborted) {
          await server.stop();
          throw new BuildwrightError({
            code: 'SANDBOX_COMMAND_FAILED',
            message: `Server "${line}" ${command.signal?.aborted || killed ? 'was stopped' : 'exited'} before listening on port ${port}.${output.trim() ? ` Output:\n${output.trim()}` : ''}`,
            details: { command: line, port },
          });
        }
        if ((await runToEnd(instance, probe, '/').catch(() => ({ exitCode: 1, stdout: '' }))).exitCode === 0) return server;
        if (Date.now() > deadline) {
          await server.stop();
          throw new BuildwrightError({
            code: 'SANDBOX_TIMEOUT',
            retryable: true,
            message: `Server "${line}" did not listen on port ${port} within ${readyTimeoutMs} ms. Make it listen on $PORT (or {port}) on 0.0.0.0, or raise readyTimeoutMs.`,
            details: { command: line, port },
          });
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
    async kill() {
      if (killed) return;
      killed = true;
      await Promise.all([...servers].map((server) => server.stop()));
      await Promise.all([...handles].map((entry) => killTree(entry)));
      if (!keepAlive) {
        forget();
        await instance.kill().catch(() => {});
      }
    },
  };
  return sandbox;
}

/** Runs a short command and waits for it, with its exit code instead of E2B's exception for non-zero exits. */
async function runToEnd(instance: E2bSandboxInstance, command: string, cwd: string): Promise<{ exitCode: number | null; stdout: string }> {
  let stdout = '';
  const handle = await instance.commands.run(command, { background: true, cwd, timeoutMs: 60_000, onStdout: (text) => (stdout += text) });
  const exitCode = await handle.wait().then(
    (result) => result.exitCode,
    (error: unknown) => exitCodeOf(error),
  );
  return { exitCode, stdout };
}

function exitCodeOf(error: unknown): number | null {
  const code = (error as { exitCode?: unknown } | undefined)?.exitCode;
  if (typeof code === 'number') return code;
  throw wrapE2bError(error, 'E2B command failed');
}

function isNotFound(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name ?? '';
  return name === 'FileNotFoundError' || name === 'NotFoundError' || /not found|no such file/i.test((error as Error | undefined)?.message ?? '');
}

/** The E2B `network` option for the adapter's policy (nothing for `open`). */
function networkPolicy(options: E2bSandboxOptions): { network?: { allowOut?: string[]; denyOut?: string[] } } {
  const network = options.network ?? 'registry';
  if (network === 'open') return {};
  if (network !== 'registry') return { network };
  const registry = new URL(options.registry ?? process.env.npm_config_registry ?? 'https://registry.npmjs.org/');
  return { network: { allowOut: [registry.hostname], denyOut: ['0.0.0.0/0'] } };
}

function wrapE2bError(error: unknown, what: string): BuildwrightError {
  if (BuildwrightError.isInstance(error)) return error;
  const name = (error as { name?: string } | undefined)?.name ?? 'Error';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'AuthenticationError') {
    return new BuildwrightError({ code: 'SANDBOX_UNAVAILABLE', message: `${what}: E2B refused the API key (check E2B_API_KEY). ${message}`, cause: error });
  }
  if (name === 'TimeoutError') return new BuildwrightError({ code: 'SANDBOX_TIMEOUT', retryable: true, message: `${what}: E2B timed out. ${message}`, cause: error });
  if (name === 'SandboxNotFoundError') {
    return new BuildwrightError({ code: 'SANDBOX_UNAVAILABLE', message: `${what}: the E2B sandbox is gone (expired or killed). Open the project again.`, cause: error });
  }
  return new BuildwrightError({ code: 'SANDBOX_UNAVAILABLE', retryable: name === 'RateLimitError' || name === 'ServiceBusyError', message: `${what}: ${name}: ${message}`, cause: error });
}

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
