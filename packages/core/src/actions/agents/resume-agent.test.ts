import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentEvent } from '../../events/agent-events.js';
import type { Transcript } from '../../protocol/transcript.js';
import type { AgentStorage } from '../../spec/agent-storage.js';
import type { StorageAdapter } from '../../spec/storage.js';
import { expectCode } from '../../testing/expect-code.js';
import { memoryStorage } from '../../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../../testing/doubles/scripted-llm.js';
import { startCustomerService, triageAgent } from './agent-test-server.test-support.js';
import { bindAgents } from './agents-api.js';
import type { AgentContext } from './execute-agent.js';

let service: Awaited<ReturnType<typeof startCustomerService>>;
beforeAll(async () => {
  service = await startCustomerService();
});
afterAll(() => service.close());

const lookupTurn = { toolCalls: [{ name: 'lookup_customer', arguments: { email: 'ann@example.com' } }], usage: { inputTokens: 100, outputTokens: 10 } };
const answerTurn = { toolCalls: [], text: '{"priority":"high"}', usage: { inputTokens: 150, outputTokens: 20 } };
const transcript = (...turns: Transcript['turns']): Transcript => ({ format: 'buildwright.transcript/v1', prompt: 'resume', turns });
const input = { email: 'ann@example.com', ticket: 'Site down' };

/**
 * The storage as a process that dies right after its `n`th progress write: that write is stored,
 * every later write of the process never returns (as if the process were gone).
 */
function dyingAfter(storage: StorageAdapter, n: number): { storage: StorageAdapter; died: Promise<void> } {
  let saves = 0;
  let die!: () => void;
  const died = new Promise<void>((resolve) => (die = resolve));
  const gone = () => new Promise<never>(() => {});
  const wrapped: StorageAdapter = Object.create(storage);
  wrapped.saveAgentProgress = async (call) => {
    if (saves >= n) return gone();
    await storage.saveAgentProgress(call);
    if (++saves === n) die();
  };
  wrapped.finishAgentExecution = async (call) => (saves >= n ? gone() : storage.finishAgentExecution(call));
  return { storage: wrapped, died };
}

const agentsOver = (storage: AgentStorage, turns: Transcript['turns'], extra: Partial<AgentContext> = {}) =>
  bindAgents({ storage, agentModels: { 'triage-model': scriptedLlm({ transcript: transcript(...turns) }) }, ...extra }, 'owner-a');

async function publishedTriage(storage: AgentStorage, method: 'GET' | 'POST' = 'GET', limits?: Parameters<typeof triageAgent>[1]) {
  const agents = agentsOver(storage, []);
  const definition = triageAgent(service.url, limits);
  const agent = await agents.create({ ...definition, tools: definition.tools!.map((tool) => ({ ...tool, method })) });
  await agents.publish(agent.id);
  return agent.id;
}

/** Starts an execution in a "process" that dies after `n` progress writes and resolves once it died, with the execution's id. */
async function executeUntilDeath(storage: StorageAdapter, agentId: string, n: number): Promise<string> {
  const dying = dyingAfter(storage, n);
  const events: AgentEvent[] = [];
  void agentsOver(dying.storage, [lookupTurn, answerTurn]).execute(agentId, input, { onEvent: (event) => events.push(event) });
  await dying.died;
  return events[0]!.executionId;
}

const lookups = () => service.requests.filter((request) => request === 'GET /customers/ann%40example.com').length;

