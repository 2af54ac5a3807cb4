/** A shell command to run in a sandbox. */
export interface SandboxCommand {
  /** Shell command line, run with `sh -c` in the project directory (or `cwd`). */
  command: string;
  /** Working directory relative to the project root. */
  cwd?: string;
  /** Extra environment variables. */
  env?: Record<string, string>;
  /** Kill the command (and its children) after this many milliseconds. */
  timeoutMs?: number;
  /** Kills the command (and its children) when aborted. */
  signal?: AbortSignal;
  /**
   * Registry access for installing dependencies. Defaults to false: commands have no network.
   * With `true` the command reaches the package registry and nothing else; a local sandbox also
   * shows it only the project's package.json and node_modules (it runs npm, not project code).
   */
  network?: boolean;
  /**
   * Services on this machine's loopback the command may reach, as URLs (`http://127.0.0.1:8545`,
   * a local chain's JSON-RPC): a local sandbox forwards each into the command's own network
   * namespace at the same address, and nothing else of the host is reachable. Remote sandboxes
   * cannot reach this machine and ignore it.
   */
  reach?: string[];
  /** Receives output as it arrives. */
  onOutput?: (chunk: { stream: 'stdout' | 'stderr'; text: string }) => void;
}

/** How a command ended. */
export interface SandboxCommandResult {
  /** Exit code, or `null` when killed by a signal. */
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** True when the command was killed at its timeout. */
  timedOut: boolean;
  /** True when the command was killed through its abort signal. */
  aborted: boolean;
  durationMs: number;
  /**
   * Set when the sandbox stopped the command at one of its resource limits; its stderr then ends
   * with a line starting `SANDBOX_LIMIT_EXCEEDED:` that names the limit.
   */
  limitExceeded?: 'memory' | 'processes' | 'fileSize' | 'cpu' | 'disk';
}

/** A long-running server (dev or preview server) started in a sandbox. */
export interface SandboxServer {
  /** Port the server listens on inside the sandbox. */
  port: number;
  /** URL a browser on this machine (or the internet, for remote sandboxes) can load. */
  url: string;
  /** Stops the server and its children. */
  stop(): Promise<void>;
}

/** One project's sandbox: a directory of files and a place to run commands. */
export interface Sandbox {
  /** Sandbox id; `SandboxAdapter.open` with the same project reconnects where the provider can. */
  readonly id: string;
  /** Absolute project directory inside the sandbox. */
  readonly root: string;
  /**
   * How commands are kept from the host: `bubblewrap` (local OS sandbox), `vm` (a remote
   * microVM such as E2B) or `none` (commands run as the host user; the engine posts a notice).
   * Omitted by sandboxes that run no real commands.
   */
  readonly isolation?: 'bubblewrap' | 'vm' | 'none';
  /** Why `isolation` is `none` when isolation was not turned off on purpose (e.g. "bwrap not found"). */
  readonly isolationNote?: string;
  /** Reads a UTF-8 file; `undefined` when it does not exist. Paths are relative to the project root. */
  readFile(path: string): Promise<string | undefined>;
  /** Reads a file's bytes unchanged (built images, fonts, wasm); `undefined` when it does not exist. Same path rules as `readFile`. */
  readFileBytes(path: string): Promise<Uint8Array | undefined>;
  /** Writes a UTF-8 file, creating directories. Refuses paths outside the project with `PATH_OUTSIDE_PROJECT`. */
  writeFile(path: string, content: string): Promise<void>;
  /** Removes a file; no error when it does not exist. */
  removeFile(path: string): Promise<void>;
  /** Lists project files (relative paths, sorted), skipping `node_modules`, `dist` and dot-directories. */
  listFiles(): Promise<string[]>;
  /** Runs a command to completion. Never throws for a non-zero exit; throws `SANDBOX_UNAVAILABLE` when the sandbox is gone. */
  run(command: SandboxCommand): Promise<SandboxCommandResult>;
  /**
   * Starts a long-running server command. `{port}` in the command line is replaced by the
   * allocated port (also given as `PORT`). Resolves once the port accepts connections.
   */
  startServer(command: Omit<SandboxCommand, 'timeoutMs'> & { port?: number; readyTimeoutMs?: number }): Promise<SandboxServer>;
  /** Stops every server and command, and releases the sandbox. Files of a local sandbox stay on disk (`SandboxAdapter.remove` deletes them). */
  kill(): Promise<void>;
}

/** Opens sandboxes. Factories do no I/O; `open` does. */
export interface SandboxAdapter {
  readonly specificationVersion: 'v1';
  /** Provider name, e.g. `local`, `e2b`, `memory`. */
  readonly provider: string;
  /** Creates (or reconnects to) the sandbox of a project. The sandbox is a cache: storage holds the files. */
  open(options: { projectId: string; signal?: AbortSignal }): Promise<Sandbox>;
  /**
   * Deletes what the provider keeps of a project's sandbox once nothing will open it again (a local
   * sandbox's directory, with the project's files): the builder calls it after `deleteProject`, and
   * for its spare sandboxes when it closes. Kill the sandbox first where it is open; a project with
   * nothing kept is not an error. Optional: a provider whose `kill` already deletes everything (or
   * whose sandboxes expire on their own) needs none.
   */
  remove?(options: { projectId: string }): Promise<void>;
}
