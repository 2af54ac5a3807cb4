import { randomUUID } from 'node:crypto';
import { agentDraftChanged, agentExecutionNotRunning, agentExecutionTakenOver, agentNotFound, agentVersionNotFound, idTaken, roundCost } from '@buildwright/core';
import type { AgentExecutionRecord, AgentRecord, AgentStorage, AgentVersionRecord } from '@buildwright/core';
import { withTransaction, type SqlClient, type SqlDatabase } from './sql-database.js';
import type { RepeatPolicy } from './sql-retry.js';
import { isoString, jsonParameter } from './sql-values.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

const agentColumns = 'id, owner_id, name, draft, published_version, created_at, updated_at';
const versionColumns = 'agent_id, version, definition, published_at';
const executionColumns = 'id, agent_id, owner_id, version, input, output, status, error, latency_ms, input_tokens, output_tokens, cost_usd, tool_calls, started_at, finished_at';

const toAgent = (row: any): AgentRecord => ({
  id: row.id,
  ownerId: row.owner_id,
  name: row.name,
  draft: row.draft,
  publishedVersion: row.published_version === null ? null : Number(row.published_version),
  createdAt: isoString(row.created_at),
  updatedAt: isoString(row.updated_at),
});
const toVersion = (row: any): AgentVersionRecord => ({ agentId: row.agent_id, version: Number(row.version), definition: row.definition, publishedAt: isoString(row.published_at) });
const toExecution = (row: any): AgentExecutionRecord => ({
  id: row.id,
  agentId: row.agent_id,
  ownerId: row.owner_id,
  version: Number(row.version),
  input: row.input,
  output: row.output,
  status: row.status,
  error: row.error ?? null,
  latencyMs: row.latency_ms === null ? null : Number(row.latency_ms),
  inputTokens: Number(row.input_tokens),
  outputTokens: Number(row.output_tokens),
  costUsd: Number(row.cost_usd),
  toolCalls: Number(row.tool_calls),
  startedAt: isoString(row.started_at),
  finishedAt: row.finished_at === null ? null : isoString(row.finished_at),
});
/** Why a fenced write of a running execution changed nothing: taken over by a newer attempt, or not running. */
async function notWritable(db: SqlClient, ownerId: string, executionId: string, attempt: number | undefined): Promise<never> {
  const row = (await db.query(`SELECT attempt FROM buildwright_agent_executions WHERE id = $1 AND owner_id = $2 AND status = 'running'`, [executionId, ownerId])).rows[0];
  if (row && attempt !== undefined && Number(row.attempt) !== attempt) throw agentExecutionTakenOver(executionId, attempt);
  throw agentExecutionNotRunning(executionId);
}
/** A JSON value as a jsonb parameter; `undefined` is stored as JSON null. */
const jsonValue = (value: unknown) => jsonParameter(value === undefined ? null : value);
const utcDay = `to_char(started_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;

type Call = <T>(action: string, fn: (db: SqlDatabase, retried: boolean) => Promise<T>, repeat?: RepeatPolicy) => Promise<T>;

/**
 * The agents of the SQL storage: `call` is the storage's wrapper (migrated database, driver errors
 * wrapped, lost connections retried as the storage allows).
 */
export function sqlAgents(call: Call): AgentStorage {
  const selectAgent = async (db: SqlClient, ownerId: string, agentId: string) =>
    (await db.query(`SELECT ${agentColumns} FROM buildwright_agents WHERE id = $1 AND owner_id = $2`, [agentId, ownerId])).rows[0];
  return {
    createAgent: ({ ownerId, draft, id }) => {
      const agentId = id ?? randomUUID();
      return call('createAgent', async (db, retried) => {
        const at = new Date().toISOString();
        const inserted = await db.query(
          `INSERT INTO buildwright_agents (id, owner_id, name, draft, created_at, updated_at) VALUES ($1, $2, $3, $4::jsonb, $5, $5)
           ON CONFLICT (id) DO NOTHING RETURNING ${agentColumns}`,
          [agentId, ownerId, draft.name, jsonValue(draft), at],
        );
        if (inserted.rows[0]) return toAgent(inserted.rows[0]);
        const existing = await selectAgent(db, ownerId, agentId);
        // A retry whose first attempt committed (its answer lost) finds its own row.
        if (existing && retried) return toAgent(existing);
        throw idTaken('agent', agentId);
      });
    },
    updateAgentDraft: ({ ownerId, agentId, draft }) =>
      call('updateAgentDraft', async (db) => {
        const updated = await db.query(
          `UPDATE buildwright_agents SET name = $3, draft = $4::jsonb, updated_at = greatest($5::timestamptz, updated_at + interval '1 millisecond')
           WHERE id = $1 AND owner_id = $2 RETURNING ${agentColumns}`,
          [agentId, ownerId, draft.name, jsonValue(draft), new Date().toISOString()],
        );
        if (!updated.rows[0]) throw agentNotFound(agentId);
        return toAgent(updated.rows[0]);
      }),
    getAgent: ({ ownerId, agentId }) =>
      call('getAgent', async (db) => {
        const row = await selectAgent(db, ownerId, agentId);
        return row && toAgent(row);
      }),
    listAgents: ({ ownerId }) =>
      call('listAgents', async (db) => (await db.query(`SELECT ${agentColumns} FROM buildwright_agents WHERE owner_id = $1 ORDER BY position DESC`, [ownerId])).rows.map(toAgent)),
    deleteAgent: ({ ownerId, agentId }) =>
      call('deleteAgent', async (db) => {
        const deleted = await db.query('DELETE FROM buildwright_agents WHERE id = $1 AND owner_id = $2 RETURNING id', [agentId, ownerId]);
        if (!deleted.rows[0]) throw agentNotFound(agentId);
      }),
    publishAgent: ({ ownerId, agentId, draft }) =>
      call(
        'publishAgent',
        (db) =>
          withTransaction(db, async (tx) => {
            const at = new Date().toISOString();
            // The UPDATE locks the row and re-reads it after a concurrent publish: each gets its own number.
            const bumped = (
              await tx.query(
                `UPDATE buildwright_agents SET published_version = coalesce(published_version, 0) + 1, updated_at = greatest($3::timestamptz, updated_at + interval '1 millisecond')
                 WHERE id = $1 AND owner_id = $2 AND ($4::jsonb IS NULL OR draft = $4::jsonb) RETURNING published_version, draft`,
                [agentId, ownerId, at, draft === undefined ? null : jsonValue(draft)],
              )
            ).rows[0];
            if (!bumped) {
              const exists = (await tx.query('SELECT 1 FROM buildwright_agents WHERE id = $1 AND owner_id = $2', [agentId, ownerId])).rows[0];
              throw exists ? agentDraftChanged(agentId) : agentNotFound(agentId);
            }
            const inserted = await tx.query(`INSERT INTO buildwright_agent_versions (${versionColumns}) VALUES ($1, $2, $3::jsonb, $4) RETURNING ${versionColumns}`, [
              agentId,
              bumped.published_version,
              jsonValue(bumped.draft),
              at,
            ]);
            return toVersion(inserted.rows[0]);
          }),
        'unless-committed',
      ),
    listAgentVersions: ({ ownerId, agentId }) =>
      call('listAgentVersions', async (db) =>
        (
          await db.query(
            `SELECT ${versionColumns} FROM buildwright_agent_versions v WHERE agent_id = $1 AND EXISTS (SELECT 1 FROM buildwright_agents a WHERE a.id = v.agent_id AND a.owner_id = $2) ORDER BY version`,
            [agentId, ownerId],
          )
        ).rows.map(toVersion),
      ),
    getAgentVersion: ({ ownerId, agentId, version }) =>
      call('getAgentVersion', async (db) => {
        const row = (
          await db.query(
            `SELECT ${versionColumns} FROM buildwright_agent_versions v WHERE agent_id = $1 AND version = $3 AND EXISTS (SELECT 1 FROM buildwright_agents a WHERE a.id = v.agent_id AND a.owner_id = $2)`,
            [agentId, ownerId, version],
          )
        ).rows[0];
        return row && toVersion(row);
      }),
    restoreAgentVersion: ({ ownerId, agentId, version }) =>
      call('restoreAgentVersion', async (db) => {
        const updated = await db.query(
          `UPDATE buildwright_agents a SET draft = v.definition, name = v.definition->>'name', updated_at = greatest($4::timestamptz, a.updated_at + interval '1 millisecond')
           FROM buildwright_agent_versions v WHERE a.id = $1 AND a.owner_id = $2 AND v.agent_id = a.id AND v.version = $3 RETURNING ${agentColumns.replace(/(\w+)/g, 'a.$1')}`,
          [agentId, ownerId, version, new Date().toISOString()],
        );
        if (updated.rows[0]) return toAgent(updated.rows[0]);
        if (!(await selectAgent(db, ownerId, agentId))) throw agentNotFound(agentId);
        throw agentVersionNotFound(agentId, version);
      }),
    createAgentExecution: ({ ownerId, agentId, version, input, id, leaseMs }) => {
      const executionId = id ?? randomUUID();
      return call('createAgentExecution', async (db, retried) => {
        const now = Date.now();
        const inserted = await db.query(
          `INSERT INTO buildwright_agent_executions (id, agent_id, owner_id, version, input, status, started_at, lease_expires_at)
           SELECT $1, v.agent_id, a.owner_id, v.version, $5::jsonb, 'running', $6, $7 FROM buildwright_agent_versions v JOIN buildwright_agents a ON a.id = v.agent_id
           WHERE a.id = $2 AND a.owner_id = $3 AND v.version = $4
           ON CONFLICT (id) DO NOTHING RETURNING ${executionColumns}`,
          [executionId, agentId, ownerId, version, jsonValue(input), new Date(now).toISOString(), leaseMs === undefined ? null : new Date(now + leaseMs).toISOString()],
        );
        if (inserted.rows[0]) return toExecution(inserted.rows[0]);
        const existing = (await db.query(`SELECT ${executionColumns} FROM buildwright_agent_executions WHERE id = $1`, [executionId])).rows[0];
        if (existing && retried && existing.owner_id === ownerId && existing.agent_id === agentId) return toExecution(existing);
        if (existing) throw idTaken('execution', executionId);
        if (!(await selectAgent(db, ownerId, agentId))) throw agentNotFound(agentId);
        throw agentVersionNotFound(agentId, version);
      });
    },
    finishAgentExecution: ({ ownerId, executionId, end, attempt }) =>
      call(
        'finishAgentExecution',
        async (db) => {
          const updated = await db.query(
            `UPDATE buildwright_agent_executions SET status = $3, output = $4::jsonb, error = $5::jsonb, latency_ms = $6, input_tokens = $7, output_tokens = $8, cost_usd = $9, tool_calls = $10, finished_at = $11,
               progress = NULL, lease_expires_at = NULL
             WHERE id = $1 AND owner_id = $2 AND status = 'running' AND ($12::integer IS NULL OR attempt = $12) RETURNING ${executionColumns}`,
            [
              executionId,
              ownerId,
              end.status,
              jsonValue(end.output),
              end.error === null ? null : jsonValue(end.error),
              Math.round(end.latencyMs),
              end.inputTokens,
              end.outputTokens,
              end.costUsd,
              end.toolCalls,
              new Date().toISOString(),
              attempt ?? null,
            ],
          );
          if (!updated.rows[0]) await notWritable(db, ownerId, executionId, attempt);
          return toExecution(updated.rows[0]);
        },
        'unless-committed',
      ),
    saveAgentProgress: ({ ownerId, executionId, attempt, progress, leaseMs }) =>
      call('saveAgentProgress', async (db) => {
        // Same progress written twice is harmless: a retried write may repeat.
        const updated = await db.query(
          `UPDATE buildwright_agent_executions SET progress = $4::jsonb, lease_expires_at = $5 WHERE id = $1 AND owner_id = $2 AND status = 'running' AND attempt = $3 RETURNING id`,
          [executionId, ownerId, attempt, jsonValue(progress), new Date(Date.now() + leaseMs).toISOString()],
        );
        if (!updated.rows[0]) await notWritable(db, ownerId, executionId, attempt);
      }),
    claimAgentExecution: ({ ownerId, executionId, leaseMs, onlyExpired }) =>
      call(
        'claimAgentExecution',
        async (db) => {
          const now = Date.now();
          const claimed = (
            await db.query(
              `UPDATE buildwright_agent_executions SET attempt = attempt + 1, lease_expires_at = $4
               WHERE id = $1 AND owner_id = $2 AND status = 'running' AND (NOT $3 OR lease_expires_at IS NULL OR lease_expires_at <= $5)
               RETURNING ${executionColumns}, attempt, progress`,
              [executionId, ownerId, onlyExpired === true, new Date(now + leaseMs).toISOString(), new Date(now).toISOString()],
            )
          ).rows[0];
          return claimed && { execution: toExecution(claimed), attempt: Number(claimed.attempt), progress: claimed.progress ?? null };
        },
        'unless-committed',
      ),
    listInterruptedAgentExecutions: ({ limit } = {}) =>
      call('listInterruptedAgentExecutions', async (db) =>
        (
          await db.query(`SELECT id, owner_id FROM buildwright_agent_executions WHERE status = 'running' AND (lease_expires_at IS NULL OR lease_expires_at <= $1) ORDER BY position LIMIT $2`, [
            new Date().toISOString(),
            Math.min(Math.max(limit ?? 100, 1), 500),
          ])
        ).rows.map((row: any) => ({ ownerId: row.owner_id, executionId: row.id })),
      ),
    getAgentExecution: ({ ownerId, executionId }) =>
      call('getAgentExecution', async (db) => {
        const row = (await db.query(`SELECT ${executionColumns} FROM buildwright_agent_executions WHERE id = $1 AND owner_id = $2`, [executionId, ownerId])).rows[0];
        return row && toExecution(row);
      }),
    listAgentExecutions: ({ ownerId, agentId, limit }) =>
      call('listAgentExecutions', async (db) =>
        (
          await db.query(`SELECT ${executionColumns} FROM buildwright_agent_executions WHERE agent_id = $1 AND owner_id = $2 ORDER BY position DESC LIMIT $3`, [
            agentId,
            ownerId,
            Math.min(Math.max(limit ?? 50, 1), 500),
          ])
        ).rows.map(toExecution),
      ),
    agentStats: ({ ownerId, agentId, version, from, to }) =>
      call('agentStats', async (db) => {
        const filter = `agent_id = $1 AND owner_id = $2 AND status <> 'running' AND ($3::integer IS NULL OR version = $3) AND ($4::text IS NULL OR ${utcDay} >= $4) AND ($5::text IS NULL OR ${utcDay} <= $5)`;
        const parameters = [agentId, ownerId, version ?? null, from ?? null, to ?? null];
        const rows = await db.query(
          `SELECT ${utcDay} AS day, version, count(*) AS executions, count(*) FILTER (WHERE status = 'succeeded') AS succeeded,
             percentile_disc(0.5) WITHIN GROUP (ORDER BY latency_ms) AS p50, percentile_disc(0.95) WITHIN GROUP (ORDER BY latency_ms) AS p95,
             sum(input_tokens) AS input_tokens, sum(output_tokens) AS output_tokens, sum(cost_usd) AS cost_usd, sum(tool_calls) AS tool_calls
           FROM buildwright_agent_executions WHERE ${filter} GROUP BY 1, 2 ORDER BY 1, 2`,
          parameters,
        );
        const errors = await db.query(
          `SELECT error->>'code' AS code, count(*) AS count FROM buildwright_agent_executions WHERE ${filter} AND error IS NOT NULL
           GROUP BY 1 ORDER BY 2 DESC, (error->>'code') COLLATE "C" LIMIT 10`,
          parameters,
        );
        return {
          agentId,
          rows: rows.rows.map((row: any) => {
            const executions = Number(row.executions);
            const succeeded = Number(row.succeeded);
            return {
              day: row.day,
              version: Number(row.version),
              executions,
              succeeded,
              failed: executions - succeeded,
              successRate: succeeded / executions,
              p50LatencyMs: Number(row.p50),
              p95LatencyMs: Number(row.p95),
              inputTokens: Number(row.input_tokens),
              outputTokens: Number(row.output_tokens),
              costUsd: roundCost(Number(row.cost_usd)),
              toolCalls: Number(row.tool_calls),
            };
          }),
          topErrors: errors.rows.map((row: any) => ({ code: row.code, count: Number(row.count) })),
        };
      }),
  };
}
