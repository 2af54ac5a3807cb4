import { BuildwrightError, projectNotFound, type Builder, type EventOf, type GitCommitRecord, type GitLinkRecord, type ImportLimits, type StorageAdapter, type VersionRecord } from '@buildwright/core';
import { requirePeers } from '../internal/peer-dependency.js';
import { readFiles, writeFilesCommit, type GitAuthor, type ScratchRepository } from './git-objects.js';
import { fetchBranch, openRemoteSession, pushBranch, remoteError, type GitAuth, type RemoteSession } from './git-remote.js';

/** Options of {@link gitSync}. */
export interface GitSyncOptions {
  /**
   * The builder whose projects are synced: its storage holds them and the sync state, and a pull
   * updates a project's sandbox when the builder has it open. Give `storage` instead to sync
   * without a builder (a script, a worker).
   */
  builder?: Builder;
  /** The storage holding the projects, when no `builder` is given. */
  storage?: StorageAdapter;
  /** Owner of the projects (default: the builder's `ownerId`, else `local`); each call may override it. */
  ownerId?: string;
  /** Credentials for the remote (a GitHub token: `{ username: token }`); each call may override them. */
  auth?: GitAuth;
  /** Author and committer of the commits a push makes (default `Buildwright <buildwright@localhost>`). */
  author?: GitAuthor;
  /** Where scratch repositories are made, one per push or pull and removed after it (default: the OS temp directory). */
  tmpDir?: string;
  /** Size and count limits of what a pull takes in (the import limits: 50 MB, 5,000 files by default). */
  limits?: ImportLimits;
  /** Called with the `version.created` event (`source: 'git'`) of each version a pull makes. */
  onVersionCreated?: (event: EventOf<'version.created'>) => void;
}

/** What a push or pull of one project takes (each overrides the link or the `gitSync` option). */
export interface GitSyncCallOptions {
  /** The remote's URL, without credentials. Needed the first time; later the project's stored link is used. A different one relinks the project (its sync starts over). */
  remote?: string;
  /** The remote branch (default: the link's, else `main`). */
  branch?: string;
  auth?: GitAuth;
  author?: GitAuthor;
  ownerId?: string;
}

/** What {@link GitSync.push} did. */
export interface GitPushResult {
  link: GitLinkRecord;
  /** The commit made of each version pushed, oldest first; empty when there was nothing to push. */
  pushed: { version: number; commit: string }[];
  /** The remote branch's commit now (`null` for an empty remote and a project without versions). */
  head: string | null;
}

/** What {@link GitSync.pull} did. */
export interface GitPullResult {
  link: GitLinkRecord;
  /**
   * `up-to-date`: the remote had nothing new; `fast-forward`: its new commits became a version;
   * `merged`: local versions not pushed yet and remote commits were merged (three-way) into a version.
   */
  status: 'up-to-date' | 'fast-forward' | 'merged';
  /** The version the pull made. */
  version?: VersionRecord;
  /** Its `version.created` event (`source: 'git'`). */
  event?: EventOf<'version.created'>;
  /** The remote commits taken in, newest first. */
  commits: { commit: string; message: string }[];
  /** True when a sandbox of the project was open and its files were updated to the version. */
  sandboxUpdated: boolean;
}

/** Pushes a project's versions to a Git remote as commits, and pulls remote commits into versions. */
export interface GitSync {
  /**
   * Commits each version not pushed yet, in order (its message, the configured author, the time it
   * was made), and moves the remote branch to the last one. Pushing again pushes nothing.
   * `GIT_REMOTE_AHEAD` (nothing pushed) when the remote has commits the project has not pulled.
   */
  push(projectId: string, options?: GitSyncCallOptions): Promise<GitPushResult>;
  /**
   * Fetches the remote branch; its commits after the last synced one become a new version. With
   * local versions not pushed yet as well, the two sides are merged three-way; changes to the same
   * lines are `GIT_CONFLICT` naming the files, with nothing stored and the remote untouched.
   */
  pull(projectId: string, options?: GitSyncCallOptions): Promise<GitPullResult>;
  /** Links a project to a remote without syncing (a different remote or branch starts its sync over). */
  link(projectId: string, options: { remote: string; branch?: string; github?: { owner: string; repo: string } | null; ownerId?: string }): Promise<GitLinkRecord>;
  /** The project's link, its version commits, and the versions a push would send. */
  status(projectId: string, options?: { ownerId?: string }): Promise<{ link: GitLinkRecord | undefined; commits: GitCommitRecord[]; unpushed: number[] }>;
}

