import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { access, constants, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Which isolation a local sandbox ended up with, and why. */
export interface IsolationDecision {
  kind: 'bubblewrap' | 'none';
  /** Path of the bwrap binary when `kind` is `bubblewrap`. */
  bwrapPath?: string;
  /** Why bubblewrap cannot run here (set when it was asked for and is missing or broken). */
  note?: string;
}

/** Where bwrap is looked for when no path is given. */
export const defaultBwrapPaths = ['/usr/bin/bwrap', '/usr/local/bin/bwrap', '/bin/bwrap'];

/** Where a sandboxed command's private home directory is. */
export const sandboxHome = '/home/sandbox';

/**
 * The few files under /etc that the toolchain reads: user names, host names, TLS roots, and
 * Debian's `alternatives` links (/usr/bin/awk and friends point into /etc/alternatives).
 * Never the whole of /etc: it holds /etc/shadow, ssh host keys and service credentials.
 */
const etcFiles = ['/etc/passwd', '/etc/group', '/etc/hosts', '/etc/nsswitch.conf', '/etc/localtime', '/etc/ssl', '/etc/ca-certificates', '/etc/alternatives'];

export interface BubblewrapArgumentsOptions {
  /** Real path of the project directory. */
  projectDirectory: string;
  /** Working directory inside the sandbox. */
  cwd: string;
  /**
   * `project` (default): the project directory writable, its dependency packages read-only.
   * `dependencies`: the registry view for installs: an empty project directory with only the
   * files in `files` (read-only) and `node_modules` writable, and the npm cache writable.
   */
  view?: 'project' | 'dependencies';
  /**
   * Directories under node_modules that stay writable in the `project` view (caches, check
   * scratch). node_modules and these must exist as real directories: node_modules is always
   * mounted read-only, so that what the host places there while the command runs (the
   * dependency cache's hard links) is read-only to it too.
   */
  scratchDirectories?: string[];
  /** Files placed into the project directory in the `dependencies` view: [host path, project-relative path]. */
  files?: Array<[string, string]>;
  /** Extra writable binds (host path → same path inside), e.g. the npm cache during installs. */
  writable?: string[];
  /** Extra binds at a chosen place: [host path, path inside]. Placed after the private /tmp. */
  binds?: Array<[string, string]>;
  /** Size of the private /tmp and home directory (tmpfs), in bytes. */
  tmpBytes?: number;
}

/**
 * bwrap arguments for one command. The command sees only the toolchain (/usr and the symlinks
 * into it, Node's own directory, a handful of /etc files), its project directory, a private /tmp
 * and home (tmpfs), and nothing else of the host: not /root, /home, other sandboxes, the
 * builder's data directory or the app's working directory. It always gets a network namespace
 * of its own (only loopback; the install step reaches the registry through a bridged proxy),
 * new pid/ipc/uts namespaces, no capabilities, and dies with its parent.
 */
export function bubblewrapArguments(options: BubblewrapArgumentsOptions): string[] {
  const tmpSize = options.tmpBytes === undefined ? [] : ['--size', String(options.tmpBytes)];
  const args = ['--ro-bind', '/usr', '/usr'];
  for (const link of ['bin', 'lib', 'lib64', 'sbin']) args.push('--symlink', `usr/${link}`, `/${link}`);
  const nodeHome = nodeInstallDirectory();
  if (nodeHome) args.push('--ro-bind', nodeHome, nodeHome);
  for (const path of etcFiles) args.push('--ro-bind-try', path, path);
  args.push('--dev', '/dev', '--proc', '/proc', ...tmpSize, '--tmpfs', '/tmp', ...tmpSize, '--tmpfs', sandboxHome);
  const project = options.projectDirectory;
  if (options.view === 'dependencies') {
    // After the tmpfs mounts, so that a project under /tmp is mounted over the private /tmp.
    args.push('--dir', project);
    for (const [from, to] of options.files ?? []) args.push('--ro-bind', from, `${project}/${to}`);
    args.push('--bind', `${project}/node_modules`, `${project}/node_modules`);
  } else {
    args.push('--bind', project, project, '--ro-bind', `${project}/node_modules`, `${project}/node_modules`);
    for (const scratch of options.scratchDirectories ?? []) args.push('--bind', `${project}/node_modules/${scratch}`, `${project}/node_modules/${scratch}`);
  }
  for (const path of options.writable ?? []) args.push('--bind', path, path);
  for (const [from, to] of options.binds ?? []) args.push('--bind', from, to);
  args.push('--unshare-pid', '--unshare-ipc', '--unshare-uts', '--unshare-net', '--unshare-cgroup-try');
  args.push('--cap-drop', 'ALL', '--die-with-parent', '--new-session', '--chdir', options.cwd);
  return args;
}

/** Node's installation directory when it is not under /usr (nvm, volta, a tarball), to mount read-only. */
function nodeInstallDirectory(): string | undefined {
  const real = realpathSync(process.execPath);
  if (real.startsWith('/usr/')) return undefined;
  return dirname(dirname(real));
}

/**
 * Decides the isolation for `bubblewrap` / `none` by really starting bwrap once (it can exist and
 * still fail, e.g. in a container without user namespaces).
 */
export async function decideIsolation(mode: 'bubblewrap' | 'none', bwrapPath?: string): Promise<IsolationDecision> {
  if (mode === 'none') return { kind: 'none' };
  const candidates = bwrapPath ? [bwrapPath] : defaultBwrapPaths;
  let found: string | undefined;
  for (const candidate of candidates) {
    if (
      await access(candidate, constants.X_OK).then(
        () => true,
        () => false,
      )
    ) {
      found = candidate;
      break;
    }
  }
  if (!found) return { kind: 'none', note: `bubblewrap was not found (looked at ${candidates.join(', ')}); install it with "apt-get install bubblewrap"` };
  const probe = await probeBubblewrap(found);
  if (probe !== undefined) return { kind: 'none', note: `bubblewrap at ${found} cannot run here: ${probe}` };
  return { kind: 'bubblewrap', bwrapPath: found };
}

/** Runs `true` inside bwrap with the real arguments (on an empty project); resolves to the failure text, or undefined when it works. */
async function probeBubblewrap(bwrapPath: string): Promise<string | undefined> {
  const project = await mkdtemp(join(realpathSync(tmpdir()), 'bw-probe-'));
  try {
    await mkdir(join(project, 'node_modules'));
    return await new Promise((resolve) => {
      const args = [...bubblewrapArguments({ projectDirectory: project, cwd: '/', view: 'project' }), 'true'];
      const child = spawn(bwrapPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
      child.once('error', (error) => resolve(error.message));
      child.once('close', (code) => resolve(code === 0 ? undefined : stderr.trim() || `exit code ${code}`));
    });
  } finally {
    await rm(project, { recursive: true, force: true });
  }
}
