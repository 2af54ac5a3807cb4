import { spawn } from 'node:child_process';
import { BuildwrightError } from '@buildwright/core';
import { forgetGroup, reapGroupOnExit } from './group-reaper.js';

/** A child process started in its own process group, so that killing it kills everything it started. */
export interface ProcessGroup {
  readonly pid: number;
  /** Resolves when the process has exited and its output is drained. */
  readonly exited: Promise<{ exitCode: number | null; signal: NodeJS.Signals | null }>;
  /** Whether the process has exited. */
  readonly done: boolean;
  /** Captured output so far (capped; the tail is kept). */
  output(): { stdout: string; stderr: string };
  /** Sends a signal to the whole group. */
  signal(signal: NodeJS.Signals): void;
  /** SIGTERM, then SIGKILL after `graceMs` if the group is still running. */
  stop(graceMs?: number): Promise<void>;
}

export interface StartProcessGroupOptions {
  argv: [string, ...string[]];
  cwd: string;
  env: Record<string, string>;
  onOutput?: ((chunk: { stream: 'stdout' | 'stderr'; text: string }) => void) | undefined;
  /** Output kept per stream, in characters (the tail is kept). Default 4 MB. */
  maxOutput?: number;
}

/**
 * Spawns `argv` detached (a new process group) with piped output. Never throws for a non-zero
 * exit; rejects `exited` with `SANDBOX_UNAVAILABLE` when the program cannot be started.
 */
export function startProcessGroup(options: StartProcessGroupOptions): ProcessGroup {
  const maxOutput = options.maxOutput ?? 4_000_000;
  const [program, ...args] = options.argv;
  const child = spawn(program, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  // Should this process die before the group ends, the group dies too.
  if (child.pid !== undefined) reapGroupOnExit(child.pid);
  let stdout = '';
  let stderr = '';
  let done = false;
  const append = (stream: 'stdout' | 'stderr', text: string) => {
    if (stream === 'stdout') stdout = (stdout + text).slice(-maxOutput);
    else stderr = (stderr + text).slice(-maxOutput);
    try {
      options.onOutput?.({ stream, text });
    } catch {
      // A throwing listener must not take the command down with it.
    }
  };
  child.stdout.setEncoding('utf8').on('data', (text: string) => append('stdout', text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => append('stderr', text));

  const signalGroup = (signal: NodeJS.Signals) => {
    // Sent even after the leader exited: children left in the group still get it.
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // The group is already gone.
    }
  };

  const exited = new Promise<{ exitCode: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.once('error', (error) => {
      done = true;
      reject(
        new BuildwrightError({
          code: 'SANDBOX_UNAVAILABLE',
          message: `Cannot start "${program}": ${error.message}. Check that it is installed and on PATH.`,
          cause: error,
        }),
      );
    });
    child.once('exit', (exitCode, signal) => {
      // Output pipes may be held open by a grandchild that escaped the group: do not wait for them forever.
      const drain = setTimeout(() => {
        child.stdout.destroy();
        child.stderr.destroy();
      }, 1_000);
      child.once('close', () => {
        clearTimeout(drain);
        // Members that outlive the leader stay listed until stop() kills them.
        if (child.pid !== undefined && !groupAlive(child.pid)) forgetGroup(child.pid);
        done = true;
        resolve({ exitCode, signal });
      });
    });
  });
  exited.catch(() => {});

  return {
    pid: child.pid ?? -1,
    exited,
    get done() {
      return done;
    },
    output: () => ({ stdout, stderr }),
    signal: signalGroup,
    async stop(graceMs = 2_000) {
      if (done) return;
      signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
      await exited.catch(() => {});
      clearTimeout(timer);
      // Children that ignored SIGTERM but let the leader exit.
      signalGroup('SIGKILL');
      if (child.pid !== undefined) forgetGroup(child.pid);
    },
  };
}

/** Whether any process of the group is still there (signal 0 only checks). */
function groupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}
