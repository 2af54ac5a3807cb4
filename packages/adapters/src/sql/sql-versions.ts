import { versionConflict, versionOfAnotherProject, type VersionRecord } from '@buildwright/core';
import { blobKey, insertBlobs } from './sql-blobs.js';
import type { SqlClient } from './sql-database.js';
import { toVersion, versionColumns } from './sql-rows.js';
import { utf8 } from './sql-values.js';

/** What {@link insertVersion} stores. */
export interface InsertVersionInput {
  ownerId: string;
  projectId: string;
  runId: string | null;
  message: string;
  files: Record<string, string>;
  /** Stores only while the project's current version is this one (see `StorageAdapter.createVersion`). */
  expectedHead?: number | null;
  at: string;
}

/**
 * Stores a version inside the caller's transaction: locks the project row (so numbers never
 * collide, and the `expectedHead` check and the write are one step for concurrent writers),
 * returns the run's version instead when the run already stored one, sends only the blobs the
 * database does not hold yet, writes the version and its entries, and moves the project's current
 * version. `undefined` when the owner has no such project; throws `VERSION_CONFLICT` (rolling the
 * transaction back) when the head is not `expectedHead`.
 *
 * Rows go as one jsonb parameter per table (`jsonb_to_recordset`), so a 5,000-file version is a
 * handful of statements and never hits the 65,535 parameters limit.
 */
export async function insertVersion(tx: SqlClient, input: InsertVersionInput): Promise<VersionRecord | undefined> {
  const { ownerId, projectId, runId, message, files, expectedHead, at } = input;
  const project = (await tx.query('SELECT current_version FROM buildwright_projects WHERE id = $1 AND owner_id = $2 FOR UPDATE', [projectId, ownerId])).rows[0];
  if (!project) return undefined;
  if (runId !== null) {
    // After the row lock, so a concurrent call of the same run (committed meanwhile) is seen.
    const ofRun = (await tx.query(`SELECT ${versionColumns} FROM buildwright_versions WHERE run_id = $1`, [runId])).rows[0];
    if (ofRun && ofRun.project_id !== projectId) throw versionOfAnotherProject(runId);
    if (ofRun) return toVersion(ofRun);
  }
  const currentHead = project.current_version === null ? null : Number(project.current_version);
  if (expectedHead !== undefined && expectedHead !== currentHead) throw versionConflict({ projectId, expectedHead, currentHead });
  const last = (await tx.query('SELECT coalesce(max(number), 0) AS last FROM buildwright_versions WHERE project_id = $1', [projectId])).rows[0];
  const number = Number(last.last) + 1;

  const entries = Object.entries(files).map(([path, content]) => ({ path, hash: blobKey(content), content }));
  await insertBlobs(tx, new Map(entries.map((entry) => [entry.hash, entry.content])));

  const version = (
    await tx.query(
      `INSERT INTO buildwright_versions (project_id, number, parent, message, run_id, file_count, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${versionColumns}`,
      [projectId, number, project.current_version, message, runId, entries.length, at],
    )
  ).rows[0];
  if (entries.length > 0) {
    await tx.query(
      `INSERT INTO buildwright_version_entries (project_id, number, path, blob_hash)
       SELECT $1, $2, entry.path, entry.hash FROM jsonb_to_recordset($3::jsonb) AS entry(path text, hash text)`,
      [projectId, number, JSON.stringify(entries.map(({ path, hash }) => ({ path, hash })))],
    );
  }
  await tx.query('UPDATE buildwright_projects SET current_version = $2, updated_at = $3 WHERE id = $1', [projectId, number, at]);
  return toVersion(version);
}

/** Files of a version of an owner's project (the current one when `number` is omitted). */
export async function selectVersionFiles(
  db: SqlClient,
  input: { ownerId: string; projectId: string; number?: number },
): Promise<{ version: VersionRecord; files: Record<string, string> } | undefined> {
  const found = await db.query(
    `SELECT ${versionColumns
      .split(', ')
      .map((column) => `v.${column}`)
      .join(', ')}
     FROM buildwright_versions v JOIN buildwright_projects p ON p.id = v.project_id
     WHERE v.project_id = $1 AND p.owner_id = $2 AND v.number = coalesce($3::integer, p.current_version)`,
    [input.projectId, input.ownerId, input.number ?? null],
  );
  const row = found.rows[0];
  if (!row) return undefined;
  const version = toVersion(row);
  const entries = await db.query(
    `SELECT e.path, b.content FROM buildwright_version_entries e JOIN buildwright_file_blobs b ON b.hash = e.blob_hash
     WHERE e.project_id = $1 AND e.number = $2 ORDER BY e.path`,
    [input.projectId, version.number],
  );
  const files: Record<string, string> = {};
  for (const entry of entries.rows) files[entry.path] = utf8(entry.content);
  return { version, files };
}
