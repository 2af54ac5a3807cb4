import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';

/**
 * Kills the process groups this process started when it dies, however it dies (SIGKILL, OOM, a
 * crash): a small shell process of its own, in a group of its own, reads `+<group>` and
 * `-<group>` lines from a pipe whose writing end only this process holds. The kernel closes the
 * pipe when this process ends; the shell then sees the end of its input and SIGKILLs every group
 * still listed. Commands under bubblewrap die with their parent anyway (`--die-with-parent`);
 * without it (isolation `none`) a command's group would otherwise run on.
 */
const script = `groups=' '
while read -r op id; do
  case "$op" in
    +) groups="$groups$id " ;;
    -) kept=' '; for group in $groups; do [ "$group" = "$id" ] || kept="$kept$group "; done; groups=$kept ;;
  esac
done
for group in $groups; do kill -9 "-$group" 2>/dev/null; done`;

let reaper: ChildProcess | undefined;

/** The reaper's process id while it runs (diagnostics: a tiny shell that stays for this process's lifetime, not something a run left behind). */
export function groupReaperPid(): number | undefined {
  return reaper?.pid;
}

function started(): ChildProcess | undefined {
  if (reaper?.stdin?.writable) return reaper;
  try {
    const child = spawn('sh', ['-c', script], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
    child.on('error', () => {});
    child.stdin?.on('error', () => {});
    child.once('exit', () => {
      if (reaper === child) reaper = undefined;
    });
    // Neither keeps this process alive: the pipe closing at exit is the point.
    child.unref();
    (child.stdin as unknown as { unref?(): void } | null)?.unref?.();
    reaper = child;
    return child;
  } catch {
    return undefined;
  }
}

/** Kills `group` (a process group id) when this process dies before calling `forgetGroup`. */
export function reapGroupOnExit(group: number): void {
  started()?.stdin?.write(`+ ${group}\n`);
}

/** The group ended (or was stopped) normally: the reaper no longer kills it (its id may be reused). */
export function forgetGroup(group: number): void {
  reaper?.stdin?.write(`- ${group}\n`);
}
