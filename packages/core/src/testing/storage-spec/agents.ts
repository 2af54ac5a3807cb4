import { describe, expect, it } from 'vitest';
import { agentDefinitionSchema, type AgentDefinition } from '../../spec/agent-definition.js';
import { computeAgentStats } from '../../spec/agent-stats.js';
import { agentProgressFormat, type AgentProgress } from '../../spec/agent-progress.js';
import type { AgentExecutionEnd } from '../../spec/agent-storage.js';
import { expectError, uniqueId, type StorageSpecContext } from './context.js';

const definition = (name: string, instructions = 'Triage the ticket.'): AgentDefinition => agentDefinitionSchema.parse({ format: 'buildwright.agent/v1', name, instructions, model: 'default' });

const end = (status: 'succeeded' | 'failed', latencyMs: number, extra: Partial<AgentExecutionEnd> = {}): AgentExecutionEnd => ({
  status,
  output: status === 'succeeded' ? 'ok' : null,
  error: status === 'failed' ? { code: 'BUDGET_EXCEEDED', message: 'over budget' } : null,
  latencyMs,
  inputTokens: 100,
  outputTokens: 20,
  costUsd: 0.0013,
  toolCalls: 1,
  ...extra,
});

const progress = (step: number): AgentProgress => ({
  format: agentProgressFormat,
  step,
  messages: [
    { role: 'system', content: 'Triage the ticket.' },
    { role: 'user', content: 'printer broken' },
    { role: 'assistant', content: '', toolCalls: [{ id: 'call-1', name: 'lookup', arguments: { id: 7 }, argumentsText: '{"id":7}' }] },
  ],
  tally: { inputTokens: 10 * step, outputTokens: step, costUsd: 0.001 * step, toolCalls: step - 1 },
  toolCalls: [],
  toolCallInFlight: step === 2 ? 'call-1' : null,
  elapsedMs: 100 * step,
  seq: 3 * step,
});