const defaultAuthor: GitAuthor = { name: 'Buildwright', email: 'buildwright@localhost' };

/**
 * Two-way Git sync of projects, on isomorphic-git (no git binary). The sync state (each project's
 * remote, branch and last synced commit, and each version's commit) is kept in the storage, owner
 * by owner; the repository itself is made anew in a scratch directory for each push or pull.
 * Creating it does no I/O.
 *
 * @example
 * import { gitSync } from '@buildwright/adapters/git';
 *
 * const git = gitSync({ builder, auth: { username: process.env.GITHUB_TOKEN } });
 * await git.push(projectId, { remote: 'https://github.com/acme/todo.git' }); // every version, one commit each
 * const { status, version } = await git.pull(projectId); // remote commits → a new version
 */
export function gitSync(options: GitSyncOptions): GitSync {
  requirePeers('gitSync', ['isomorphic-git']);
  const storage = options.builder?.options.storage ?? options.storage;
  if (!storage) throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'git-sync.md', message: 'gitSync needs a builder (options.builder) or a storage (options.storage).' });
  const ownerOf = (call?: { ownerId?: string | undefined }) => call?.ownerId ?? options.ownerId ?? options.builder?.options.ownerId ?? 'local';

  const requireProject = async (ownerId: string, projectId: string) => {
    const project = await storage.getProject({ ownerId, projectId });
    if (!project) throw projectNotFound(projectId);
    return project;
  };

  /** The link to use: the stored one, or a new one when the call names another remote or branch. */
  const resolveLink = async (ownerId: string, projectId: string, call: GitSyncCallOptions): Promise<GitLinkRecord> => {
    const stored = await storage.getGitLink({ ownerId, projectId });
    const remote = call.remote ?? stored?.remote;
    if (remote === undefined) {
      throw new BuildwrightError({
        code: 'INVALID_INPUT',
        docsPage: 'git-sync.md',
        message: `Project "${projectId}" is not linked to a Git remote yet. Pass { remote: 'https://…/repo.git' } to push or pull (it is stored for the next time).`,
        details: { projectId },
      });
    }
    const branch = call.branch ?? stored?.branch ?? 'main';
    if (stored && stored.remote === remote && stored.branch === branch) return stored;
    return storage.saveGitLink({ ownerId, projectId, remote: checkedRemote(remote), branch: checkedBranch(branch) });
  };

  /** The versions not pushed yet (their commit unknown), oldest first, and the commit the first of them goes on. */
  const unpushed = (versions: VersionRecord[], commits: GitCommitRecord[]) => {
    const byVersion = new Map(commits.map((record) => [record.version, record]));
    const pending = versions.filter((version) => !byVersion.get(version.number)?.commit);
    const first = pending[0]?.number ?? Number.POSITIVE_INFINITY;
    const base = commits.filter((record) => record.commit !== null && record.version < first).at(-1)?.commit ?? null;
    return { pending, base, byVersion };
  };

  /** Writes the commits of `pending` on `base` in the scratch repository; returns each commit and the last. */
  const commitVersions = async (
    repository: ScratchRepository,
    input: { ownerId: string; projectId: string; pending: VersionRecord[]; base: string | null; byVersion: Map<number, GitCommitRecord>; author: GitAuthor },
  ) => {
    let head = input.base;
    const made: { version: number; commit: string }[] = [];
    for (const version of input.pending) {
      const stored = await storage.getVersionFiles({ ownerId: input.ownerId, projectId: input.projectId, number: version.number });
      if (!stored) throw new BuildwrightError({ code: 'VERSION_NOT_FOUND', message: `Version ${version.number} of project "${input.projectId}" has no files in storage.` });
      const merged = input.byVersion.get(version.number)?.mergedCommit;
      const parents = [...(head ? [head] : []), ...(merged ? [merged] : [])];
      head = await writeFilesCommit(repository, {
        files: stored.files,
        parents,
        message: `${version.message.trim() || `Version ${version.number}`}\n\nBuildwright-Version: ${version.number}`,
        author: input.author,
        at: version.createdAt,
      });
      made.push({ version: version.number, commit: head });
    }
    return { made, head };
  };

  const withSession = async <T>(link: GitLinkRecord, call: GitSyncCallOptions, fn: (session: RemoteSession) => Promise<T>): Promise<T> => {
    const session = await openRemoteSession({ url: link.remote, auth: call.auth ?? options.auth, parent: options.tmpDir });
    try {
      return await fn(session);
    } finally {
      await session.dispose();
    }
  };

  const remoteAhead = (link: GitLinkRecord, remoteHead: string) =>
    new BuildwrightError({
      code: 'GIT_REMOTE_AHEAD',
      docsPage: 'git-sync.md#errors',
      message: `The remote ${link.remote} (${link.branch}) has commits this project has not pulled (it is at ${remoteHead.slice(0, 12)}${link.lastCommit ? `, last synced ${link.lastCommit.slice(0, 12)}` : ', never synced'}), so nothing was pushed. Pull first, then push again.`,
      details: { remote: link.remote, branch: link.branch, remoteHead, lastCommit: link.lastCommit },
    });

  return {
    async link(projectId, given) {
      const ownerId = ownerOf(given);
      return storage.saveGitLink({
        ownerId,
        projectId,
        remote: checkedRemote(given.remote),
        branch: checkedBranch(given.branch ?? 'main'),
        ...(given.github === undefined ? {} : { github: given.github }),
      });
    },

    async status(projectId, given) {
      const ownerId = ownerOf(given);
      await requireProject(ownerId, projectId);
      const [link, commits, versions] = await Promise.all([storage.getGitLink({ ownerId, projectId }), storage.listGitCommits({ ownerId, projectId }), storage.listVersions({ ownerId, projectId })]);
      return { link, commits, unpushed: unpushed(versions, commits).pending.map((version) => version.number) };
    },

    async push(projectId, call = {}) {
      const ownerId = ownerOf(call);
      await requireProject(ownerId, projectId);
      const link = await resolveLink(ownerId, projectId, call);
      const [versions, commits] = await Promise.all([storage.listVersions({ ownerId, projectId }), storage.listGitCommits({ ownerId, projectId })]);
      const { pending, base, byVersion } = unpushed(versions, commits);
      return withSession(link, call, async (session) => {
        const remoteHead = await fetchBranch(session, link.branch);
        if (pending.length === 0) {
          if (remoteHead !== link.lastCommit && remoteHead !== null) throw remoteAhead(link, remoteHead);
          return { link, pushed: [], head: remoteHead };
        }
        const { made, head } = await commitVersions(session, { ownerId, projectId, pending, base, byVersion, author: call.author ?? options.author ?? defaultAuthor });
        // The remote already at our last commit: an earlier push whose record was cut off. Record it.
        if (remoteHead !== head) {
          if (remoteHead !== link.lastCommit && remoteHead !== null) throw remoteAhead(link, remoteHead);
          await pushBranch(session, link.branch, head as string);
        }
        const recorded = await storage.recordGitSync({ ownerId, projectId, expectedLastCommit: link.lastCommit, lastCommit: head as string, commits: made });
        return { link: recorded.link, pushed: made, head };
      });
    },

    async pull(projectId, call = {}) {
      const ownerId = ownerOf(call);
      const project = await requireProject(ownerId, projectId);
      const link = await resolveLink(ownerId, projectId, call);
      const [versions, commits] = await Promise.all([storage.listVersions({ ownerId, projectId }), storage.listGitCommits({ ownerId, projectId })]);
      const { pending, base, byVersion } = unpushed(versions, commits);
      const pulled = await withSession(link, call, async (session) => {
        const remoteHead = await fetchBranch(session, link.branch);
        if (remoteHead === null || remoteHead === link.lastCommit) return undefined;
        const taken = await remoteCommits(session, remoteHead, link.lastCommit);
        const subject = pullMessage(link, taken);
        if (pending.length === 0) {
          const files = await readFiles(session, remoteHead, options.limits);
          return { remoteHead, taken, status: 'fast-forward' as const, version: { message: subject, files, expectedHead: project.currentVersion, commit: remoteHead, mergedCommit: null } };
        }
        const author = call.author ?? options.author ?? defaultAuthor;
        const local = await commitVersions(session, { ownerId, projectId, pending, base, byVersion, author });
        const { git, fs, dir, cache } = session;
        await git.writeRef({ fs, dir, ref: 'refs/heads/buildwright-local', value: local.head as string, force: true });
        await git.writeRef({ fs, dir, ref: 'refs/heads/buildwright-remote', value: remoteHead, force: true });
        let merged: Awaited<ReturnType<typeof git.merge>>;
        try {
          merged = await git.merge({
            fs,
            dir,
            cache,
            ours: 'buildwright-local',
            theirs: 'buildwright-remote',
            fastForward: false,
            abortOnConflict: true,
            noUpdateBranch: true,
            allowUnrelatedHistories: link.lastCommit === null,
            message: subject,
            author,
            committer: author,
          });
        } catch (error) {
          throw mergeError(error, link, pending) ?? remoteError(error, link.remote, 'fetch');
        }
        const files = await readFiles(session, merged.tree ?? (merged.oid as string), options.limits);
        return {
          remoteHead,
          taken,
          status: 'merged' as const,
          version: { message: `Merge ${subject}`, files, expectedHead: project.currentVersion, commit: null, mergedCommit: remoteHead },
        };
      });
      if (!pulled) return { link, status: 'up-to-date', commits: [], sandboxUpdated: false };

      const previous = project.currentVersion === null ? {} : ((await storage.getVersionFiles({ ownerId, projectId, number: project.currentVersion }))?.files ?? {});
      const recorded = await storage.recordGitSync({ ownerId, projectId, expectedLastCommit: link.lastCommit, lastCommit: pulled.remoteHead, version: pulled.version });
      const version = recorded.version as VersionRecord;
      const event: EventOf<'version.created'> = {
        type: 'version.created',
        runId: `git:${pulled.remoteHead}`,
        projectId,
        seq: 1,
        at: version.createdAt,
        number: version.number,
        message: version.message,
        fileCount: version.fileCount,
        source: 'git',
      };
      const sandboxUpdated = await updateSandbox(options.builder, projectId, previous, pulled.version.files);
      options.onVersionCreated?.(event);
      return { link: recorded.link, status: pulled.status, version, event, commits: pulled.taken, sandboxUpdated };
    },
  };
}

