import { describe, expect, it } from 'vitest';
import { createBuilder } from '../../builder/create-builder.js';
import type { Transcript } from '../../protocol/transcript.js';
import { memorySandbox } from '../../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../../testing/doubles/scripted-llm.js';

/** Each execution is one model call of 150 + 50 tokens. */
const answers = (count: number): Transcript => ({
  format: 'buildwright.transcript/v1',
  turns: Array.from({ length: count }, () => ({ node: 'agent', text: 'Routed to billing.', toolCalls: [], usage: { inputTokens: 150, outputTokens: 50 } })),
});
const router = (limits: { maxTokens?: number } = {}) => ({
  format: 'buildwright.agent/v1' as const,
  name: 'Router',
  instructions: 'Route the ticket.',
  model: 'm',
  limits: { maxSteps: 2, timeMs: 10_000, ...limits },
});
const today = () => new Date().toISOString().slice(0, 10);

function setUp(turns: number, maxTokensPerDay: number) {
  const storage = memoryStorage();
  const llm = scriptedLlm({ transcript: answers(turns) });
  const builder = createBuilder({ llm, sandbox: memorySandbox(), storage, agentModels: { m: llm }, ownerLimits: { maxTokensPerDay } });
  return { storage, builder };
}

describe("agents under the host's daily limits (ownerLimits)", () => {
  it("behavior: each execution's tokens count in the owner's usage of the day; at the limit the next execution is refused (QUOTA_EXCEEDED) before anything is stored; another owner is not affected", async () => {
    const { storage, builder } = setUp(4, 500);
    const agent = await builder.agents.create(router(), { ownerId: 'alice' });
    await builder.agents.publish(agent.id, { ownerId: 'alice' });
    for (let index = 0; index < 3; index++) expect((await builder.agents.execute(agent.id, 'My invoice is wrong', { ownerId: 'alice' })).status).toBe('succeeded');
    expect(await storage.getOwnerUsage({ ownerId: 'alice', day: today() })).toMatchObject({ inputTokens: 450, outputTokens: 150 });
    await expect(builder.agents.execute(agent.id, 'And again', { ownerId: 'alice' })).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED', details: { limit: 'maxTokensPerDay', used: 600, max: 500 } });
    expect(await builder.agents.executions(agent.id, { ownerId: 'alice' })).toHaveLength(3);

    const bobs = await builder.agents.create(router(), { ownerId: 'bob' });
    await builder.agents.publish(bobs.id, { ownerId: 'bob' });
    expect((await builder.agents.execute(bobs.id, 'Hello', { ownerId: 'bob' })).status).toBe('succeeded');
    expect(await storage.getOwnerUsage({ ownerId: 'bob', day: today() })).toMatchObject({ inputTokens: 150, outputTokens: 50 });
    await builder.close();
  });

  it('behavior: a model call that takes an execution over its token budget still counts in the day', async () => {
    const { storage, builder } = setUp(1, 10_000);
    const agent = await builder.agents.create(router({ maxTokens: 100 }), { ownerId: 'alice' });
    await builder.agents.publish(agent.id, { ownerId: 'alice' });
    const execution = await builder.agents.execute(agent.id, 'My invoice is wrong', { ownerId: 'alice' });
    expect(execution).toMatchObject({ status: 'failed', error: { code: 'BUDGET_EXCEEDED' } });
    expect(await storage.getOwnerUsage({ ownerId: 'alice', day: today() })).toMatchObject({ inputTokens: 150, outputTokens: 50 });
    await builder.close();
  });

  it('error: an owner at the daily limit cannot generate an agent: QUOTA_EXCEEDED, nothing stored, no model call', async () => {
    const { storage, builder } = setUp(0, 100);
    await storage.addOwnerUsage({ ownerId: 'alice', day: today(), inputTokens: 100, outputTokens: 0, costUsd: 0 });
    await expect(builder.agents.generate({ prompt: 'Route support tickets', ownerId: 'alice' })).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED' });
    expect(await builder.agents.list({ ownerId: 'alice' })).toEqual([]);
    await builder.close();
  });
});
