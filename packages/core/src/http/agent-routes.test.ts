import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCustomerService, triageAgent, triageExecutions, triageTranscript } from '../actions/agents/agent-test-server.test-support.js';
import { createBuilder, type Builder } from '../builder/create-builder.js';
import type { AgentEvent } from '../events/agent-events.js';
import { computeAgentStats } from '../spec/agent-stats.js';
import type { AgentExecutionRecord, AgentRecord } from '../spec/agent-storage.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { ownerHeaderHandler } from './http.test-support.js';

let service: Awaited<ReturnType<typeof startCustomerService>>;
beforeAll(async () => {
  service = await startCustomerService();
});
afterAll(() => service.close());
const builders: Builder[] = [];
afterEach(async () => {
  await Promise.all(builders.splice(0).map((builder) => builder.close()));
});

function setup() {
  const llm = scriptedLlm({ transcript: triageTranscript });
  const builder = createBuilder({ llm, sandbox: memorySandbox(), storage: memoryStorage(), agentModels: { 'triage-model': llm } });
  builders.push(builder);
  return ownerHeaderHandler(builder);
}

const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

describe('agent routes', () => {
  it('default: create, publish, execute several times (JSON), then stats equal the stored executions', async () => {
    const { call } = setup();
    const created = await call('POST', '/agents', triageAgent(service.url, { maxSteps: 4, maxTokens: 1_000, timeMs: 1_000 }));
    expect(created.status).toBe(201);
    const { agent } = (await created.json()) as { agent: AgentRecord };
    expect((await call('POST', `/agents/${agent.id}/publish`)).status).toBe(201);
    const statuses = [];
    for (const { input } of triageExecutions) {
      const response = await call('POST', `/agents/${agent.id}/execute`, { input });
      expect(response.status).toBe(200);
      const { execution } = (await response.json()) as { execution: AgentExecutionRecord };
      statuses.push([execution.status, execution.error?.code]);
    }
    expect(statuses).toEqual(triageExecutions.map(({ status, code }) => [status, code]));
    const { executions } = (await (await call('GET', `/agents/${agent.id}/executions?limit=100`)).json()) as { executions: AgentExecutionRecord[] };
    const { stats } = (await (await call('GET', `/agents/${agent.id}/stats?version=1`)).json()) as { stats: unknown };
    expect(stats).toEqual(computeAgentStats(agent.id, executions));
    expect(stats).toMatchObject({ rows: [{ executions: 6, succeeded: 4 }], topErrors: [{ code: 'BUDGET_EXCEEDED', count: 2 }] });
  });

  it('behavior: execute with Accept: text/event-stream streams the typed events, seq by seq, and ends', async () => {
    const { handler } = setup();
    const request = (method: string, path: string, body?: unknown, accept = 'application/json') =>
      handler(
        new Request(`http://test${path}`, { method, headers: { 'x-owner': 'alice', 'content-type': 'application/json', accept }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }),
      );
    const { agent } = (await (await request('POST', '/agents', triageAgent(service.url))).json()) as { agent: AgentRecord };
    await request('POST', `/agents/${agent.id}/publish`);
    const response = await request('POST', `/agents/${agent.id}/execute`, { input: triageExecutions[0]!.input }, 'text/event-stream');
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const text = await response.text();
    const events = [...text.matchAll(/^data: (.*)$/gm)].map((match) => JSON.parse(match[1]!) as AgentEvent).filter((event) => 'seq' in event);
    expect(events.map((event) => event.type)).toEqual(['agent.started', 'agent.step', 'usage', 'tool.called', 'tool.result', 'agent.step', 'usage', 'agent.completed']);
    expect(events.map((event) => event.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(text).toContain('event: end');
    const unpublished = (await (await request('POST', '/agents', triageAgent(service.url))).json()) as { agent: AgentRecord };
    const refused = await request('POST', `/agents/${unpublished.agent.id}/execute`, { input: triageExecutions[0]!.input }, 'text/event-stream');
    expect(refused.status).toBe(409);
    expect(await errorOf(refused)).toBe('AGENT_NOT_PUBLISHED');
  });

  it('behavior: owner B can neither read, change, publish, execute, list executions of, nor see stats of owner A agents (every route)', async () => {
    const { call } = setup();
    const { agent } = (await (await call('POST', '/agents', triageAgent(service.url))).json()) as { agent: AgentRecord };
    await call('POST', `/agents/${agent.id}/publish`);
    const executed = (await (await call('POST', `/agents/${agent.id}/execute`, { input: triageExecutions[1]!.input })).json()) as { execution: AgentExecutionRecord };
    const routes: [string, string, unknown?][] = [
      ['GET', `/agents/${agent.id}/executions/${executed.execution.id}`],
      ['GET', `/agents/${agent.id}`],
      ['PUT', `/agents/${agent.id}`, triageAgent(service.url)],
      ['POST', `/agents/${agent.id}/publish`],
      ['GET', `/agents/${agent.id}/versions`],
      ['POST', `/agents/${agent.id}/restore`, { version: 1 }],
      ['POST', `/agents/${agent.id}/execute`, { input: triageExecutions[0]!.input }],
      ['GET', `/agents/${agent.id}/executions`],
      ['GET', `/agents/${agent.id}/stats`],
      ['GET', `/agents/${agent.id}/diff?from=1`],
      ['GET', `/agents/${agent.id}/export`],
      ['GET', `/agents/${agent.id}/export?format=typescript`],
      ['DELETE', `/agents/${agent.id}`],
    ];
    for (const [method, path, body] of routes) {
      const response = await call(method, path, body, 'bob');
      expect([method, path, response.status, await errorOf(response)]).toEqual([method, path, 404, 'AGENT_NOT_FOUND']);
    }
    expect(await (await call('GET', '/agents', undefined, 'bob')).json()).toEqual({ agents: [] });
    const { executions } = (await (await call('GET', `/agents/${agent.id}/executions`)).json()) as { executions: AgentExecutionRecord[] };
    expect(executions).toHaveLength(1);
    expect(await (await call('GET', `/agents/${agent.id}`)).json()).toMatchObject({ agent: { id: agent.id, publishedVersion: 1 } });
  });

  it("behavior: GET /agents/:id/executions/:executionId answers the stored execution; another agent's or an unknown execution is 404", async () => {
    const { call } = setup();
    const { agent } = (await (await call('POST', '/agents', triageAgent(service.url))).json()) as { agent: AgentRecord };
    const { agent: other } = (await (await call('POST', '/agents', triageAgent(service.url))).json()) as { agent: AgentRecord };
    await call('POST', `/agents/${agent.id}/publish`);
    const { execution } = (await (await call('POST', `/agents/${agent.id}/execute`, { input: triageExecutions[1]!.input })).json()) as { execution: AgentExecutionRecord };
    const detail = await call('GET', `/agents/${agent.id}/executions/${execution.id}`);
    expect(detail.status).toBe(200);
    expect(await detail.json()).toEqual({ execution });
    for (const path of [`/agents/${other.id}/executions/${execution.id}`, `/agents/${agent.id}/executions/no-such-execution`]) {
      const response = await call('GET', path);
      expect([path, response.status, await errorOf(response)]).toEqual([path, 404, 'AGENT_EXECUTION_NOT_FOUND']);
    }
  });

  it('behavior: PUT updates the draft, restore copies a version back, DELETE removes (204); errors: a bad definition is 400, a bad query 400', async () => {
    const { call } = setup();
    const { agent } = (await (await call('POST', '/agents', triageAgent(service.url))).json()) as { agent: AgentRecord };
    await call('POST', `/agents/${agent.id}/publish`);
    const updated = await call('PUT', `/agents/${agent.id}`, { ...triageAgent(service.url), instructions: 'Be brief.' });
    expect(await updated.json()).toMatchObject({ agent: { draft: { instructions: 'Be brief.' } } });
    const restored = await call('POST', `/agents/${agent.id}/restore`, { version: 1 });
    expect(await restored.json()).toMatchObject({ agent: { draft: { instructions: triageAgent(service.url).instructions } } });
    const bad = await call('POST', '/agents', { ...triageAgent(service.url), model: '' });
    expect([bad.status, await errorOf(bad)]).toEqual([400, 'INVALID_INPUT']);
    const badQuery = await call('GET', `/agents/${agent.id}/stats?from=yesterday`);
    expect([badQuery.status, await errorOf(badQuery)]).toEqual([400, 'INVALID_INPUT']);
    expect((await call('DELETE', `/agents/${agent.id}`)).status).toBe(204);
    expect((await call('GET', `/agents/${agent.id}`)).status).toBe(404);
  });

  it('behavior: diff lists the field changes from a version to the draft or another version; export answers JSON or TypeScript; errors: bad revision 400, unknown version 404', async () => {
    const { call } = setup();
    const { agent } = (await (await call('POST', '/agents', triageAgent(service.url))).json()) as { agent: AgentRecord };
    await call('POST', `/agents/${agent.id}/publish`);
    await call('PUT', `/agents/${agent.id}`, { ...triageAgent(service.url), instructions: 'Be brief.' });
    await call('POST', `/agents/${agent.id}/publish`);
    const diff = await (await call('GET', `/agents/${agent.id}/diff?from=1&to=2`)).json();
    expect(diff).toEqual({ from: 1, to: 2, changes: [{ path: 'instructions', change: 'changed', before: triageAgent(service.url).instructions, after: 'Be brief.' }] });
    expect(await (await call('GET', `/agents/${agent.id}/diff?from=2`)).json()).toEqual({ from: 2, to: 'draft', changes: [] });

    const exported = (await (await call('GET', `/agents/${agent.id}/export?version=1`)).json()) as { revision: number; definition: { instructions: string } };
    expect(exported).toMatchObject({ agentId: agent.id, revision: 1, definition: { instructions: triageAgent(service.url).instructions } });
    const typescript = await call('GET', `/agents/${agent.id}/export?format=typescript`);
    expect(typescript.headers.get('content-type')).toMatch(/^text\/typescript/);
    const source = await typescript.text();
    expect(source).toContain(`agent ${agent.id}, version 2`);
    expect(source).toContain('"instructions": "Be brief."');

    for (const [path, status, code] of [
      [`/agents/${agent.id}/diff`, 400, 'INVALID_INPUT'],
      [`/agents/${agent.id}/diff?from=latest`, 400, 'INVALID_INPUT'],
      [`/agents/${agent.id}/diff?from=1&to=9`, 404, 'AGENT_VERSION_NOT_FOUND'],
      [`/agents/${agent.id}/export?format=yaml`, 400, 'INVALID_INPUT'],
      [`/agents/${agent.id}/export?version=3`, 404, 'AGENT_VERSION_NOT_FOUND'],
    ] as const) {
      const response = await call('GET', path);
      expect([path, response.status, await errorOf(response)]).toEqual([path, status, code]);
    }
  });
});