/** The remote commits from `head` back to (not including) `lastCommit`, newest first (at most 100 listed). */
async function remoteCommits(session: RemoteSession, head: string, lastCommit: string | null): Promise<{ commit: string; message: string }[]> {
  const { git, fs, dir, cache } = session;
  const log = await git.log({ fs, dir, cache, ref: head, depth: 100 });
  const taken: { commit: string; message: string }[] = [];
  for (const entry of log) {
    if (entry.oid === lastCommit) break;
    taken.push({ commit: entry.oid, message: entry.commit.message.trim() });
  }
  return taken;
}

/** The message of a version a pull makes: the commit's own for one commit, else their subjects. */
function pullMessage(link: GitLinkRecord, taken: { commit: string; message: string }[]): string {
  const subject = (entry: { message: string }) => entry.message.split('\n')[0]?.trim() ?? '';
  if (taken.length === 1) return `${subject(taken[0] as { message: string })} (git ${(taken[0] as { commit: string }).commit.slice(0, 7)})`;
  const subjects = taken.slice(0, 5).map(subject).join('; ');
  return `${taken.length} commits from ${link.branch}: ${subjects}${taken.length > 5 ? '; …' : ''}`;
}

/** `GIT_CONFLICT` naming the files, for isomorphic-git's merge conflict; `undefined` for anything else. */
function mergeError(error: unknown, link: GitLinkRecord, pending: VersionRecord[]): BuildwrightError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== 'MergeConflictError' && code !== 'MergeNotSupportedError') return undefined;
  const data = ((error as { data?: unknown }).data ?? {}) as { filepaths?: string[]; bothModified?: string[]; deleteByUs?: string[]; deleteByTheirs?: string[] };
  const files = [...new Set(data.filepaths ?? [])].sort();
  const versions = pending.map((version) => version.number);
  return new BuildwrightError({
    code: 'GIT_CONFLICT',
    docsPage: 'git-sync.md#conflicts',
    cause: error,
    message:
      code === 'MergeNotSupportedError'
        ? `The remote ${link.branch} and versions ${versions.join(', ')} cannot be merged automatically (a change isomorphic-git cannot merge, such as a file turned into a folder). Nothing was stored and the remote is untouched: make the two sides agree (edit or restore a version, or change the remote), then pull again.`
        : `Pulling ${link.branch} conflicts with versions ${versions.join(', ')} not pushed yet, in ${files.join(', ')}: both sides changed the same lines${data.deleteByUs?.length || data.deleteByTheirs?.length ? ' or one side deleted a file the other changed' : ''}. Nothing was stored and the remote is untouched: change those files on one side so they agree (an edit of the project, or a commit to the remote), then pull again.`,
    details: { files, bothModified: data.bothModified ?? [], deleteByUs: data.deleteByUs ?? [], deleteByTheirs: data.deleteByTheirs ?? [], versions, remote: link.remote, branch: link.branch },
  });
}

