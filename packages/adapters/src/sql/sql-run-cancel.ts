import type { RunCancelRequest } from '@buildwright/core';
import type { SqlClient } from './sql-database.js';
import { isoString } from './sql-values.js';

/**
 * Stores a cancel request of a run that is this owner's and `running` or `queued`, keeping one already stored;
 * true when the run qualifies. One statement, so it cannot race with the run ending.
 */
export async function insertRunCancelRequest(db: SqlClient, input: { ownerId: string; runId: string; reason: string; at: string }): Promise<boolean> {
  const found = await db.query(
    `WITH running AS (SELECT id FROM buildwright_runs WHERE id = $1 AND owner_id = $2 AND status IN ('running', 'queued')),
     stored AS (
       INSERT INTO buildwright_run_cancel_requests (run_id, reason, requested_at)
       SELECT id, $3, $4 FROM running ON CONFLICT (run_id) DO NOTHING
     )
     SELECT count(*)::int AS running FROM running`,
    [input.runId, input.ownerId, input.reason, input.at],
  );
  return found.rows[0]?.running === 1;
}

/** The run's stored cancel request, `undefined` when none. */
export async function selectRunCancelRequest(db: SqlClient, runId: string): Promise<RunCancelRequest | undefined> {
  const row = (await db.query('SELECT run_id, reason, requested_at FROM buildwright_run_cancel_requests WHERE run_id = $1', [runId])).rows[0];
  return row && { runId: row.run_id, reason: row.reason, requestedAt: isoString(row.requested_at) };
}

/** Removes the run's cancel request, if any. */
export async function deleteRunCancelRequest(db: SqlClient, runId: string): Promise<void> {
  await db.query('DELETE FROM buildwright_run_cancel_requests WHERE run_id = $1', [runId]);
}
