/**
 * The part of the `e2b` package's `Sandbox` API this adapter uses, typed structurally so a test
 * can inject a stand-in (`sandboxClass`) and the adapter loads `e2b` only when it is needed.
 */
export interface E2bCommandHandle {
  readonly pid: number;
  /** Resolves on exit 0; rejects with a `CommandExitError` (which has `exitCode`, `stdout`, `stderr`) otherwise. */
  wait(): Promise<{ exitCode: number; stdout: string; stderr: string }>;
  kill(): Promise<boolean>;
}

export interface E2bCommandOptions {
  background: true;
  cwd?: string;
  envs?: Record<string, string>;
  /** E2B's own command timeout; 0 disables it (the adapter keeps its own). */
  timeoutMs?: number;
  onStdout?: (data: string) => void;
  onStderr?: (data: string) => void;
}

export interface E2bSandboxInstance {
  readonly sandboxId: string;
  readonly files: {
    read(path: string): Promise<string>;
    read(path: string, options: { format: 'bytes' }): Promise<Uint8Array>;
    write(path: string, data: string): Promise<unknown>;
    remove(path: string): Promise<void>;
    makeDir(path: string): Promise<boolean>;
  };
  readonly commands: {
    run(command: string, options: E2bCommandOptions): Promise<E2bCommandHandle>;
  };
  /** Host name (no scheme) under which the sandbox's `port` is reachable from the internet. */
  getHost(port: number): string;
  kill(): Promise<unknown>;
}

export interface E2bConnectionOptions {
  apiKey: string;
  timeoutMs?: number;
  metadata?: Record<string, string>;
  envs?: Record<string, string>;
  /** E2B's egress filter for the whole sandbox (`allowOut` hosts/CIDRs win over `denyOut`). */
  network?: { allowOut?: string[]; denyOut?: string[] };
}

export interface E2bSandboxClass {
  create(template: string, options: E2bConnectionOptions): Promise<E2bSandboxInstance>;
  connect(sandboxId: string, options: E2bConnectionOptions): Promise<E2bSandboxInstance>;
}
