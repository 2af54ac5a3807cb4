import { projectBusy, projectCursor, projectNotFound, projectPageInput, type ProjectPage, type ProjectRecord } from '@buildwright/core';
import { withTransaction, type SqlClient, type SqlDatabase } from './sql-database.js';
import { projectColumns, toProject } from './sql-rows.js';

/**
 * One page of an owner's projects, newest first by `position` (creation order, which only grows),
 * matching the query in the name or in any run's prompt (`strpos` on lowercased text, so `%` and
 * `_` in a query are plain characters). One row more than the page tells whether another follows.
 */
export async function selectProjectPage(db: SqlClient, input: { ownerId: string; query?: string; cursor?: string; limit?: number }): Promise<ProjectPage> {
  const { query, before, limit } = projectPageInput(input);
  const found = await db.query(
    `SELECT ${projectColumns}, position FROM buildwright_projects p
     WHERE p.owner_id = $1 AND ($2::bigint IS NULL OR p.position < $2::bigint)
       AND ($3::text IS NULL OR strpos(lower(p.name), $3::text) > 0
            OR EXISTS (SELECT 1 FROM buildwright_runs r WHERE r.project_id = p.id AND strpos(lower(r.prompt), $3::text) > 0))
     ORDER BY p.position DESC LIMIT $4`,
    [input.ownerId, before ?? null, query ?? null, limit + 1],
  );
  const rows = found.rows.slice(0, limit);
  return { projects: rows.map(toProject), nextCursor: found.rows.length > limit ? projectCursor(Number(rows.at(-1).position)) : null };
}

/** Renames an owner's project; `PROJECT_NOT_FOUND` when it is not theirs. */
export async function updateProjectName(db: SqlClient, input: { ownerId: string; projectId: string; name: string; at: string }): Promise<ProjectRecord> {
  const updated = await db.query(`UPDATE buildwright_projects SET name = $3, updated_at = $4 WHERE id = $1 AND owner_id = $2 RETURNING ${projectColumns}`, [
    input.projectId,
    input.ownerId,
    input.name,
    input.at,
  ]);
  if (!updated.rows[0]) throw projectNotFound(input.projectId);
  return toProject(updated.rows[0]);
}

/**
 * Deletes an owner's project in one transaction. The project row is locked first (`FOR UPDATE`):
 * a run being created takes a key-share lock on it for its foreign key, so either that run
 * committed before (and the active-run check sees it) or its insert waits and then fails. Run
 * checkpoints are keyed by thread (the run id), not by a foreign key, so they are deleted here; the
 * rest goes by `ON DELETE CASCADE`. Blobs stay (shared by content). `retried`: a lost answer of an
 * attempt that committed leaves no project, which is then the delete's success.
 */
export async function deleteProjectRows(db: SqlDatabase, input: { ownerId: string; projectId: string; retried: boolean }): Promise<void> {
  await withTransaction(db, async (tx) => {
    const project = (await tx.query('SELECT id FROM buildwright_projects WHERE id = $1 AND owner_id = $2 FOR UPDATE', [input.projectId, input.ownerId])).rows[0];
    if (!project) {
      if (input.retried) return;
      throw projectNotFound(input.projectId);
    }
    const active = await tx.query(`SELECT id FROM buildwright_runs WHERE project_id = $1 AND status IN ('running', 'queued', 'awaiting_approval') ORDER BY position`, [input.projectId]);
    if (active.rows.length > 0)
      throw projectBusy(
        input.projectId,
        active.rows.map((row: { id: string }) => row.id),
      );
    const ofRuns = 'SELECT id FROM buildwright_runs WHERE project_id = $1';
    await tx.query(`DELETE FROM buildwright_checkpoint_writes WHERE thread_id IN (${ofRuns})`, [input.projectId]);
    await tx.query(`DELETE FROM buildwright_checkpoints WHERE thread_id IN (${ofRuns})`, [input.projectId]);
    await tx.query('DELETE FROM buildwright_projects WHERE id = $1', [input.projectId]);
  });
}
