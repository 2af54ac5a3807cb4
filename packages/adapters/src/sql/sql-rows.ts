import type { ContractRecord, MessageRecord, ProjectRecord, RunRecord, StoredCheckpoint, StoredCheckpointWrite, UsageRecord, VersionRecord } from '@buildwright/core';
import { isoString } from './sql-values.js';

/* Row → record mappers. Rows are untyped driver output; every field is converted explicitly. */
/* eslint-disable @typescript-eslint/no-explicit-any */

export const projectColumns = 'id, owner_id, name, kind, current_version, chain, created_at, updated_at';
export const toProject = (row: any): ProjectRecord => ({
  id: row.id,
  ownerId: row.owner_id,
  name: row.name,
  kind: row.kind,
  currentVersion: row.current_version === null ? null : Number(row.current_version),
  ...(row.chain === null ? {} : { chain: row.chain }),
  createdAt: isoString(row.created_at),
  updatedAt: isoString(row.updated_at),
});

export const runColumns = 'id, project_id, owner_id, mode, prompt, status, budgets, cost_usd, error, created_at, updated_at';
export const toRun = (row: any): RunRecord => ({
  id: row.id,
  projectId: row.project_id,
  ownerId: row.owner_id,
  mode: row.mode,
  prompt: row.prompt,
  status: row.status,
  budgets: row.budgets,
  costUsd: Number(row.cost_usd),
  error: row.error ?? null,
  createdAt: isoString(row.created_at),
  updatedAt: isoString(row.updated_at),
});

export const messageColumns = 'id, project_id, run_id, role, content, created_at';
export const toMessage = (row: any): MessageRecord => ({
  id: row.id,
  projectId: row.project_id,
  runId: row.run_id ?? null,
  role: row.role,
  content: row.content,
  createdAt: isoString(row.created_at),
});

export const versionColumns = 'project_id, number, parent, message, run_id, file_count, created_at';
export const toVersion = (row: any): VersionRecord => ({
  projectId: row.project_id,
  number: Number(row.number),
  parent: row.parent === null ? null : Number(row.parent),
  message: row.message,
  runId: row.run_id ?? null,
  fileCount: Number(row.file_count),
  createdAt: isoString(row.created_at),
});

export const contractColumns = 'id, project_id, run_id, name, address, chain_id, network, abi, source, tx_hash, explorer_url, status, created_at';
export const toContract = (row: any): ContractRecord => ({
  id: row.id,
  projectId: row.project_id,
  runId: row.run_id ?? null,
  name: row.name,
  address: row.address,
  chainId: Number(row.chain_id),
  network: row.network,
  abi: row.abi,
  source: row.source,
  txHash: row.tx_hash,
  explorerUrl: row.explorer_url ?? null,
  status: row.status,
  createdAt: isoString(row.created_at),
});

export const usageColumns = 'run_id, node, model, input_tokens, output_tokens, cached_input_tokens, cost_usd, estimated';
export const toUsage = (row: any): UsageRecord => ({
  runId: row.run_id,
  node: row.node,
  model: row.model,
  inputTokens: Number(row.input_tokens),
  outputTokens: Number(row.output_tokens),
  cachedInputTokens: Number(row.cached_input_tokens),
  costUsd: Number(row.cost_usd),
  estimated: Boolean(row.estimated),
});

export const checkpointColumns = 'thread_id, checkpoint_id, parent_checkpoint_id, checkpoint, metadata';
export const toCheckpoint = (row: any): StoredCheckpoint => ({
  threadId: row.thread_id,
  checkpointId: row.checkpoint_id,
  parentCheckpointId: row.parent_checkpoint_id ?? null,
  checkpoint: row.checkpoint,
  metadata: row.metadata,
});

export const checkpointWriteColumns = 'thread_id, checkpoint_id, task_id, idx, channel, value';
export const toCheckpointWrite = (row: any): StoredCheckpointWrite => ({
  threadId: row.thread_id,
  checkpointId: row.checkpoint_id,
  taskId: row.task_id,
  index: Number(row.idx),
  channel: row.channel,
  value: row.value,
});
