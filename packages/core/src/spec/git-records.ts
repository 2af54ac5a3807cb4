/**
 * A project's link to a Git remote (`gitSync`): where it pushes and pulls, and the remote commit it
 * was last in step with. Owner-scoped like the project.
 */
export interface GitLinkRecord {
  projectId: string;
  ownerId: string;
  /** The remote's URL (`https://github.com/acme/todo.git`); never holds credentials. */
  remote: string;
  /** The remote branch synced, e.g. `main`. */
  branch: string;
  /**
   * The remote branch's commit after the last push or pull (what the remote held then), `null`
   * before the first sync. A push refuses to overwrite a remote that moved past it.
   */
  lastCommit: string | null;
  /** The GitHub repository the remote is, when a helper such as `githubRepos` created or linked it. */
  github: { owner: string; repo: string } | null;
  /** ISO time of the last push or pull, `null` before the first. */
  syncedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The commit of one version on the linked remote (`gitSync`). */
export interface GitCommitRecord {
  projectId: string;
  /** The version's number. */
  version: number;
  /**
   * The commit whose tree is the version's files: the commit a push made of it, or the remote
   * commit a pull made it from. `null` for a version a pull merged and no push has sent yet.
   */
  commit: string | null;
  /**
   * The remote commit the version merged (a pull of a divergence): the push makes the version's
   * commit a merge of its previous version's commit and this one. `null` otherwise.
   */
  mergedCommit: string | null;
}

/** A version a sync stores with its commit (see `StorageAdapter.recordGitSync`). */
export interface GitSyncVersionInput {
  message: string;
  files: Record<string, string>;
  /** The project's current version the files were made from (`null` for none): `VERSION_CONFLICT` otherwise. */
  expectedHead: number | null;
  /** The remote commit its files are (a fast-forward pull), or `null` for a merge not pushed yet. */
  commit: string | null;
  /** The remote commit it merged (a pull of a divergence), else `null`. */
  mergedCommit: string | null;
}
