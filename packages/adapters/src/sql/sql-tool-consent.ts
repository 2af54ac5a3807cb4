import type { ToolApprovalRecord, ToolConsentRecord, ToolDecision, ToolPinRecord } from '@buildwright/core';
import type { SqlClient } from './sql-database.js';
import { isoString, jsonParameter } from './sql-values.js';

/** Stores a pending approval, keeping one already stored with that id. */
export async function insertToolApproval(db: SqlClient, input: { runId: string; id: string; server: string; tool: string; at: string }): Promise<void> {
  await db.query(`INSERT INTO buildwright_tool_approvals (run_id, id, server, tool, requested_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (run_id, id) DO NOTHING`, [
    input.runId,
    input.id,
    input.server,
    input.tool,
    input.at,
  ]);
}

/** Decides a pending approval of a run of this owner, in one statement; true when it was pending. */
export async function decideToolApproval(db: SqlClient, input: { ownerId: string; runId: string; id: string; decision: ToolDecision; remember: boolean; at: string }): Promise<boolean> {
  const updated = await db.query(
    `UPDATE buildwright_tool_approvals SET status = $4, remember = $5, decided_at = $6
     WHERE run_id = $1 AND id = $2 AND status = 'pending'
       AND EXISTS (SELECT 1 FROM buildwright_runs WHERE id = $1 AND owner_id = $3)
     RETURNING id`,
    [input.runId, input.id, input.ownerId, input.decision, input.remember, input.at],
  );
  return updated.rows.length === 1;
}

export async function selectToolApproval(db: SqlClient, input: { runId: string; id: string }): Promise<ToolApprovalRecord | undefined> {
  const row = (await db.query('SELECT run_id, id, server, tool, status, remember, requested_at, decided_at FROM buildwright_tool_approvals WHERE run_id = $1 AND id = $2', [input.runId, input.id]))
    .rows[0];
  return (
    row && {
      id: row.id,
      runId: row.run_id,
      server: row.server,
      tool: row.tool,
      status: row.status,
      remember: row.remember,
      requestedAt: isoString(row.requested_at),
      decidedAt: row.decided_at === null ? null : isoString(row.decided_at),
    }
  );
}

export async function selectToolConsents(db: SqlClient, projectId: string): Promise<ToolConsentRecord[]> {
  const { rows } = await db.query('SELECT project_id, server, tool, tool_hash, decision, decided_at FROM buildwright_tool_consents WHERE project_id = $1 ORDER BY server, tool', [projectId]);
  return rows.map((row) => ({ projectId: row.project_id, server: row.server, tool: row.tool, toolHash: row.tool_hash, decision: row.decision, decidedAt: isoString(row.decided_at) }));
}

export async function upsertToolConsent(db: SqlClient, input: Omit<ToolConsentRecord, 'decidedAt'> & { at: string }): Promise<void> {
  await db.query(
    `INSERT INTO buildwright_tool_consents (project_id, server, tool, tool_hash, decision, decided_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (project_id, server, tool) DO UPDATE SET tool_hash = EXCLUDED.tool_hash, decision = EXCLUDED.decision, decided_at = EXCLUDED.decided_at`,
    [input.projectId, input.server, input.tool, input.toolHash, input.decision, input.at],
  );
}

export async function selectToolPin(db: SqlClient, input: { projectId: string; server: string }): Promise<ToolPinRecord | undefined> {
  const row = (await db.query('SELECT project_id, server, hash, tools, pinned_at FROM buildwright_tool_pins WHERE project_id = $1 AND server = $2', [input.projectId, input.server])).rows[0];
  return row && { projectId: row.project_id, server: row.server, hash: row.hash, tools: typeof row.tools === 'string' ? JSON.parse(row.tools) : row.tools, pinnedAt: isoString(row.pinned_at) };
}

export async function upsertToolPin(db: SqlClient, input: Omit<ToolPinRecord, 'pinnedAt'> & { at: string }): Promise<void> {
  await db.query(
    `INSERT INTO buildwright_tool_pins (project_id, server, hash, tools, pinned_at) VALUES ($1, $2, $3, $4::jsonb, $5)
     ON CONFLICT (project_id, server) DO UPDATE SET hash = EXCLUDED.hash, tools = EXCLUDED.tools, pinned_at = EXCLUDED.pinned_at`,
    [input.projectId, input.server, input.hash, jsonParameter(input.tools), input.at],
  );
}