/** Brings an open sandbox of the project from `previous` to `next` (writes changed files, removes gone ones); false when none is open. */
async function updateSandbox(builder: Builder | undefined, projectId: string, previous: Record<string, string>, next: Record<string, string>): Promise<boolean> {
  const sandbox = await builder?.openedSandbox(projectId);
  if (!sandbox) return false;
  for (const [path, content] of Object.entries(next)) if (previous[path] !== content) await sandbox.writeFile(path, content);
  for (const path of Object.keys(previous)) if (!(path in next)) await sandbox.removeFile(path);
  return true;
}

/** A remote URL without credentials in it: they would be stored and logged. */
function checkedRemote(remote: string): string {
  let url: URL;
  try {
    url = new URL(remote);
  } catch {
    throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'git-sync.md', message: `"${remote}" is not a URL. Give the remote as https://host/owner/repo.git.`, details: { remote } });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      docsPage: 'git-sync.md',
      message: `Git sync speaks smart HTTP only; "${url.protocol}" remotes are not supported. Use the https:// URL of the repository.`,
      details: { remote },
    });
  }
  if (url.username || url.password) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      docsPage: 'git-sync.md',
      message: 'The remote URL holds credentials, which would be stored with the link. Give the URL without them and pass the token as { auth }.',
      details: {},
    });
  }
  return remote;
}

/** A branch name git accepts (no spaces, `..`, leading `-`, control characters...). */
function checkedBranch(branch: string): string {
  if (!branch || /[\u0000-\u0020~^:?*[\\\u007f]|\.\.|@\{|^[-/.]|[/.]$|\/\/|\.lock$/.test(branch)) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'git-sync.md', message: `"${branch}" is not a valid Git branch name.`, details: { branch } });
  }
  return branch;
}
