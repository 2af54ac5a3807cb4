import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCustomerService, triageAgent } from '../actions/agents/agent-test-server.test-support.js';
import { createBuilder } from '../builder/create-builder.js';
import type { AgentEvent } from '../events/agent-events.js';
import type { Transcript } from '../protocol/transcript.js';
import { computeAgentStats, roundCost } from '../spec/agent-stats.js';
import type { AgentExecutionRecord, AgentRecord, AgentStats } from '../spec/agent-storage.js';
import type { LlmAdapter } from '../spec/llm.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { ownerHeaderHandler } from './http.test-support.js';

let service: Awaited<ReturnType<typeof startCustomerService>>;
beforeAll(async () => {
  service = await startCustomerService();
});
afterAll(() => service.close());

type Turn = Transcript['turns'][number];
const lookup = (email: string): Turn => ({ toolCalls: [{ name: 'lookup_customer', arguments: { email } }], usage: { inputTokens: 100, outputTokens: 10 } });
const answer = (priority: string, inputTokens = 150): Turn => ({ toolCalls: [], text: JSON.stringify({ priority }), usage: { inputTokens, outputTokens: 20 } });

/** Five kinds of execution, in turn: a tool call then an answer, a direct answer, a tool error the model answers around, a token overrun, a call to an unknown tool. */
const kinds: { email: string; turns: Turn[]; status: 'succeeded' | 'failed'; code?: string; toolOk: boolean[] }[] = [
  { email: 'ann@example.com', turns: [lookup('ann@example.com'), answer('high')], status: 'succeeded', toolOk: [true] },
  { email: 'bob@example.com', turns: [answer('low', 120)], status: 'succeeded', toolOk: [] },
  { email: 'broken@example.com', turns: [lookup('broken@example.com'), answer('low')], status: 'succeeded', toolOk: [false] },
  { email: 'dee@example.com', turns: [{ toolCalls: [], text: 'thinking', usage: { inputTokens: 900, outputTokens: 200 } }], status: 'failed', code: 'BUDGET_EXCEEDED', toolOk: [] },
  { email: 'eve@example.com', turns: [{ toolCalls: [{ name: 'refund', arguments: {} }], usage: { inputTokens: 90, outputTokens: 5 } }, answer('low')], status: 'succeeded', toolOk: [false] },
];
const plan = Array.from({ length: 50 }, (_, index) => kinds[index % kinds.length]!);

/** The scripted model with a price: $1 per million input tokens, $4 per million output tokens. */
function pricedModel(): LlmAdapter {
  const llm = scriptedLlm({ transcript: { format: 'buildwright.transcript/v1', prompt: '50 executions', turns: plan.flatMap((kind) => kind.turns) } });
  return {
    ...llm,
    async *stream(request) {
      for await (const part of llm.stream(request)) {
        if (part.type === 'usage') yield { type: 'usage', usage: { ...part.usage, costUsd: part.usage.inputTokens * 1e-6 + part.usage.outputTokens * 4e-6 } };
        else yield part;
      }
    },
  };
}

describe('agent routes, 50 executions', () => {
  it('behavior: 50 streamed executions (successes, tool errors, budget overruns): stats equal the stored executions exactly, cost equals the sum of usage events', async () => {
    const llm = pricedModel();
    const builder = createBuilder({ llm, sandbox: memorySandbox(), storage: memoryStorage(), agentModels: { 'triage-model': llm } });
    const { handler, call } = ownerHeaderHandler(builder);
    try {
      const { agent } = (await (await call('POST', '/agents', triageAgent(service.url, { maxSteps: 4, maxTokens: 1_000, timeMs: 5_000 }))).json()) as { agent: AgentRecord };
      await call('POST', `/agents/${agent.id}/publish`);
      const usageCosts: number[] = [];
      const streamed: AgentEvent[][] = [];
      for (const kind of plan) {
        const response = await handler(
          new Request(`http://test/agents/${agent.id}/execute`, {
            method: 'POST',
            headers: { 'x-owner': 'alice', 'content-type': 'application/json', accept: 'text/event-stream' },
            body: JSON.stringify({ input: { email: kind.email, ticket: 'Help' } }),
          }),
        );
        const events = [...(await response.text()).matchAll(/^data: (.*)$/gm)].map((match) => JSON.parse(match[1]!) as AgentEvent).filter((event) => 'seq' in event);
        streamed.push(events);
        for (const event of events) if (event.type === 'usage') usageCosts.push(event.costUsd);
      }

      const { executions } = (await (await call('GET', `/agents/${agent.id}/executions?limit=500`)).json()) as { executions: AgentExecutionRecord[] };
      expect(executions).toHaveLength(50);
      const inOrder = [...executions].reverse();
      expect(inOrder.map((execution) => [execution.status, execution.error?.code])).toEqual(plan.map((kind) => [kind.status, kind.code]));
      // Each stored record is what its stream ended with, and the detail route answers it.
      for (const [index, execution] of inOrder.entries()) {
        expect(streamed[index]!.at(-1)).toMatchObject({ executionId: execution.id, type: execution.status === 'succeeded' ? 'agent.completed' : 'agent.failed' });
        const toolResults = streamed[index]!.flatMap((event) => (event.type === 'tool.result' ? [event.ok] : []));
        expect(toolResults).toEqual(plan[index]!.toolOk);
      }
      const detail = (await (await call('GET', `/agents/${agent.id}/executions/${inOrder[2]!.id}`)).json()) as { execution: AgentExecutionRecord };
      expect(detail.execution).toEqual(inOrder[2]);

      const { stats } = (await (await call('GET', `/agents/${agent.id}/stats`)).json()) as { stats: AgentStats };
      expect(stats).toEqual(computeAgentStats(agent.id, executions));
      const [row] = stats.rows;
      expect(stats.rows).toHaveLength(1);
      expect(row).toMatchObject({ version: 1, executions: 50, succeeded: 40, failed: 10, successRate: 0.8, toolCalls: 30 });
      expect(row!.inputTokens).toBe(executions.reduce((sum, execution) => sum + execution.inputTokens, 0));
      expect(row!.outputTokens).toBe(executions.reduce((sum, execution) => sum + execution.outputTokens, 0));
      expect(stats.topErrors).toEqual([{ code: 'BUDGET_EXCEEDED', count: 10 }]);
      // 10 × each kind's tokens: (250 in, 30 out) + (120, 20) + (250, 30) + (900, 200) + (240, 25).
      expect([row!.inputTokens, row!.outputTokens]).toEqual([17_600, 3_050]);
      const usageTotal = roundCost(usageCosts.reduce((sum, cost) => sum + cost, 0));
      expect(usageCosts).toHaveLength(80);
      expect(row!.costUsd).toBe(usageTotal);
      expect(roundCost(executions.reduce((sum, execution) => sum + execution.costUsd, 0))).toBe(usageTotal);
      expect(usageTotal).toBe(roundCost(17_600e-6 + 3_050 * 4e-6));
    } finally {
      await builder.close();
    }
  });
});
