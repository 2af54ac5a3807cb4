import { readdirSync, readFileSync } from 'node:fs';

/** Resource limits of every command a local sandbox runs. */
export interface SandboxLimits {
  /** Memory of a command and everything it starts (cgroup; RLIMIT_DATA per process without cgroups). Default 2 GiB. */
  memoryBytes: number;
  /** Processes and threads of a command (cgroup pids; RLIMIT_NPROC without cgroups, which Linux ignores for root). Default 512. */
  processes: number;
  /** Open files per process (RLIMIT_NOFILE). Default 4096. */
  openFiles: number;
  /** Largest file a process may write (RLIMIT_FSIZE). Default 512 MiB. */
  fileSizeBytes: number;
  /** CPU seconds per process (RLIMIT_CPU). Default 600. */
  cpuSeconds: number;
  /** Bytes the project directory may hold, dependency packages excepted. Default 1 GiB. */
  diskBytes: number;
  /** Size of the private /tmp and of the home directory (each a tmpfs). Default 512 MiB. */
  tmpBytes: number;
}

/** Which limit stopped a command. */
export type SandboxLimitName = 'memory' | 'processes' | 'fileSize' | 'cpu' | 'disk';

export const defaultSandboxLimits: SandboxLimits = {
  memoryBytes: 2 * 1024 ** 3,
  processes: 512,
  openFiles: 4096,
  fileSizeBytes: 512 * 1024 ** 2,
  cpuSeconds: 600,
  diskBytes: 1024 ** 3,
  tmpBytes: 512 * 1024 ** 2,
};

/**
 * `prlimit` arguments for the per-process limits. Without cgroups, memory and processes fall back
 * to RLIMIT_DATA and RLIMIT_NPROC. RLIMIT_NPROC counts every process and thread of the user on
 * the machine, so the command's allowance is added to what the user already runs.
 */
export function prlimitArguments(limits: SandboxLimits, withCgroup: boolean): string[] {
  const pair = (name: string, value: number) => `--${name}=${value}:${value}`;
  const args = [pair('nofile', limits.openFiles), pair('fsize', limits.fileSizeBytes), pair('cpu', limits.cpuSeconds), pair('core', 0)];
  if (!withCgroup) args.push(pair('data', limits.memoryBytes), pair('nproc', tasksOfThisUser() + limits.processes));
  return args;
}

/** Processes and threads this user runs now (what RLIMIT_NPROC counts). */
function tasksOfThisUser(): number {
  const uid = process.getuid?.();
  let tasks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      if (Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]) === uid) tasks += Number(/^Threads:\s+(\d+)/m.exec(status)?.[1] ?? 1);
    } catch {
      // The process ended meanwhile.
    }
  }
  return tasks;
}

/** The limit a finished command ran into, read from how it ended (signals the kernel sends at rlimits). */
export function limitFromExit(exitCode: number | null, signal: string | null, output: string): SandboxLimitName | undefined {
  // Through `sh -c` and bwrap a signal death is exit code 128 + signal number.
  if (signal === 'SIGXFSZ' || exitCode === 128 + 25 || /\bEFBIG\b|File too large/.test(output)) return 'fileSize';
  if (signal === 'SIGXCPU' || exitCode === 128 + 24) return 'cpu';
  return undefined;
}

/** The message appended to a stopped command's output (the model reads it in the check report). */
export function limitMessage(limit: SandboxLimitName, limits: SandboxLimits): string {
  const mib = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MiB`;
  const what: Record<SandboxLimitName, string> = {
    memory: `its memory limit (${mib(limits.memoryBytes)})`,
    processes: `its process limit (${limits.processes} processes and threads)`,
    fileSize: `the file size limit (${mib(limits.fileSizeBytes)} per file)`,
    cpu: `its CPU time limit (${limits.cpuSeconds} s per process)`,
    disk: `the project's disk quota (${mib(limits.diskBytes)})`,
  };
  return `SANDBOX_LIMIT_EXCEEDED: the command was stopped: it exceeded ${what[limit]}. Make the code use less, or raise localSandbox({ limits }).`;
}