/** Storage spec, agents: see runStorageSpec. */
export function describeAgents(spec: StorageSpecContext): void {
  const { storage } = spec;
  describe('agents', () => {
    it('default: create, update the draft, publish immutable versions, restore one into the draft, list and delete', async () => {
      const ownerId = uniqueId('owner');
      const created = await storage.createAgent({ ownerId, draft: definition('Triage') });
      expect(created).toMatchObject({ ownerId, name: 'Triage', publishedVersion: null, draft: { name: 'Triage', format: 'buildwright.agent/v1' } });
      const first = await storage.publishAgent({ ownerId, agentId: created.id });
      expect(first).toMatchObject({ agentId: created.id, version: 1, definition: { instructions: 'Triage the ticket.' } });
      const updated = await storage.updateAgentDraft({ ownerId, agentId: created.id, draft: definition('Triage v2', 'Be brief.') });
      expect(updated).toMatchObject({ name: 'Triage v2', publishedVersion: 1, draft: { instructions: 'Be brief.' } });
      expect(updated.updatedAt > created.updatedAt).toBe(true);
      const second = await storage.publishAgent({ ownerId, agentId: created.id });
      expect(second.version).toBe(2);
      expect((await storage.getAgentVersion({ ownerId, agentId: created.id, version: 1 }))?.definition.instructions).toBe('Triage the ticket.');
      expect((await storage.listAgentVersions({ ownerId, agentId: created.id })).map((version) => version.version)).toEqual([1, 2]);
      const restored = await storage.restoreAgentVersion({ ownerId, agentId: created.id, version: 1 });
      expect(restored).toMatchObject({ name: 'Triage', publishedVersion: 2, draft: { instructions: 'Triage the ticket.' } });
      expect((await storage.getAgent({ ownerId, agentId: created.id }))?.draft).toEqual(first.definition);

      const other = await storage.createAgent({ ownerId, draft: definition('Other') });
      expect((await storage.listAgents({ ownerId })).map((agent) => agent.id)).toEqual([other.id, created.id]);
      await storage.deleteAgent({ ownerId, agentId: created.id });
      expect(await storage.getAgent({ ownerId, agentId: created.id })).toBeUndefined();
      expect(await storage.listAgentVersions({ ownerId, agentId: created.id })).toEqual([]);
      expect((await storage.listAgents({ ownerId })).map((agent) => agent.id)).toEqual([other.id]);
    });

    it('error: a publish given the draft it verified refuses a draft changed since (AGENT_DRAFT_CHANGED), publishing nothing; the same draft publishes', async () => {
      const ownerId = uniqueId('owner');
      const checked = definition('Checked');
      const agent = await storage.createAgent({ ownerId, draft: checked });
      await storage.updateAgentDraft({ ownerId, agentId: agent.id, draft: definition('Changed meanwhile') });
      await expect(storage.publishAgent({ ownerId, agentId: agent.id, draft: checked })).rejects.toMatchObject({ code: 'AGENT_DRAFT_CHANGED', details: { agentId: agent.id } });
      expect(await storage.listAgentVersions({ ownerId, agentId: agent.id })).toEqual([]);
      expect((await storage.getAgent({ ownerId, agentId: agent.id }))?.publishedVersion).toBeNull();
      const current = (await storage.getAgent({ ownerId, agentId: agent.id }))!.draft;
      expect((await storage.publishAgent({ ownerId, agentId: agent.id, draft: current })).definition.name).toBe('Changed meanwhile');
      await expect(storage.publishAgent({ ownerId: uniqueId('other'), agentId: agent.id, draft: current })).rejects.toMatchObject({ code: 'AGENT_NOT_FOUND' });
    });

    it('behavior: concurrent publishes get distinct version numbers', async () => {
      const ownerId = uniqueId('owner');
      const agent = await storage.createAgent({ ownerId, draft: definition('Busy') });
      const published = await Promise.all([1, 2, 3, 4].map(() => storage.publishAgent({ ownerId, agentId: agent.id })));
      expect(published.map((version) => version.version).sort()).toEqual([1, 2, 3, 4]);
      expect((await storage.getAgent({ ownerId, agentId: agent.id }))?.publishedVersion).toBe(4);
    });

    it('behavior: executions are stored running, end once, and are listed newest first', async () => {
      const ownerId = uniqueId('owner');
      const agent = await storage.createAgent({ ownerId, draft: definition('Runner') });
      await storage.publishAgent({ ownerId, agentId: agent.id });
      const running = await storage.createAgentExecution({ ownerId, agentId: agent.id, version: 1, input: { ticket: 'printer broken' } });
      expect(running).toMatchObject({ status: 'running', version: 1, input: { ticket: 'printer broken' }, output: null, latencyMs: null, finishedAt: null });
      const finished = await storage.finishAgentExecution({ ownerId, executionId: running.id, end: end('succeeded', 120, { output: { priority: 'high' } }) });
      expect(finished).toMatchObject({ status: 'succeeded', output: { priority: 'high' }, latencyMs: 120, inputTokens: 100, outputTokens: 20, costUsd: 0.0013, toolCalls: 1, error: null });
      expect(finished.finishedAt).not.toBeNull();
      await expectError(storage.finishAgentExecution({ ownerId, executionId: running.id, end: end('failed', 1) }), 'INVALID_INPUT');
      const text = await storage.createAgentExecution({ ownerId, agentId: agent.id, version: 1, input: 'plain text' });
      expect((await storage.getAgentExecution({ ownerId, executionId: text.id }))?.input).toBe('plain text');
      expect((await storage.listAgentExecutions({ ownerId, agentId: agent.id })).map((execution) => execution.id)).toEqual([text.id, running.id]);
      expect((await storage.listAgentExecutions({ ownerId, agentId: agent.id, limit: 1 })).map((execution) => execution.id)).toEqual([text.id]);
    });

    it('behavior: stats by day and version equal those computed from the stored executions, filtered by version and day', async () => {
      const ownerId = uniqueId('owner');
      const agent = await storage.createAgent({ ownerId, draft: definition('Measured') });
      await storage.publishAgent({ ownerId, agentId: agent.id });
      await storage.publishAgent({ ownerId, agentId: agent.id });
      const plan: [number, AgentExecutionEnd][] = [
        [1, end('succeeded', 100)],
        [1, end('succeeded', 300, { costUsd: 0.1, toolCalls: 3 })],
        [1, end('failed', 50)],
        [2, end('succeeded', 200, { inputTokens: 7, outputTokens: 3, costUsd: 0.2 })],
        [2, end('failed', 900, { error: { code: 'LLM_UNAVAILABLE', message: 'down' } })],
        [2, end('failed', 10)],
        [2, end('succeeded', 40)],
      ];
      for (const [version, executionEnd] of plan) {
        const execution = await storage.createAgentExecution({ ownerId, agentId: agent.id, version, input: 'x' });
        await storage.finishAgentExecution({ ownerId, executionId: execution.id, end: executionEnd });
      }
      await storage.createAgentExecution({ ownerId, agentId: agent.id, version: 2, input: 'still running' });
      const stored = await storage.listAgentExecutions({ ownerId, agentId: agent.id, limit: 500 });
      const stats = await storage.agentStats({ ownerId, agentId: agent.id });
      expect(stats).toEqual(computeAgentStats(agent.id, stored));
      expect(stats.rows.map((row) => [row.version, row.executions, row.succeeded])).toEqual([
        [1, 3, 2],
        [2, 4, 2],
      ]);
      expect(stats.rows[1]).toMatchObject({ p50LatencyMs: 40, p95LatencyMs: 900, successRate: 0.5 });
      expect(stats.topErrors).toEqual([
        { code: 'BUDGET_EXCEEDED', count: 2 },
        { code: 'LLM_UNAVAILABLE', count: 1 },
      ]);
      expect(await storage.agentStats({ ownerId, agentId: agent.id, version: 2 })).toEqual(computeAgentStats(agent.id, stored, { version: 2 }));
      const today = stored[0]!.startedAt.slice(0, 10);
      expect((await storage.agentStats({ ownerId, agentId: agent.id, from: today, to: today })).rows).toHaveLength(2);
      expect((await storage.agentStats({ ownerId, agentId: agent.id, to: '2000-01-01' })).rows).toEqual([]);
    });

    it('behavior: progress is stored by the attempt that holds the execution; a claim takes it over with the last progress and fences the older attempt', async () => {
      const ownerId = uniqueId('owner');
      const agent = await storage.createAgent({ ownerId, draft: definition('Resumable') });
      await storage.publishAgent({ ownerId, agentId: agent.id });
      const running = await storage.createAgentExecution({ ownerId, agentId: agent.id, version: 1, input: 'printer broken', leaseMs: 60_000 });
      await storage.saveAgentProgress({ ownerId, executionId: running.id, attempt: 1, progress: progress(1), leaseMs: 60_000 });
      await storage.saveAgentProgress({ ownerId, executionId: running.id, attempt: 1, progress: progress(2), leaseMs: 60_000 });
      // A live lease: recovery does not see it, and a claim that needs an expired lease gets nothing.
      expect((await storage.listInterruptedAgentExecutions({ limit: 500 })).map((found) => found.executionId)).not.toContain(running.id);
      expect(await storage.claimAgentExecution({ ownerId, executionId: running.id, leaseMs: 60_000, onlyExpired: true })).toBeUndefined();
      const claim = await storage.claimAgentExecution({ ownerId, executionId: running.id, leaseMs: 60_000 });
      expect(claim).toMatchObject({ attempt: 2, execution: { id: running.id, status: 'running', input: 'printer broken' } });
      expect(claim!.progress).toEqual(progress(2));
      await expectError(storage.saveAgentProgress({ ownerId, executionId: running.id, attempt: 1, progress: progress(3), leaseMs: 60_000 }), 'AGENT_EXECUTION_TAKEN_OVER');
      await expectError(storage.finishAgentExecution({ ownerId, executionId: running.id, attempt: 1, end: end('failed', 5) }), 'AGENT_EXECUTION_TAKEN_OVER');
      await storage.saveAgentProgress({ ownerId, executionId: running.id, attempt: 2, progress: progress(3), leaseMs: 60_000 });
      const finished = await storage.finishAgentExecution({ ownerId, executionId: running.id, attempt: 2, end: end('succeeded', 300) });
      expect(finished).toMatchObject({ status: 'succeeded', latencyMs: 300 });
      expect(await storage.claimAgentExecution({ ownerId, executionId: running.id, leaseMs: 60_000 })).toBeUndefined();
      await expectError(storage.saveAgentProgress({ ownerId, executionId: running.id, attempt: 2, progress: progress(4), leaseMs: 60_000 }), 'INVALID_INPUT');
    });

    it('behavior: running executions whose lease ran out are listed for recovery, oldest first, and claimed once', async () => {
      const ownerId = uniqueId('owner');
      const otherOwner = uniqueId('owner');
      const agents = await Promise.all([ownerId, otherOwner].map((owner) => storage.createAgent({ ownerId: owner, draft: definition('Recovered') })));
      for (const [index, owner] of [ownerId, otherOwner].entries()) await storage.publishAgent({ ownerId: owner, agentId: agents[index]!.id });
      const expired = await storage.createAgentExecution({ ownerId, agentId: agents[0]!.id, version: 1, input: 'a', leaseMs: 1 });
      await storage.saveAgentProgress({ ownerId, executionId: expired.id, attempt: 1, progress: progress(1), leaseMs: 1 });
      const unleased = await storage.createAgentExecution({ ownerId: otherOwner, agentId: agents[1]!.id, version: 1, input: 'b' });
      const live = await storage.createAgentExecution({ ownerId, agentId: agents[0]!.id, version: 1, input: 'c', leaseMs: 60_000 });
      const ended = await storage.createAgentExecution({ ownerId, agentId: agents[0]!.id, version: 1, input: 'd', leaseMs: 1 });
      await storage.finishAgentExecution({ ownerId, executionId: ended.id, end: end('succeeded', 1) });
      await new Promise((resolve) => setTimeout(resolve, 20));
      const mine = new Set([expired.id, unleased.id, live.id, ended.id]);
      const interrupted = (await storage.listInterruptedAgentExecutions({ limit: 500 })).filter((found) => mine.has(found.executionId));
      expect(interrupted).toEqual([
        { ownerId, executionId: expired.id },
        { ownerId: otherOwner, executionId: unleased.id },
      ]);
      const claims = await Promise.all([1, 2, 3].map(() => storage.claimAgentExecution({ ownerId, executionId: expired.id, leaseMs: 60_000, onlyExpired: true })));
      expect(claims.filter(Boolean).map((claim) => [claim!.attempt, claim!.progress?.step])).toEqual([[2, 1]]);
      expect(await storage.claimAgentExecution({ ownerId: otherOwner, executionId: expired.id, leaseMs: 60_000 })).toBeUndefined();
      const fresh = await storage.claimAgentExecution({ ownerId: otherOwner, executionId: unleased.id, leaseMs: 60_000, onlyExpired: true });
      expect(fresh).toMatchObject({ attempt: 2, progress: null });
      expect((await storage.listInterruptedAgentExecutions({ limit: 500 })).filter((found) => mine.has(found.executionId))).toEqual([]);
    });

    it('behavior: owner B can neither read, list, change, publish, execute, nor see stats of owner A agents', async () => {
      const ownerId = uniqueId('owner');
      const stranger = uniqueId('owner');
      const agent = await storage.createAgent({ ownerId, draft: definition('Private') });
      await storage.publishAgent({ ownerId, agentId: agent.id });
      const execution = await storage.createAgentExecution({ ownerId, agentId: agent.id, version: 1, input: 'x' });
      const scope = { ownerId: stranger, agentId: agent.id };
      expect(await storage.getAgent(scope)).toBeUndefined();
      expect(await storage.listAgents({ ownerId: stranger })).toEqual([]);
      expect(await storage.listAgentVersions(scope)).toEqual([]);
      expect(await storage.getAgentVersion({ ...scope, version: 1 })).toBeUndefined();
      expect(await storage.getAgentExecution({ ownerId: stranger, executionId: execution.id })).toBeUndefined();
      expect(await storage.listAgentExecutions(scope)).toEqual([]);
      expect((await storage.agentStats(scope)).rows).toEqual([]);
      await expectError(storage.updateAgentDraft({ ...scope, draft: definition('Taken') }), 'AGENT_NOT_FOUND');
      await expectError(storage.publishAgent(scope), 'AGENT_NOT_FOUND');
      await expectError(storage.restoreAgentVersion({ ...scope, version: 1 }), 'AGENT_NOT_FOUND');
      await expectError(storage.createAgentExecution({ ...scope, version: 1, input: 'x' }), 'AGENT_NOT_FOUND');
      await expectError(storage.finishAgentExecution({ ownerId: stranger, executionId: execution.id, end: end('failed', 1) }), 'INVALID_INPUT');
      await expectError(storage.saveAgentProgress({ ownerId: stranger, executionId: execution.id, attempt: 1, progress: progress(1), leaseMs: 1 }), 'INVALID_INPUT');
      expect(await storage.claimAgentExecution({ ownerId: stranger, executionId: execution.id, leaseMs: 1 })).toBeUndefined();
      await expectError(storage.deleteAgent(scope), 'AGENT_NOT_FOUND');
      expect((await storage.getAgent({ ownerId, agentId: agent.id }))?.name).toBe('Private');
    });

    it('error: an unknown version is AGENT_VERSION_NOT_FOUND; a taken id is INVALID_INPUT', async () => {
      const ownerId = uniqueId('owner');
      const agent = await storage.createAgent({ ownerId, draft: definition('Strict') });
      await expectError(storage.restoreAgentVersion({ ownerId, agentId: agent.id, version: 3 }), 'AGENT_VERSION_NOT_FOUND');
      await expectError(storage.createAgentExecution({ ownerId, agentId: agent.id, version: 1, input: 'x' }), 'AGENT_VERSION_NOT_FOUND');
      await expectError(storage.createAgent({ ownerId, draft: definition('Twin'), id: agent.id }), 'INVALID_INPUT');
      await expectError(storage.deleteAgent({ ownerId, agentId: uniqueId('missing') }), 'AGENT_NOT_FOUND');
    });
  });
}
