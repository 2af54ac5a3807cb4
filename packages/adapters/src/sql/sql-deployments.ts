import { randomUUID } from 'node:crypto';
import { deploymentNotFound, idTaken, projectNotFound } from '@buildwright/core';
import type { DeploymentRecord, StorageAdapter } from '@buildwright/core';
import type { SqlClient } from './sql-database.js';
import { isoString, jsonParameter } from './sql-values.js';

/* eslint-disable @typescript-eslint/no-explicit-any */

const deploymentColumns = 'id, project_id, owner_id, target, version_number, status, provider_deployment_id, url, alias_url, error, warnings, created_at, updated_at';

const toDeployment = (row: any): DeploymentRecord => ({
  id: row.id,
  projectId: row.project_id,
  ownerId: row.owner_id,
  target: row.target,
  versionNumber: Number(row.version_number),
  status: row.status,
  providerDeploymentId: row.provider_deployment_id,
  url: row.url,
  aliasUrl: row.alias_url,
  error: row.error ?? null,
  warnings: row.warnings ?? [],
  createdAt: isoString(row.created_at),
  updatedAt: isoString(row.updated_at),
});

type DeploymentCalls = Pick<StorageAdapter, 'createDeployment' | 'updateDeployment' | 'getDeployment' | 'listDeployments'>;

/**
 * The deployment records of the SQL storage: `call` is the storage's wrapper (migrated database,
 * driver errors wrapped, lost connections retried as the storage allows).
 */
export function sqlDeployments(call: <T>(action: string, fn: (db: SqlClient, retried: boolean) => Promise<T>) => Promise<T>): DeploymentCalls {
  return {
    createDeployment: ({ ownerId, projectId, target, versionNumber, warnings, id }) => {
      const deploymentId = id ?? randomUUID();
      return call('createDeployment', async (db, retried) => {
        const at = new Date().toISOString();
        const inserted = await db.query(
          `INSERT INTO buildwright_deployments (id, project_id, owner_id, target, version_number, status, warnings, created_at, updated_at)
           SELECT $1, p.id, p.owner_id, $4, $5, 'building', $6::jsonb, $7, $7 FROM buildwright_projects p WHERE p.id = $2 AND p.owner_id = $3
           ON CONFLICT (id) DO NOTHING RETURNING ${deploymentColumns}`,
          [deploymentId, projectId, ownerId, target, versionNumber, jsonParameter(warnings ?? []), at],
        );
        if (inserted.rows[0]) return toDeployment(inserted.rows[0]);
        const existing = (await db.query(`SELECT ${deploymentColumns} FROM buildwright_deployments WHERE id = $1`, [deploymentId])).rows[0];
        // A retry whose first attempt committed (its answer lost) finds its own row.
        if (existing && retried && existing.owner_id === ownerId && existing.project_id === projectId && existing.target === target) return toDeployment(existing);
        if (existing) throw idTaken('deployment', deploymentId);
        throw projectNotFound(projectId);
      });
    },
    updateDeployment: ({ ownerId, deploymentId, status, providerDeploymentId, url, aliasUrl, error }) =>
      call('updateDeployment', async (db) => {
        const updated = await db.query(
          `UPDATE buildwright_deployments SET
             status = coalesce($3, status),
             provider_deployment_id = CASE WHEN $4::boolean THEN $5 ELSE provider_deployment_id END,
             url = CASE WHEN $6::boolean THEN $7 ELSE url END,
             alias_url = CASE WHEN $8::boolean THEN $9 ELSE alias_url END,
             error = CASE WHEN $10::boolean THEN $11::jsonb ELSE error END,
             updated_at = $12
           WHERE id = $1 AND owner_id = $2 RETURNING ${deploymentColumns}`,
          [
            deploymentId,
            ownerId,
            status ?? null,
            providerDeploymentId !== undefined,
            providerDeploymentId ?? null,
            url !== undefined,
            url ?? null,
            aliasUrl !== undefined,
            aliasUrl ?? null,
            error !== undefined,
            error === undefined || error === null ? null : jsonParameter(error),
            new Date().toISOString(),
          ],
        );
        if (!updated.rows[0]) throw deploymentNotFound(deploymentId);
        return toDeployment(updated.rows[0]);
      }),
    getDeployment: ({ ownerId, deploymentId }) =>
      call('getDeployment', async (db) => {
        const row = (await db.query(`SELECT ${deploymentColumns} FROM buildwright_deployments WHERE id = $1 AND owner_id = $2`, [deploymentId, ownerId])).rows[0];
        return row && toDeployment(row);
      }),
    listDeployments: ({ ownerId, projectId }) =>
      call('listDeployments', async (db) =>
        (await db.query(`SELECT ${deploymentColumns} FROM buildwright_deployments WHERE project_id = $1 AND owner_id = $2 ORDER BY position DESC`, [projectId, ownerId])).rows.map(toDeployment),
      ),
  };
}
