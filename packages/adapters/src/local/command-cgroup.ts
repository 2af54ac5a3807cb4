import { existsSync } from 'node:fs';
import { mkdir, readFile, rmdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SandboxLimitName } from './command-limits.js';

/** Where this process may create cgroups that limit memory and processes. */
interface CgroupLayout {
  version: 1 | 2;
  /** v2: one directory; v1: the memory and pids hierarchies' directories. */
  bases: string[];
}

/** One command's cgroup: its limits, what it ran into, and a way to end every process in it. */
export interface CommandCgroup {
  /** `cgroup.procs` files a shell writes its own pid into before it execs the command. */
  readonly procsFiles: string[];
  /** The limit the cgroup ran into, if any (a fork refused at pids.max, a process killed by the OOM killer). */
  violation(): Promise<SandboxLimitName | undefined>;
  /** SIGKILLs every process in the cgroup, including ones that left the process group. */
  killAll(): Promise<void>;
  /** Kills what is left and removes the cgroup. */
  remove(): Promise<void>;
}

let layout: Promise<CgroupLayout | undefined> | undefined;
let counter = 0;

/**
 * Creates a cgroup limiting memory and processes for one command: cgroup v2 when this process
 * may enable the memory and pids controllers, else the v1 memory and pids hierarchies, else
 * undefined (the caller falls back to rlimits).
 */
export async function createCommandCgroup(limits: { memoryBytes: number; processes: number }): Promise<CommandCgroup | undefined> {
  layout ??= detectLayout();
  const found = await layout;
  if (!found) return undefined;
  const name = `buildwright-${process.pid}-${++counter}`;
  const dirs = found.bases.map((base) => join(base, name));
  try {
    for (const dir of dirs) await mkdir(dir);
    if (found.version === 2) {
      const [dir] = dirs as [string];
      await writeFile(join(dir, 'memory.max'), String(limits.memoryBytes));
      await writeFile(join(dir, 'memory.swap.max'), '0').catch(() => {});
      await writeFile(join(dir, 'pids.max'), String(limits.processes));
    } else {
      const [memory, pids] = dirs as [string, string];
      await writeFile(join(memory, 'memory.limit_in_bytes'), String(limits.memoryBytes));
      await writeFile(join(pids, 'pids.max'), String(limits.processes));
    }
  } catch {
    await Promise.all(dirs.map((dir) => rmdir(dir).catch(() => {})));
    return undefined;
  }
  const pidsDir = dirs[dirs.length - 1] as string;
  const memoryDir = dirs[0] as string;
  const counterOf = async (file: string, key: string) => {
    const text = await readFile(file, 'utf8').catch(() => '');
    return Number(new RegExp(`^${key} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  };
  const killAll = async () => {
    if (found.version === 2) await writeFile(join(pidsDir, 'cgroup.kill'), '1').catch(() => {});
    for (let round = 0; round < 100; round += 1) {
      // Only a cgroup that is gone reads as empty: a read that failed otherwise says nothing, so the loop goes on.
      const procs = await readFile(join(pidsDir, 'cgroup.procs'), 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? '' : undefined));
      const pids = (procs ?? '').split('\n').filter(Boolean).map(Number);
      if (procs !== undefined && pids.length === 0) return;
      for (const pid of pids) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return {
    procsFiles: dirs.map((dir) => join(dir, 'cgroup.procs')),
    async violation() {
      if ((await counterOf(join(pidsDir, 'pids.events'), 'max')) > 0) return 'processes';
      const oomFile = found.version === 2 ? join(memoryDir, 'memory.events') : join(memoryDir, 'memory.oom_control');
      if ((await counterOf(oomFile, 'oom_kill')) > 0) return 'memory';
      return undefined;
    },
    killAll,
    async remove() {
      await killAll();
      for (const dir of dirs) {
        for (let attempt = 0; attempt < 50; attempt += 1) {
          if (
            await rmdir(dir).then(
              () => true,
              (error: NodeJS.ErrnoException) => error.code === 'ENOENT',
            )
          )
            break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    },
  };
}

async function detectLayout(): Promise<CgroupLayout | undefined> {
  const lines = (await readFile('/proc/self/cgroup', 'utf8').catch(() => '')).split('\n').filter(Boolean);
  const pathOf = (controller: string) => lines.map((line) => line.split(':')).find(([, controllers]) => controllers?.split(',').includes(controller))?.[2];
  const v2Path = lines.map((line) => line.split(':')).find(([id, controllers]) => id === '0' && controllers === '')?.[2];
  if (v2Path !== undefined) {
    const mount = existsSync('/sys/fs/cgroup/cgroup.controllers') ? '/sys/fs/cgroup' : '/sys/fs/cgroup/unified';
    const base = join(mount, v2Path);
    if (await v2Usable(base)) return { version: 2, bases: [base] };
  }
  const memory = pathOf('memory');
  const pids = pathOf('pids');
  if (memory !== undefined && pids !== undefined) {
    const bases = [join('/sys/fs/cgroup/memory', memory), join('/sys/fs/cgroup/pids', pids)];
    if (await creatable(bases)) return { version: 1, bases };
  }
  return undefined;
}

/** v2 children get memory and pids limits only when the parent delegates both controllers. */
async function v2Usable(base: string): Promise<boolean> {
  const enabled = async () => (await readFile(join(base, 'cgroup.subtree_control'), 'utf8').catch(() => '')).split(/\s+/);
  let controllers = await enabled();
  if (!controllers.includes('memory') || !controllers.includes('pids')) {
    // Fails (EBUSY) when the parent itself holds processes: then v2 cannot be used from here.
    await writeFile(join(base, 'cgroup.subtree_control'), '+memory +pids').catch(() => {});
    controllers = await enabled();
  }
  return controllers.includes('memory') && controllers.includes('pids') && (await creatable([base]));
}

async function creatable(bases: string[]): Promise<boolean> {
  const probe = `buildwright-probe-${process.pid}`;
  try {
    for (const base of bases) await mkdir(join(base, probe));
    return true;
  } catch {
    return false;
  } finally {
    for (const base of bases) await rmdir(join(base, probe)).catch(() => {});
  }
}