describe('agents: resume', () => {
  // Progress writes of this execution: 1 model answer (tool call), 2 tool call in flight, 3 tool result, 4 final answer.
  // Dying after write 2, the process had called the tool but not stored its result: the GET is performed again (at least once).
  it.each([
    { diesAfter: 1, modelTurns: [answerTurn], lookups: 1, retried: false, resumedEvents: ['agent.resumed', 'tool.called', 'tool.result', 'agent.step', 'usage', 'agent.completed'] },
    { diesAfter: 2, modelTurns: [answerTurn], lookups: 2, retried: true, resumedEvents: ['agent.resumed', 'tool.retried', 'tool.called', 'tool.result', 'agent.step', 'usage', 'agent.completed'] },
    { diesAfter: 3, modelTurns: [answerTurn], lookups: 1, retried: false, resumedEvents: ['agent.resumed', 'agent.step', 'usage', 'agent.completed'] },
    { diesAfter: 4, modelTurns: [], lookups: 1, retried: false, resumedEvents: ['agent.resumed', 'agent.completed'] },
  ])(
    'behavior: an execution whose process died after progress write $diesAfter resumes to one succeeded record, its tool performed once',
    async ({ diesAfter, modelTurns, lookups: expectedLookups, retried, resumedEvents }) => {
      const storage = memoryStorage();
      const agentId = await publishedTriage(storage);
      const before = lookups();
      const executionId = await executeUntilDeath(storage, agentId, diesAfter);
      const events: AgentEvent[] = [];
      const resumed = await agentsOver(storage, modelTurns).resume(executionId, { onEvent: (event) => events.push(event) });
      expect(resumed).toMatchObject({ id: executionId, status: 'succeeded', output: { priority: 'high' }, toolCalls: 1, inputTokens: 250, outputTokens: 30 });
      expect(events.map((event) => event.type)).toEqual(resumedEvents);
      expect(events[0]).toMatchObject({ type: 'agent.resumed', attempt: 2 });
      // seq continues after the dead attempt's last stored event.
      expect(events[0]!.seq).toBeGreaterThan(1);
      expect(lookups() - before).toBe(expectedLookups);
      expect(events.some((event) => event.type === 'tool.retried')).toBe(retried);
      expect(await agentsOver(storage, []).executions(agentId)).toEqual([resumed]);
    },
  );

  it('behavior: a non-idempotent tool call left in flight is not repeated; the model is told its outcome is unknown', async () => {
    const storage = memoryStorage();
    const agentId = await publishedTriage(storage, 'POST');
    const executionId = await executeUntilDeath(storage, agentId, 2);
    const events: AgentEvent[] = [];
    const resumed = await agentsOver(storage, [answerTurn]).resume(executionId, { onEvent: (event) => events.push(event) });
    expect(resumed).toMatchObject({ status: 'succeeded', toolCalls: 1 });
    expect(events.map((event) => event.type)).toEqual(['agent.resumed', 'tool.result', 'agent.step', 'usage', 'agent.completed']);
    expect(events[1]).toMatchObject({ type: 'tool.result', ok: false, status: null, content: expect.stringContaining('was not repeated') });
  });

  it('behavior: resumeInterrupted continues executions whose lease ran out, not live ones; an ended execution resumes to itself', async () => {
    const storage = memoryStorage();
    const agentId = await publishedTriage(storage, 'GET', { maxSteps: 4, maxTokens: 1_000, timeMs: 100 });
    const dying = dyingAfter(storage, 3);
    let executionId = '';
    void agentsOver(dying.storage, [lookupTurn, answerTurn], { agentLeaseGraceMs: 0 }).execute(agentId, input, { onEvent: (event) => (executionId = event.executionId) });
    await dying.died;
    const agents = agentsOver(storage, [answerTurn], { agentLeaseGraceMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const { resumed, failed } = await agents.resumeInterrupted();
    expect(failed).toEqual([]);
    expect(resumed.map((execution) => [execution.id, execution.status])).toEqual([[executionId, 'succeeded']]);
    expect((await agents.resumeInterrupted()).resumed).toEqual([]);
    expect(await agents.resume(executionId)).toEqual(resumed[0]);
    await expectCode(agents.resume(executionId, { ownerId: 'owner-b' }), 'AGENT_EXECUTION_NOT_FOUND');
  });

  it('behavior: an attempt taken over by a resume stops with AGENT_EXECUTION_TAKEN_OVER and writes nothing more', async () => {
    const storage = memoryStorage();
    const agentId = await publishedTriage(storage);
    const agents = agentsOver(storage, [{ toolCalls: [{ name: 'lookup_customer', arguments: { email: 'slow@example.com' } }] }]);
    let executionId = '';
    const first = agents.execute(agentId, { email: 'slow@example.com', ticket: 'Slow' }, { onEvent: (event) => (executionId ||= event.executionId) });
    const firstOutcome = first.then(
      () => 'resolved',
      (error: { code?: string }) => error.code,
    );
    // The first attempt now waits 2 s for its slow tool; the resume redoes the call (GET, idempotent) and answers.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const resumed = await agentsOver(storage, [answerTurn]).resume(executionId);
    expect(resumed).toMatchObject({ status: 'succeeded', toolCalls: 1 });
    expect(await firstOutcome).toBe('AGENT_EXECUTION_TAKEN_OVER');
    expect(await agents.executions(agentId)).toEqual([resumed]);
  });

  it('behavior: an end the storage refuses is stored as failed instead of leaving the execution running', async () => {
    const storage = memoryStorage();
    const agentId = await publishedTriage(storage);
    const refusing: StorageAdapter = Object.create(storage);
    let refused = 0;
    refusing.finishAgentExecution = async (call) => {
      if (call.end.status === 'succeeded') {
        refused++;
        throw Object.assign(new Error('value too large for the column'), { code: 'STORAGE_ERROR' });
      }
      return storage.finishAgentExecution(call);
    };
    const execution = await agentsOver(refusing, [lookupTurn, answerTurn]).execute(agentId, input);
    expect(refused).toBe(1);
    expect(execution).toMatchObject({ status: 'failed', output: null, toolCalls: 1, error: { message: expect.stringContaining('could not be stored') } });
    expect((await storage.getAgentExecution({ ownerId: 'owner-a', executionId: execution.id }))?.status).toBe('failed');
  });
});
