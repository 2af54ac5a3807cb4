import {
  BuildwrightError,
  createAgentsClient,
  type AgentDefinitionDraft,
  type AgentEventWire,
  type AgentExecutionRecordWire,
  type AgentRecordWire,
  type AgentStatsWire,
  type AgentVersionRecordWire,
} from '@buildwright/client';
import { afterAll, afterEach, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { startCustomerService, triageAgent, triageExecutions, triageTranscript } from '../actions/agents/agent-test-server.test-support.js';
import type { AgentEvent } from '../events/agent-events.js';
import type { AgentDefinitionInput } from '../spec/agent-definition.js';
import { computeAgentStats } from '../spec/agent-stats.js';
import type { AgentExecutionRecord, AgentRecord, AgentStats, AgentVersionRecord } from '../spec/agent-storage.js';
import { createBuilder } from '../builder/create-builder.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { serveAgents } from './agents-client-server.test-support.js';
import { createBuilderHandler } from './create-builder-handler.js';
import { serve } from './http.test-support.js';

let service: Awaited<ReturnType<typeof startCustomerService>>;
beforeAll(async () => {
  service = await startCustomerService();
});
afterAll(() => service.close());
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const setup = () => serveAgents(triageTranscript, cleanups);

describe('createAgentsClient over createBuilderHandler (real HTTP)', () => {
  it('types: core records and events are assignable to the client wire types', () => {
    expectTypeOf<AgentRecord>().toExtend<AgentRecordWire>();
    expectTypeOf<AgentVersionRecord>().toExtend<AgentVersionRecordWire>();
    expectTypeOf<AgentExecutionRecord>().toExtend<AgentExecutionRecordWire>();
    expectTypeOf<AgentStats>().toExtend<AgentStatsWire>();
    expectTypeOf<AgentEvent>().toExtend<AgentEventWire>();
    expectTypeOf<AgentDefinitionInput>().toExtend<AgentDefinitionDraft>();
  });

  it('default: create, list, get, update, publish, versions, restore, diff, export, remove', async () => {
    const { client } = await setup();
    const agents = client();
    const agent = await agents.create(triageAgent(service.url));
    expect(agent).toMatchObject({ ownerId: 'alice', name: 'Support triage', publishedVersion: null });
    expect((await agents.list()).map((listed) => listed.id)).toEqual([agent.id]);
    expect(await agents.get(agent.id)).toEqual(agent);
    const version = await agents.publish(agent.id);
    expect(version).toMatchObject({ agentId: agent.id, version: 1, definition: { instructions: agent.draft.instructions } });
    const updated = await agents.update(agent.id, { ...triageAgent(service.url), instructions: 'Be brief.' });
    expect(updated.draft.instructions).toBe('Be brief.');
    expect(await agents.diff(agent.id, 1)).toEqual({ from: 1, to: 'draft', changes: [{ path: 'instructions', change: 'changed', before: agent.draft.instructions, after: 'Be brief.' }] });
    expect((await agents.diff(agent.id, 1, 1)).changes).toEqual([]);
    expect((await agents.versions(agent.id)).map((listed) => listed.version)).toEqual([1]);
    expect(await agents.exportDefinition(agent.id)).toEqual({ agentId: agent.id, revision: 1, definition: version.definition });
    expect((await agents.exportDefinition(agent.id, { version: 'draft' })).definition.instructions).toBe('Be brief.');
    const typescript = await agents.exportTypeScript(agent.id);
    expect(typescript).toContain('export async function runAgent');
    expect((await agents.restore(agent.id, 1)).draft.instructions).toBe(agent.draft.instructions);
    await agents.remove(agent.id);
    expect(await agents.list()).toEqual([]);
  });

  it('behavior: execute as JSON and streamed; the streamed record equals the stored one; executions and stats equal what the server stored', async () => {
    const { builder, client } = await setup();
    const agents = client();
    const agent = await agents.create(triageAgent(service.url, { maxSteps: 4, maxTokens: 1_000, timeMs: 1_000 }));
    await agents.publish(agent.id);
    const records: AgentExecutionRecordWire[] = [];
    const streams: AgentEventWire[][] = [];
    for (const [index, { input }] of triageExecutions.entries()) {
      if (index % 2 === 1) {
        records.push(await agents.execute(agent.id, input));
        continue;
      }
      const events: AgentEventWire[] = [];
      records.push(await agents.execute(agent.id, input, { version: 1, onEvent: (event) => events.push(event) }));
      streams.push(events);
    }
    expect(records.map((record) => [record.status, record.error?.code])).toEqual(triageExecutions.map(({ status, code }) => [status, code]));
    expect(streams[0]!.map((event) => event.type)).toEqual(['agent.started', 'agent.step', 'usage', 'tool.called', 'tool.result', 'agent.step', 'usage', 'agent.completed']);
    expect(streams[0]!.map((event) => event.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(streams.map((events) => events.at(-1)!.executionId)).toEqual([records[0]!.id, records[2]!.id, records[4]!.id]);
    // The budget overrun (5th) streams agent.failed; its record still has the tokens the events do not carry.
    expect(streams[2]!.at(-1)).toMatchObject({ type: 'agent.failed', error: { code: 'BUDGET_EXCEEDED' } });
    const stored = await builder.agents.executions(agent.id, { ownerId: 'alice', limit: 100 });
    expect([...records].reverse()).toEqual(stored);
    expect(records[4]!.inputTokens).toBeGreaterThan(0);
    const costOfUsage = streams.flat().reduce((sum, event) => sum + (event.type === 'usage' ? event.costUsd : 0), 0);
    expect(costOfUsage).toBeCloseTo(records[0]!.costUsd + records[2]!.costUsd + records[4]!.costUsd, 9);
    expect(await agents.executions(agent.id, { limit: 2 })).toEqual(stored.slice(0, 2));
    expect(await agents.execution(agent.id, records[3]!.id)).toEqual(records[3]);
    const stats = await agents.stats(agent.id, { version: 1, from: '2000-01-01', to: '2999-12-31' });
    expect(stats).toEqual(computeAgentStats(agent.id, stored));
    expect(stats).toMatchObject({ rows: [{ executions: 6, succeeded: 4 }], topErrors: [{ code: 'BUDGET_EXCEEDED', count: 2 }] });
    expect(await agents.stats(agent.id, { from: '2999-01-01' })).toEqual({ agentId: agent.id, rows: [], topErrors: [] });
  });

  it('behavior: aborting a streamed execution rejects with the abort and the server stores it as failed with RUN_CANCELLED', async () => {
    const { builder, client } = await setup();
    const agents = client();
    const agent = await agents.create(triageAgent(service.url, { maxSteps: 4, maxTokens: 1_000, timeMs: 5_000 }));
    await agents.publish(agent.id);
    // The slow customer answers after 2 s: cancel once the tool was called. The transcript's turn for it is its last.
    for (const { input } of triageExecutions.slice(0, 5)) await agents.execute(agent.id, input);
    const controller = new AbortController();
    const seen: string[] = [];
    const execution = agents.execute(agent.id, triageExecutions[5]!.input, {
      signal: controller.signal,
      onEvent(event) {
        seen.push(event.type);
        if (event.type === 'tool.called') controller.abort();
      },
    });
    await expect(execution).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual(['agent.started', 'agent.step', 'usage', 'tool.called']);
    let newest: AgentExecutionRecord | undefined;
    for (let attempt = 0; attempt < 100 && newest?.status !== 'failed'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      newest = (await builder.agents.executions(agent.id, { ownerId: 'alice', limit: 1 }))[0];
    }
    expect(newest).toMatchObject({ status: 'failed', error: { code: 'RUN_CANCELLED' } });
  });

  it('error: refusals are BuildwrightErrors with the server code (unpublished, another owner, bad input), streamed or not', async () => {
    const { client } = await setup();
    const agent = await client().create(triageAgent(service.url));
    const codeOf = (promise: Promise<unknown>) =>
      promise.then(
        () => 'resolved',
        (error: unknown) => (BuildwrightError.isInstance(error) ? `${error.code} ${String(error.details?.status)}` : String(error)),
      );
    expect(await codeOf(client().execute(agent.id, triageExecutions[0]!.input, { onEvent: () => undefined }))).toBe('AGENT_NOT_PUBLISHED 409');
    expect(await codeOf(client().execute(agent.id, triageExecutions[0]!.input))).toBe('AGENT_NOT_PUBLISHED 409');
    expect(await codeOf(client('bob').get(agent.id))).toBe('AGENT_NOT_FOUND 404');
    expect(await codeOf(client('bob').stats(agent.id))).toBe('AGENT_NOT_FOUND 404');
    expect(await codeOf(client('bob').executions(agent.id))).toBe('AGENT_NOT_FOUND 404');
    expect(await codeOf(client().execution(agent.id, 'no-such-execution'))).toBe('AGENT_EXECUTION_NOT_FOUND 404');
    expect(await codeOf(client().create({ ...triageAgent(service.url), model: '' }))).toBe('INVALID_INPUT 400');
    await client().publish(agent.id);
    expect(await codeOf(client().execute(agent.id, { email: 'ann@example.com' }, { onEvent: () => undefined }))).toBe('INVALID_INPUT 400');
    expect(await codeOf(client().stats(agent.id, { from: 'yesterday' }))).toBe('INVALID_INPUT 400');
  });
});

describe('createAgentsClient: tool approvals over createBuilderHandler (real HTTP)', () => {
  it('behavior: an MCP tool with `ask` waits until the client approves it; another owner cannot', async () => {
    const calls: Record<string, unknown>[] = [];
    const llm = scriptedLlm({
      transcript: { format: 'buildwright.transcript/v1', turns: [{ toolCalls: [{ id: 'colors', name: 'brand_colors', arguments: { company: 'Acme' } }] }, { toolCalls: [], text: 'Blue.' }] },
    });
    const builder = createBuilder({
      llm,
      sandbox: memorySandbox(),
      storage: memoryStorage(),
      agentModels: { model: llm },
      mcp: [
        {
          specificationVersion: 'v1',
          name: 'brand',
          policy: 'ask',
          connect: async () => ({
            tools: [{ name: 'lookup', description: 'Brand colors.', inputSchema: { type: 'object' } }],
            resources: [],
            callTool: async ({ arguments: args }) => (calls.push(args), { text: '{"primary":"blue"}', isError: false }),
            readResource: async () => ({ text: '', isError: true }),
            close: async () => {},
          }),
        },
      ],
    });
    const server = await serve(createBuilderHandler(builder, { authorize: (request) => request.headers.get('x-owner') ?? 'nobody', basePath: '/api' }));
    cleanups.push(
      () => builder.close(),
      () => server.close(),
    );
    const client = (owner: string) => createAgentsClient({ baseUrl: `${server.url}/api`, headers: () => ({ 'x-owner': owner }) });
    const alice = client('alice');
    const agent = await alice.create({
      format: 'buildwright.agent/v1',
      name: 'Brand',
      instructions: 'Find the brand colors.',
      model: 'model',
      tools: [{ type: 'mcp', name: 'brand_colors', description: 'Brand colors.', server: 'brand', tool: 'lookup', inputSchema: { type: 'object' } }],
    });
    await alice.publish(agent.id);
    const refusals: string[] = [];
    const execution = await alice.execute(agent.id, 'Acme?', {
      onEvent(event) {
        if (event.type !== 'tool.approval_requested') return;
        void (async () => {
          refusals.push(
            await client('bob')
              .approveTool(agent.id, event.executionId, event.id, 'allow')
              .then(
                () => 'decided',
                (error: BuildwrightError) => error.code,
              ),
          );
          await alice.approveTool(agent.id, event.executionId, event.id, 'allow');
        })();
      },
    });
    expect(refusals).toEqual(['TOOL_APPROVAL_NOT_FOUND']);
    expect(execution).toMatchObject({ status: 'succeeded', output: 'Blue.', toolCalls: 1 });
    expect(calls).toEqual([{ company: 'Acme' }]);
  });
});
