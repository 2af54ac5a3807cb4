import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { E2bCommandHandle, E2bCommandOptions, E2bConnectionOptions, E2bSandboxInstance } from './e2b-api.js';

/**
 * A stand-in for the `e2b` package's `Sandbox` class, for tests only: each "VM" is a temporary
 * directory on this machine and commands are real `sh -c` processes. It behaves like E2B where the
 * adapter depends on it: `create`/`connect` by id, files by absolute path (missing files throw
 * `FileNotFoundError`), `commands.run(..., { background: true })` handles whose `wait()` rejects
 * with a `CommandExitError` on non-zero exits, `kill()` of one process (not its children), getHost.
 */
export class FakeE2bSandbox implements E2bSandboxInstance {
  static readonly instances = new Map<string, FakeE2bSandbox>();
  static created: Array<{ template: string; options: E2bConnectionOptions }> = [];

  static async create(template: string, options: E2bConnectionOptions): Promise<FakeE2bSandbox> {
    FakeE2bSandbox.created.push({ template, options });
    const sandbox = new FakeE2bSandbox();
    FakeE2bSandbox.instances.set(sandbox.sandboxId, sandbox);
    return sandbox;
  }

  static async connect(sandboxId: string): Promise<FakeE2bSandbox> {
    const sandbox = FakeE2bSandbox.instances.get(sandboxId);
    if (!sandbox || sandbox.killed) throw Object.assign(new Error(`Sandbox ${sandboxId} not found`), { name: 'SandboxNotFoundError' });
    return sandbox;
  }

  readonly sandboxId = `fake${Math.random().toString(36).slice(2, 10)}`;
  readonly vm = mkdtempSync(join(tmpdir(), 'bw-fake-e2b-'));
  killed = false;
  private readonly pids = new Set<number>();

  private map(path: string): string {
    return join(this.vm, path);
  }

  readonly files = {
    read: (async (path: string, options?: { format: 'bytes' }) => {
      try {
        return options?.format === 'bytes' ? new Uint8Array(await readFile(this.map(path))) : await readFile(this.map(path), 'utf8');
      } catch {
        throw Object.assign(new Error(`file ${path} not found`), { name: 'FileNotFoundError' });
      }
    }) as E2bSandboxInstance['files']['read'],
    write: async (path: string, data: string) => {
      await mkdir(dirname(this.map(path)), { recursive: true });
      await writeFile(this.map(path), data);
      return { name: path.split('/').pop(), path };
    },
    remove: async (path: string) => {
      await rm(this.map(path), { recursive: true, force: true });
    },
    makeDir: async (path: string) => {
      mkdirSync(this.map(path), { recursive: true });
      return true;
    },
  };

  readonly commands = {
    run: async (command: string, options: E2bCommandOptions): Promise<E2bCommandHandle> => {
      if (this.killed) throw Object.assign(new Error('sandbox was killed'), { name: 'SandboxNotFoundError' });
      const child = spawn('sh', ['-c', command], { cwd: this.map(options.cwd ?? '/'), env: { ...process.env, ...options.envs }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
      const pid = child.pid ?? -1;
      this.pids.add(pid);
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (text: string) => {
        stdout += text;
        options.onStdout?.(text);
      });
      child.stderr.setEncoding('utf8').on('data', (text: string) => {
        stderr += text;
        options.onStderr?.(text);
      });
      const done = new Promise<{ exitCode: number; stdout: string; stderr: string }>((resolve, reject) => {
        const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
        child.once('close', (code, signal) => {
          if (timer) clearTimeout(timer);
          this.pids.delete(pid);
          const exitCode = code ?? (signal ? -1 : 0);
          if (exitCode === 0) resolve({ exitCode, stdout, stderr });
          else reject(Object.assign(new Error(`Command exited with code ${exitCode}`), { name: 'CommandExitError', exitCode, stdout, stderr }));
        });
      });
      done.catch(() => {});
      return {
        pid,
        wait: () => done,
        kill: async () => {
          try {
            process.kill(pid, 'SIGKILL');
            return true;
          } catch {
            return false;
          }
        },
      };
    },
  };

  getHost(port: number): string {
    return `${port}-${this.sandboxId}.fake-e2b.test`;
  }

  async kill(): Promise<boolean> {
    this.killed = true;
    for (const pid of this.pids) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
    rmSync(this.vm, { recursive: true, force: true });
    return true;
  }
}
