import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { AgentProgress } from '../../spec/agent-progress.js';
import type { AgentExecutionRecord, AgentRecord, AgentStorage, AgentVersionRecord } from '../../spec/agent-storage.js';
import { computeAgentStats } from '../../spec/agent-stats.js';
import { agentDraftChanged, agentExecutionNotRunning, agentExecutionTakenOver, agentNotFound, agentVersionNotFound } from '../../versions/agent-errors.js';
import { idTaken } from '../../versions/record-errors.js';

const copy = <T>(value: T): T => structuredClone(value);

/** The agents part of `memoryStorage`: agents, their versions and executions in maps. */
export function memoryAgents(): AgentStorage {
  const agents = new Map<string, AgentRecord>();
  /** agentId → versions in number order. */
  const versions = new Map<string, AgentVersionRecord[]>();
  /** In creation order. */
  const executions: AgentExecutionRecord[] = [];
  /** executionId → what only recovery reads: fencing attempt, lease end (ms), progress. */
  const leases = new Map<string, { attempt: number; expiresAt: number; progress: AgentProgress | null }>();
  const running = (ownerId: string, executionId: string) => {
    const execution = executions.find((candidate) => candidate.id === executionId && candidate.ownerId === ownerId && candidate.status === 'running');
    if (!execution) throw agentExecutionNotRunning(executionId);
    return { execution, lease: leases.get(executionId)! };
  };
  const owned = (ownerId: string, agentId: string) => {
    const agent = agents.get(agentId);
    return agent && agent.ownerId === ownerId ? agent : undefined;
  };
  const requireAgent = (ownerId: string, agentId: string) => {
    const agent = owned(ownerId, agentId);
    if (!agent) throw agentNotFound(agentId);
    return agent;
  };
  const touch = (agent: AgentRecord) => {
    agent.name = agent.draft.name;
    // Strictly after the previous write, so an update is visible even within one millisecond.
    agent.updatedAt = new Date(Math.max(Date.now(), Date.parse(agent.updatedAt) + 1)).toISOString();
    return copy(agent);
  };

  return {
    async createAgent({ ownerId, draft, id }) {
      const agentId = id ?? randomUUID();
      if (agents.has(agentId)) throw idTaken('agent', agentId);
      const at = new Date().toISOString();
      const agent: AgentRecord = { id: agentId, ownerId, name: draft.name, draft: copy(draft), publishedVersion: null, createdAt: at, updatedAt: at };
      agents.set(agentId, agent);
      return copy(agent);
    },
    async updateAgentDraft({ ownerId, agentId, draft }) {
      const agent = requireAgent(ownerId, agentId);
      agent.draft = copy(draft);
      return touch(agent);
    },
    async getAgent({ ownerId, agentId }) {
      const agent = owned(ownerId, agentId);
      return agent && copy(agent);
    },
    async listAgents({ ownerId }) {
      return [...agents.values()]
        .filter((agent) => agent.ownerId === ownerId)
        .reverse()
        .map(copy);
    },
    async deleteAgent({ ownerId, agentId }) {
      requireAgent(ownerId, agentId);
      agents.delete(agentId);
      versions.delete(agentId);
      for (let index = executions.length - 1; index >= 0; index--) {
        if (executions[index]!.agentId !== agentId) continue;
        leases.delete(executions[index]!.id);
        executions.splice(index, 1);
      }
    },
    async publishAgent({ ownerId, agentId, draft }) {
      const agent = requireAgent(ownerId, agentId);
      if (draft && !isDeepStrictEqual(JSON.parse(JSON.stringify(draft)), agent.draft)) throw agentDraftChanged(agentId);
      const list = versions.get(agentId) ?? [];
      const record: AgentVersionRecord = { agentId, version: (list.at(-1)?.version ?? 0) + 1, definition: copy(agent.draft), publishedAt: new Date().toISOString() };
      versions.set(agentId, [...list, record]);
      agent.publishedVersion = record.version;
      touch(agent);
      return copy(record);
    },
    async listAgentVersions({ ownerId, agentId }) {
      return owned(ownerId, agentId) ? (versions.get(agentId) ?? []).map(copy) : [];
    },
    async getAgentVersion({ ownerId, agentId, version }) {
      const found = owned(ownerId, agentId) && versions.get(agentId)?.find((record) => record.version === version);
      return found ? copy(found) : undefined;
    },
    async restoreAgentVersion({ ownerId, agentId, version }) {
      const agent = requireAgent(ownerId, agentId);
      const found = versions.get(agentId)?.find((record) => record.version === version);
      if (!found) throw agentVersionNotFound(agentId, version);
      agent.draft = copy(found.definition);
      return touch(agent);
    },
    async createAgentExecution({ ownerId, agentId, version, input, id, leaseMs }) {
      requireAgent(ownerId, agentId);
      if (!versions.get(agentId)?.some((record) => record.version === version)) throw agentVersionNotFound(agentId, version);
      const executionId = id ?? randomUUID();
      if (executions.some((execution) => execution.id === executionId)) throw idTaken('execution', executionId);
      const record: AgentExecutionRecord = {
        id: executionId,
        agentId,
        ownerId,
        version,
        input: copy(input),
        output: null,
        status: 'running',
        error: null,
        latencyMs: null,
        inputTokens: 0,
        outputTokens: 0,
        costUsd: 0,
        toolCalls: 0,
        startedAt: new Date().toISOString(),
        finishedAt: null,
      };
      executions.push(record);
      leases.set(executionId, { attempt: 1, expiresAt: Date.now() + (leaseMs ?? 0), progress: null });
      return copy(record);
    },
    async finishAgentExecution({ ownerId, executionId, end, attempt }) {
      const { execution, lease } = running(ownerId, executionId);
      if (attempt !== undefined && attempt !== lease.attempt) throw agentExecutionTakenOver(executionId, attempt);
      Object.assign(execution, copy(end), { finishedAt: new Date().toISOString() });
      lease.progress = null;
      return copy(execution);
    },
    async saveAgentProgress({ ownerId, executionId, attempt, progress, leaseMs }) {
      const { lease } = running(ownerId, executionId);
      if (attempt !== lease.attempt) throw agentExecutionTakenOver(executionId, attempt);
      lease.progress = copy(progress);
      lease.expiresAt = Date.now() + leaseMs;
    },
    async claimAgentExecution({ ownerId, executionId, leaseMs, onlyExpired }) {
      const execution = executions.find((candidate) => candidate.id === executionId && candidate.ownerId === ownerId && candidate.status === 'running');
      const lease = execution && leases.get(executionId);
      if (!execution || !lease || (onlyExpired && lease.expiresAt > Date.now())) return undefined;
      lease.attempt++;
      lease.expiresAt = Date.now() + leaseMs;
      return { execution: copy(execution), attempt: lease.attempt, progress: copy(lease.progress) };
    },
    async listInterruptedAgentExecutions({ limit } = {}) {
      const now = Date.now();
      return executions
        .filter((execution) => execution.status === 'running' && (leases.get(execution.id)?.expiresAt ?? 0) <= now)
        .slice(0, Math.min(Math.max(limit ?? 100, 1), 500))
        .map((execution) => ({ ownerId: execution.ownerId, executionId: execution.id }));
    },
    async getAgentExecution({ ownerId, executionId }) {
      const found = executions.find((execution) => execution.id === executionId && execution.ownerId === ownerId);
      return found && copy(found);
    },
    async listAgentExecutions({ ownerId, agentId, limit }) {
      const count = Math.min(Math.max(limit ?? 50, 1), 500);
      return executions
        .filter((execution) => execution.agentId === agentId && execution.ownerId === ownerId)
        .reverse()
        .slice(0, count)
        .map(copy);
    },
    async agentStats({ ownerId, agentId, ...query }) {
      return computeAgentStats(
        agentId,
        executions.filter((execution) => execution.ownerId === ownerId),
        query,
      );
    },
  };
}
