import { spawn } from 'node:child_process';
import { access, constants } from 'node:fs/promises';

/** Which isolation a local sandbox ended up with, and why. */
export interface IsolationDecision {
  kind: 'bubblewrap' | 'none';
  /** Path of the bwrap binary when `kind` is `bubblewrap`. */
  bwrapPath?: string;
  /** Why there is no isolation when it was not turned off on purpose. */
  note?: string;
}

/** Where bwrap is looked for when no path is given. */
export const defaultBwrapPaths = ['/usr/bin/bwrap', '/usr/local/bin/bwrap', '/bin/bwrap'];

export interface BubblewrapArgumentsOptions {
  /** Real path of the project directory: the only writable path besides a private /tmp. */
  projectDirectory: string;
  /** Working directory (inside the project). */
  cwd: string;
  network: boolean;
  /** Extra writable binds (host path → same path inside), e.g. the npm cache during installs. */
  writable?: string[];
  /** Extra binds at a chosen place: [host path, path inside]. Placed after the private /tmp. */
  binds?: Array<[string, string]>;
}

/**
 * bwrap arguments: the host filesystem read-only, a private /tmp, the project directory
 * writable, new pid/ipc/uts (and, without `network`, net) namespaces, no capabilities (bwrap
 * keeps them for root otherwise), and death with the parent.
 */
export function bubblewrapArguments(options: BubblewrapArgumentsOptions): string[] {
  const args = ['--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', '--tmpfs', '/tmp'];
  // After --tmpfs /tmp so that a project under /tmp is mounted over the private /tmp, not hidden by it.
  args.push('--bind', options.projectDirectory, options.projectDirectory);
  for (const path of options.writable ?? []) args.push('--bind', path, path);
  for (const [from, to] of options.binds ?? []) args.push('--bind', from, to);
  args.push('--unshare-pid', '--unshare-ipc', '--unshare-uts', '--unshare-cgroup-try');
  if (!options.network) args.push('--unshare-net');
  args.push('--cap-drop', 'ALL', '--die-with-parent', '--new-session', '--chdir', options.cwd);
  return args;
}

/**
 * Decides the isolation for `auto` / `bubblewrap` / `none` by really starting bwrap once (it can
 * exist and still fail, e.g. in a container without user namespaces).
 */
export async function decideIsolation(mode: 'auto' | 'bubblewrap' | 'none', bwrapPath?: string): Promise<IsolationDecision> {
  if (mode === 'none') return { kind: 'none' };
  const candidates = bwrapPath ? [bwrapPath] : defaultBwrapPaths;
  let found: string | undefined;
  for (const candidate of candidates) {
    if (await access(candidate, constants.X_OK).then(() => true, () => false)) {
      found = candidate;
      break;
    }
  }
  if (!found) return { kind: 'none', note: `bubblewrap not found (looked at ${candidates.join(', ')}); install it with "apt-get install bubblewrap" to isolate commands` };
  const probe = await probeBubblewrap(found);
  if (probe !== undefined) return { kind: 'none', note: `bubblewrap at ${found} cannot run here: ${probe}` };
  return { kind: 'bubblewrap', bwrapPath: found };
}

/** Runs `true` inside bwrap with the real arguments; resolves to the failure text, or undefined when it works. */
function probeBubblewrap(bwrapPath: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const args = [...bubblewrapArguments({ projectDirectory: '/tmp', cwd: '/', network: false }), 'true'];
    const child = spawn(bwrapPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.once('error', (error) => resolve(error.message));
    child.once('close', (code) => resolve(code === 0 ? undefined : stderr.trim() || `exit code ${code}`));
  });
}
