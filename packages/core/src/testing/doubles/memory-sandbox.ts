import { BuildwrightError } from '@buildwright/client';
import { projectDirectory, projectPath } from '../../protocol/project-path.js';
import { isSkippedDirectory } from '../../protocol/skipped-directory.js';
import type { Sandbox, SandboxAdapter, SandboxCommand, SandboxCommandResult, SandboxServer } from '../../spec/sandbox.js';

/** What a memory sandbox hands its command handler. */
export interface MemorySandboxCommand {
  /** The command line as given (for servers, with `{port}` replaced). */
  command: string;
  /** Working directory relative to the project root (`''` for the root). */
  cwd: string;
  /** The project root as the sandbox reports it (`/memory/<projectId>`), for output that names absolute paths as real tools do. */
  root: string;
  env: Record<string, string>;
  network: boolean;
  /** The project's files; the handler may change them (e.g. to simulate build output). */
  files: Map<string, string>;
  /** Aborted when the command times out, is aborted, or the sandbox is killed. */
  signal: AbortSignal;
  /** Set for `startServer`: the port the server was asked to use. */
  port?: number;
}

/** A handler's answer. Missing fields default to exit 0 and empty output. */
export interface MemorySandboxReply {
  exitCode?: number | null;
  stdout?: string;
  stderr?: string;
  /** For `startServer` only: the URL the fake server is reachable at. Without it `startServer` fails. */
  url?: string;
}

/** Answers the commands run in a memory sandbox. */
export type MemorySandboxHandler = (command: MemorySandboxCommand) => MemorySandboxReply | Promise<MemorySandboxReply>;

export interface MemorySandboxOptions {
  /** Answers commands; by default every command exits 0 with no output and servers cannot start. */
  handler?: MemorySandboxHandler;
}

/**
 * A sandbox kept in memory, for tests of code that uses the sandbox port. Files live in a map per
 * project (reopening a project sees the same files); commands do not run anything: they are
 * answered by your `handler`. Paths are checked like a real sandbox's (`PATH_OUTSIDE_PROJECT`).
 *
 * @example
 * const sandbox = memorySandbox({
 *   handler: ({ command }) => (command === 'npm test' ? { exitCode: 1, stderr: '1 failing' } : {}),
 * });
 * const box = await sandbox.open({ projectId: 'p1' });
 * await box.writeFile('src/App.tsx', 'export default () => null;');
 * const result = await box.run({ command: 'npm test' }); // { exitCode: 1, stderr: '1 failing', ... }
 */
export function memorySandbox(options: MemorySandboxOptions = {}): SandboxAdapter {
  const handler: MemorySandboxHandler = options.handler ?? (() => ({}));
  const projects = new Map<string, Map<string, string>>();
  return {
    specificationVersion: 'v1',
    provider: 'memory',
    async open({ projectId }) {
      let files = projects.get(projectId);
      if (!files) {
        files = new Map();
        projects.set(projectId, files);
      }
      return openMemorySandbox(projectId, files, handler);
    },
    async remove({ projectId }) {
      projects.delete(projectId);
    },
  };
}

function openMemorySandbox(projectId: string, files: Map<string, string>, handler: MemorySandboxHandler): Sandbox {
  const root = `/memory/${projectId}`;
  const running = new Set<AbortController>();
  let killed = false;
  let nextPort = 3000;

  const ensureAlive = () => {
    if (killed) {
      throw new BuildwrightError({
        code: 'SANDBOX_UNAVAILABLE',
        message: `Memory sandbox "${projectId}" was killed. Open it again with sandbox.open({ projectId }).`,
      });
    }
  };

  const answer = async (command: SandboxCommand, commandLine: string, port: number | undefined): Promise<{ result: SandboxCommandResult; url: string | undefined }> => {
    ensureAlive();
    const cwd = projectDirectory(command.cwd);
    const started = Date.now();
    const controller = new AbortController();
    running.add(controller);
    let timedOut = false;
    let aborted = false;
    const onAbort = () => {
      aborted = true;
      controller.abort();
    };
    if (command.signal?.aborted) onAbort();
    else command.signal?.addEventListener('abort', onAbort, { once: true });
    const timer =
      command.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, command.timeoutMs);
    const stopped = new Promise<undefined>((resolve) => {
      if (controller.signal.aborted) resolve(undefined);
      else controller.signal.addEventListener('abort', () => resolve(undefined), { once: true });
    });
    try {
      const reply = controller.signal.aborted
        ? undefined
        : await Promise.race([
            Promise.resolve(
              handler({
                command: commandLine,
                cwd,
                root,
                env: { ...command.env, ...(port === undefined ? {} : { PORT: String(port) }) },
                network: command.network ?? false,
                files,
                signal: controller.signal,
                ...(port === undefined ? {} : { port }),
              }),
            ),
            stopped,
          ]);
      const stdout = reply?.stdout ?? '';
      const stderr = reply?.stderr ?? '';
      if (stdout) command.onOutput?.({ stream: 'stdout', text: stdout });
      if (stderr) command.onOutput?.({ stream: 'stderr', text: stderr });
      return {
        result: {
          exitCode: reply === undefined ? null : (reply.exitCode ?? 0),
          stdout,
          stderr,
          timedOut,
          aborted,
          durationMs: Date.now() - started,
        },
        url: reply?.url,
      };
    } finally {
      if (timer) clearTimeout(timer);
      command.signal?.removeEventListener('abort', onAbort);
      running.delete(controller);
    }
  };

  return {
    id: projectId,
    root,
    async readFile(path) {
      return files.get(projectPath(path));
    },
    async readFileBytes(path) {
      const content = files.get(projectPath(path));
      return content === undefined ? undefined : new TextEncoder().encode(content);
    },
    async writeFile(path, content) {
      files.set(projectPath(path), content);
    },
    async removeFile(path) {
      files.delete(projectPath(path));
    },
    async listFiles() {
      return [...files.keys()].filter((path) => !path.split('/').slice(0, -1).some(isSkippedDirectory)).sort();
    },
    async run(command) {
      return (await answer(command, command.command, undefined)).result;
    },
    async startServer(command) {
      const port = command.port ?? nextPort++;
      const commandLine = command.command.replaceAll('{port}', String(port));
      const { result, url } = await answer(command, commandLine, port);
      if (url === undefined) {
        throw new BuildwrightError({
          code: 'SANDBOX_COMMAND_FAILED',
          message: `Memory sandbox cannot start "${commandLine}": its handler gave no url (exit ${result.exitCode}). Return { url } from the handler for server commands, or use localSandbox() to run real servers.`,
          details: { command: commandLine, stderr: result.stderr },
        });
      }
      const server: SandboxServer = { port, url, stop: async () => {} };
      return server;
    },
    async kill() {
      killed = true;
      for (const controller of running) controller.abort();
      running.clear();
    },
  };
}
