import type { Migration } from './migration.js';

/**
 * Git sync (`gitSync`): a project's link to a remote (its URL and branch, the remote commit of the
 * last push or pull, the GitHub repository when one is known), and the commit of each version on
 * that remote (`commit` is null for a merge a pull made and no push sent yet; `merged_commit` is
 * the remote commit such a merge took in). Both go with the project.
 */
export const gitSyncMigration: Migration = {
  id: '0007-git-sync',
  statements: [
    `CREATE TABLE buildwright_git_links (
      project_id text PRIMARY KEY REFERENCES buildwright_projects (id) ON DELETE CASCADE,
      remote text NOT NULL,
      branch text NOT NULL,
      last_commit text,
      github_owner text,
      github_repo text,
      synced_at timestamptz,
      created_at timestamptz NOT NULL,
      updated_at timestamptz NOT NULL
    )`,
    `CREATE TABLE buildwright_git_commits (
      project_id text NOT NULL,
      number integer NOT NULL,
      commit text,
      merged_commit text,
      PRIMARY KEY (project_id, number),
      FOREIGN KEY (project_id, number) REFERENCES buildwright_versions (project_id, number) ON DELETE CASCADE
    )`,
  ],
};
