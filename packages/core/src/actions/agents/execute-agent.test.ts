import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentEvent } from '../../events/agent-events.js';
import { computeAgentStats } from '../../spec/agent-stats.js';
import { expectCode } from '../../testing/expect-code.js';
import { memoryStorage } from '../../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../../testing/doubles/scripted-llm.js';
import { startCustomerService, triageAgent, triageExecutions, triageTranscript } from './agent-test-server.test-support.js';
import { bindAgents } from './agents-api.js';

let service: Awaited<ReturnType<typeof startCustomerService>>;
beforeAll(async () => {
  service = await startCustomerService();
});
afterAll(() => service.close());

const setUp = () => {
  const storage = memoryStorage();
  const agents = bindAgents({ storage, agentModels: { 'triage-model': scriptedLlm({ transcript: triageTranscript }) } }, 'owner-a');
  return { storage, agents };
};

describe('agents: execute', () => {
  it('behavior: a support-triage agent executed several times: successes, a tool error, a bad answer fixed, token and time overruns; stats equal the stored executions', async () => {
    const { agents } = setUp();
    const agent = await agents.create(triageAgent(service.url, { maxSteps: 4, maxTokens: 1_000, timeMs: 1_000 }));
    await agents.publish(agent.id);
    const events: AgentEvent[][] = [];
    const executions = [];
    for (const { input } of triageExecutions) {
      const seen: AgentEvent[] = [];
      executions.push(await agents.execute(agent.id, input, { onEvent: (event) => seen.push(event) }));
      events.push(seen);
    }
    expect(executions.map((execution) => [execution.status, execution.error?.code])).toEqual(triageExecutions.map(({ status, code }) => [status, code]));
    expect(executions[0]).toMatchObject({ version: 1, output: { priority: 'high' }, toolCalls: 1, inputTokens: 250, outputTokens: 30 });
    expect(events[0]!.map((event) => event.type)).toEqual(['agent.started', 'agent.step', 'usage', 'tool.called', 'tool.result', 'agent.step', 'usage', 'agent.completed']);
    expect(events[0]!.map((event) => event.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(events[0]!.find((event) => event.type === 'tool.result')).toMatchObject({ ok: true, status: 200, content: '{"email":"ann@example.com","plan":"pro"}' });
    expect(events[2]!.find((event) => event.type === 'tool.result')).toMatchObject({ ok: false, status: 500, content: expect.stringContaining('database down') });
    expect(executions[3]).toMatchObject({ output: { priority: 'high' }, inputTokens: 270 });
    expect(executions[4]!.error?.message).toContain('limits.maxTokens');
    expect(executions[5]!.error?.message).toContain('limits.timeMs');
    expect(events[5]!.at(-1)).toMatchObject({ type: 'agent.failed', error: { code: 'BUDGET_EXCEEDED' } });
    expect(service.requests.slice(0, 2)).toEqual(['GET /customers/ann%40example.com', 'GET /customers/broken%40example.com']);

    const stored = await agents.executions(agent.id, { limit: 100 });
    expect(stored).toHaveLength(triageExecutions.length);
    const stats = await agents.stats(agent.id);
    expect(stats).toEqual(computeAgentStats(agent.id, stored));
    expect(stats.rows).toHaveLength(1);
    expect(stats.rows[0]).toMatchObject({ version: 1, executions: 6, succeeded: 4, failed: 2, toolCalls: 3, inputTokens: stored.reduce((sum, execution) => sum + execution.inputTokens, 0) });
    expect(stats.topErrors).toEqual([{ code: 'BUDGET_EXCEEDED', count: 2 }]);
  });

  it('behavior: execute runs the published head unless a version is given; restore copies a version into the draft', async () => {
    const { agents, storage } = setUp();
    const agent = await agents.create(triageAgent(service.url));
    await agents.publish(agent.id);
    await agents.update(agent.id, { ...triageAgent(service.url), model: 'another-model' });
    await agents.publish(agent.id);
    await expectCode(agents.execute(agent.id, triageExecutions[1]!.input), 'AGENT_MODEL_UNKNOWN');
    const first = await agents.execute(agent.id, triageExecutions[0]!.input, { version: 1 });
    expect(first).toMatchObject({ version: 1, status: 'succeeded' });
    const restored = await agents.restore(agent.id, 1);
    expect(restored.draft.model).toBe('triage-model');
    expect((await storage.getAgent({ ownerId: 'owner-a', agentId: agent.id }))?.publishedVersion).toBe(2);
  });

  it('behavior: an aborted signal ends the execution as failed RUN_CANCELLED, stored', async () => {
    const { agents } = setUp();
    const agent = await agents.create(triageAgent(service.url));
    await agents.publish(agent.id);
    const controller = new AbortController();
    controller.abort();
    const execution = await agents.execute(agent.id, triageExecutions[0]!.input, { signal: controller.signal });
    expect(execution).toMatchObject({ status: 'failed', error: { code: 'RUN_CANCELLED' } });
    expect((await agents.executions(agent.id)).map((stored) => stored.id)).toEqual([execution.id]);
  });

  it('error: bad input, an unpublished agent, an unknown version, a bad definition and another owner are refused before anything is stored', async () => {
    const { agents } = setUp();
    const agent = await agents.create(triageAgent(service.url));
    await expectCode(agents.execute(agent.id, triageExecutions[0]!.input), 'AGENT_NOT_PUBLISHED');
    await agents.publish(agent.id);
    await expectCode(agents.execute(agent.id, { ticket: 'no email' }), 'INVALID_INPUT');
    await expectCode(agents.execute(agent.id, triageExecutions[0]!.input, { version: 7 }), 'AGENT_VERSION_NOT_FOUND');
    await expectCode(agents.execute(agent.id, triageExecutions[0]!.input, { ownerId: 'owner-b' }), 'AGENT_NOT_FOUND');
    await expectCode(agents.stats(agent.id, { ownerId: 'owner-b' }), 'AGENT_NOT_FOUND');
    await expectCode(agents.create({ ...triageAgent(service.url), format: 'buildwright.agent/v0' as 'buildwright.agent/v1' }), 'INVALID_INPUT');
    expect(await agents.executions(agent.id)).toEqual([]);
  });
});
