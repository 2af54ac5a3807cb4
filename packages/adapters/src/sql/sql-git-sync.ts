import { gitSyncBusy, projectNotFound, type GitCommitRecord, type GitLinkRecord, type StorageAdapter, type VersionRecord } from '@buildwright/core';
import type { SqlClient } from './sql-database.js';
import { isoString } from './sql-values.js';
import { insertVersion } from './sql-versions.js';

/* Git sync state (`gitSync`): links and version commits. Rows are untyped driver output. */
/* eslint-disable @typescript-eslint/no-explicit-any */

const linkColumns = 'l.project_id, p.owner_id, l.remote, l.branch, l.last_commit, l.github_owner, l.github_repo, l.synced_at, l.created_at, l.updated_at';
const toLink = (row: any): GitLinkRecord => ({
  projectId: row.project_id,
  ownerId: row.owner_id,
  remote: row.remote,
  branch: row.branch,
  lastCommit: row.last_commit ?? null,
  github: row.github_owner === null || row.github_owner === undefined ? null : { owner: row.github_owner, repo: row.github_repo },
  syncedAt: row.synced_at === null || row.synced_at === undefined ? null : isoString(row.synced_at),
  createdAt: isoString(row.created_at),
  updatedAt: isoString(row.updated_at),
});

type Input<K extends keyof StorageAdapter> = StorageAdapter[K] extends (input: infer I, ...rest: any[]) => any ? I : never;

/** The owner's project's link, `undefined` when none; `lock` takes its row until the transaction ends. */
export async function selectGitLink(db: SqlClient, { ownerId, projectId }: { ownerId: string; projectId: string }, lock = false): Promise<GitLinkRecord | undefined> {
  const found = await db.query(
    `SELECT ${linkColumns} FROM buildwright_git_links l JOIN buildwright_projects p ON p.id = l.project_id
     WHERE l.project_id = $1 AND p.owner_id = $2${lock ? ' FOR UPDATE OF l' : ''}`,
    [projectId, ownerId],
  );
  return found.rows[0] ? toLink(found.rows[0]) : undefined;
}

/** Creates or replaces the link; a new remote or branch removes the sync state (see `StorageAdapter.saveGitLink`). */
export async function upsertGitLink(tx: SqlClient, input: Input<'saveGitLink'>, at: string): Promise<GitLinkRecord> {
  const { ownerId, projectId, remote, branch, github } = input;
  const project = await tx.query('SELECT 1 FROM buildwright_projects WHERE id = $1 AND owner_id = $2 FOR UPDATE', [projectId, ownerId]);
  if (project.rows.length === 0) throw projectNotFound(projectId);
  const stored = await selectGitLink(tx, { ownerId, projectId }, true);
  const same = stored !== undefined && stored.remote === remote && stored.branch === branch;
  if (!same) await tx.query('DELETE FROM buildwright_git_commits WHERE project_id = $1', [projectId]);
  const keepGithub = github === undefined;
  await tx.query(
    `INSERT INTO buildwright_git_links (project_id, remote, branch, last_commit, github_owner, github_repo, synced_at, created_at, updated_at)
     VALUES ($1, $2, $3, NULL, $4, $5, NULL, $6, $6)
     ON CONFLICT (project_id) DO UPDATE SET
       remote = excluded.remote,
       branch = excluded.branch,
       last_commit = CASE WHEN $7 THEN buildwright_git_links.last_commit ELSE NULL END,
       synced_at = CASE WHEN $7 THEN buildwright_git_links.synced_at ELSE NULL END,
       github_owner = CASE WHEN $8 THEN buildwright_git_links.github_owner ELSE excluded.github_owner END,
       github_repo = CASE WHEN $8 THEN buildwright_git_links.github_repo ELSE excluded.github_repo END,
       updated_at = excluded.updated_at`,
    [projectId, remote, branch, github?.owner ?? null, github?.repo ?? null, at, same, keepGithub],
  );
  return (await selectGitLink(tx, { ownerId, projectId })) as GitLinkRecord;
}

/** The version commits of the owner's project, by number. */
export async function selectGitCommits(db: SqlClient, { ownerId, projectId }: { ownerId: string; projectId: string }): Promise<GitCommitRecord[]> {
  const found = await db.query(
    `SELECT c.project_id, c.number, c.commit, c.merged_commit FROM buildwright_git_commits c JOIN buildwright_projects p ON p.id = c.project_id
     WHERE c.project_id = $1 AND p.owner_id = $2 ORDER BY c.number`,
    [projectId, ownerId],
  );
  return found.rows.map((row: any) => ({ projectId: row.project_id, version: Number(row.number), commit: row.commit ?? null, mergedCommit: row.merged_commit ?? null }));
}

/** One push or pull, inside the caller's transaction (see `StorageAdapter.recordGitSync`). */
export async function recordGitSyncIn(tx: SqlClient, input: Input<'recordGitSync'>, at: string): Promise<{ link: GitLinkRecord; version: VersionRecord | undefined }> {
  const { ownerId, projectId, expectedLastCommit, lastCommit, commits = [], version } = input;
  // The project row first, as saveGitLink and insertVersion lock it, so concurrent calls queue rather than deadlock.
  const owned = await tx.query('SELECT 1 FROM buildwright_projects WHERE id = $1 AND owner_id = $2 FOR UPDATE', [projectId, ownerId]);
  if (owned.rows.length === 0) throw projectNotFound(projectId);
  const link = await selectGitLink(tx, { ownerId, projectId }, true);
  if (!link || link.lastCommit !== expectedLastCommit) throw gitSyncBusy({ projectId, expectedLastCommit, currentLastCommit: link?.lastCommit });
  const stored = version && (await insertVersion(tx, { ownerId, projectId, runId: null, message: version.message, files: version.files, expectedHead: version.expectedHead, at }));
  const rows: { number: number; commit: string | null; merged_commit: string | null }[] = commits.map(({ version: number, commit }) => ({ number, commit, merged_commit: null }));
  if (stored && version) rows.push({ number: stored.number, commit: version.commit, merged_commit: version.mergedCommit });
  if (rows.length > 0) {
    await tx.query(
      `INSERT INTO buildwright_git_commits (project_id, number, commit, merged_commit)
       SELECT $1, entry.number, entry.commit, entry.merged_commit FROM jsonb_to_recordset($2::jsonb) AS entry(number integer, commit text, merged_commit text)
       ON CONFLICT (project_id, number) DO UPDATE SET commit = excluded.commit`,
      [projectId, JSON.stringify(rows)],
    );
  }
  await tx.query('UPDATE buildwright_git_links SET last_commit = $2, synced_at = $3, updated_at = $3 WHERE project_id = $1', [projectId, lastCommit, at]);
  return { link: (await selectGitLink(tx, { ownerId, projectId })) as GitLinkRecord, version: stored };
}
