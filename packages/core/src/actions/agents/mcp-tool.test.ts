import { describe, expect, it } from 'vitest';
import type { AgentEvent } from '../../events/agent-events.js';
import type { AgentDefinitionInput } from '../../spec/agent-definition.js';
import type { ExternalTool, ToolProvider } from '../../spec/tool-provider.js';
import { expectCode } from '../../testing/expect-code.js';
import { memoryStorage } from '../../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../../testing/doubles/scripted-llm.js';
import { bindAgents } from './agents-api.js';

const lookup: ExternalTool = {
  name: 'lookup_brand_colors',
  description: 'The brand colors of a company.',
  inputSchema: { type: 'object', properties: { company: { type: 'string' } }, required: ['company'] },
};

/** A server double: a ToolProvider whose calls are recorded. */
function brandServer(policy: ToolProvider['policy'], options: { name?: string } = {}) {
  const calls: Record<string, unknown>[] = [];
  let closed = 0;
  const provider: ToolProvider = {
    specificationVersion: 'v1',
    name: options.name ?? 'brand',
    policy,
    async connect() {
      return {
        tools: [lookup],
        resources: [],
        async callTool({ arguments: args }) {
          calls.push(args);
          return { text: '{"primary":"#0a84ff"}', isError: false };
        },
        readResource: async () => ({ text: '', isError: true }),
        close: async () => void closed++,
      };
    },
  };
  return { provider, calls, closed: () => closed };
}

const brandAgent = (server = 'brand'): AgentDefinitionInput => ({
  format: 'buildwright.agent/v1',
  name: 'Brand helper',
  instructions: 'Look up the brand colors, then answer with the primary one.',
  model: 'model',
  tools: [{ type: 'mcp', name: 'brand_colors', description: lookup.description, server, tool: lookup.name, inputSchema: lookup.inputSchema }],
});

/** The model calls the MCP tool once, then answers. */
const llm = () =>
  scriptedLlm({
    transcript: {
      format: 'buildwright.transcript/v1',
      turns: [{ toolCalls: [{ id: 'colors', name: 'brand_colors', arguments: { company: 'Acme' } }] }, { toolCalls: [], text: 'The primary color is #0a84ff.' }],
    },
  });

async function setUp(provider: ToolProvider, options: { toolApprovalTimeoutMs?: number; server?: string } = {}) {
  const agents = bindAgents(
    { storage: memoryStorage(), agentModels: { model: llm() }, toolProviders: [provider], ...(options.toolApprovalTimeoutMs ? { toolApprovalTimeoutMs: options.toolApprovalTimeoutMs } : {}) },
    'owner-a',
  );
  const agent = await agents.create(brandAgent(options.server));
  await agents.publish(agent.id);
  return { agents, agentId: agent.id };
}

const toolResult = (events: AgentEvent[]) => events.find((event) => event.type === 'tool.result');

describe('agents: MCP tools', () => {
  it('default: policy allow calls the server; the result reaches the model as untrusted data and the session is closed', async () => {
    const server = brandServer('allow');
    const { agents, agentId } = await setUp(server.provider);
    const events: AgentEvent[] = [];
    const execution = await agents.execute(agentId, 'Acme colors?', { onEvent: (event) => events.push(event) });
    expect(execution).toMatchObject({ status: 'succeeded', output: 'The primary color is #0a84ff.', toolCalls: 1 });
    expect(server.calls).toEqual([{ company: 'Acme' }]);
    expect(toolResult(events)).toMatchObject({ ok: true, status: null, content: expect.stringContaining('<untrusted-tool-result server="brand" tool="lookup_brand_colors">') });
    expect(events.some((event) => event.type === 'tool.approval_requested')).toBe(false);
    expect(server.closed()).toBe(1);
  });

  it('behavior: policy deny refuses the call with a tool error; the server is never called', async () => {
    const server = brandServer({ lookup_brand_colors: 'deny', '*': 'allow' });
    const { agents, agentId } = await setUp(server.provider);
    const events: AgentEvent[] = [];
    const execution = await agents.execute(agentId, 'Acme colors?', { onEvent: (event) => events.push(event) });
    expect(execution.status).toBe('succeeded');
    expect(server.calls).toEqual([]);
    expect(toolResult(events)).toMatchObject({ ok: false, content: expect.stringContaining('refused (denied by the policy of MCP server "brand")') });
  });

  it('behavior: policy ask waits for an approval; allowed through agents.approveTool, the call goes on', async () => {
    const server = brandServer('ask');
    const { agents, agentId } = await setUp(server.provider);
    const events: AgentEvent[] = [];
    const execution = await agents.execute(agentId, 'Acme colors?', {
      onEvent(event) {
        events.push(event);
        if (event.type === 'tool.approval_requested') {
          // Nothing is called while the approval waits.
          expect(server.calls).toEqual([]);
          setTimeout(() => void agents.approveTool(agentId, event.executionId, event.id, 'allow'), 20);
        }
      },
    });
    expect(execution.status).toBe('succeeded');
    expect(server.calls).toEqual([{ company: 'Acme' }]);
    const requested = events.find((event) => event.type === 'tool.approval_requested');
    expect(requested).toMatchObject({ toolCallId: 'colors', tool: 'brand_colors', server: 'brand', serverTool: 'lookup_brand_colors', arguments: { company: 'Acme' } });
    expect(events.map((event) => event.type)).toEqual([
      'agent.started',
      'agent.step',
      'usage',
      'tool.called',
      'tool.approval_requested',
      'tool.approval_decided',
      'tool.result',
      'agent.step',
      'usage',
      'agent.completed',
    ]);
    expect(events.find((event) => event.type === 'tool.approval_decided')).toMatchObject({ id: requested?.type === 'tool.approval_requested' ? requested.id : '', decision: 'allow', by: 'user' });
    expect(toolResult(events)).toMatchObject({ ok: true });
  });

  it('behavior: policy ask denied by the user, or by nobody answering in time, is a tool error; the server is never called', async () => {
    const denied = brandServer('ask');
    const first = await setUp(denied.provider);
    const deniedEvents: AgentEvent[] = [];
    await first.agents.execute(first.agentId, 'Acme colors?', {
      onEvent(event) {
        deniedEvents.push(event);
        if (event.type === 'tool.approval_requested') void first.agents.approveTool(first.agentId, event.executionId, event.id, 'deny');
      },
    });
    expect(toolResult(deniedEvents)).toMatchObject({ ok: false, content: expect.stringContaining('denied by the user') });

    const unanswered = brandServer('ask');
    const second = await setUp(unanswered.provider, { toolApprovalTimeoutMs: 50 });
    const events: AgentEvent[] = [];
    const execution = await second.agents.execute(second.agentId, 'Acme colors?', { onEvent: (event) => events.push(event) });
    expect(execution.status).toBe('succeeded');
    expect(events.find((event) => event.type === 'tool.approval_decided')).toMatchObject({ decision: 'deny', by: 'timeout' });
    expect(toolResult(events)).toMatchObject({ ok: false, content: expect.stringContaining('nobody answering the approval request in time') });
    expect([denied.calls, unanswered.calls]).toEqual([[], []]);
    const late = events.find((event) => event.type === 'tool.approval_requested');
    await expectCode(second.agents.approveTool(second.agentId, execution.id, late?.type === 'tool.approval_requested' ? late.id : '', 'allow'), 'TOOL_APPROVAL_NOT_FOUND');
  });

  it("error: another owner, another agent, an unknown id or a bad decision cannot decide an approval; the owner's still can", async () => {
    const server = brandServer('ask');
    const { agents, agentId } = await setUp(server.provider);
    const problems: string[] = [];
    await agents.execute(agentId, 'Acme colors?', {
      onEvent(event) {
        if (event.type !== 'tool.approval_requested') return;
        void (async () => {
          for (const attempt of [
            agents.approveTool(agentId, event.executionId, event.id, 'allow', { ownerId: 'owner-b' }),
            agents.approveTool('another-agent', event.executionId, event.id, 'allow'),
            agents.approveTool(agentId, event.executionId, 'unknown', 'allow'),
            agents.approveTool(agentId, event.executionId, event.id, 'maybe' as 'allow'),
          ]) {
            problems.push(
              (await attempt.then(
                () => 'decided',
                (error: { code: string }) => error.code,
              )) as string,
            );
          }
          await agents.approveTool(agentId, event.executionId, event.id, 'allow');
        })();
      },
    });
    expect(problems).toEqual(['TOOL_APPROVAL_NOT_FOUND', 'TOOL_APPROVAL_NOT_FOUND', 'TOOL_APPROVAL_NOT_FOUND', 'INVALID_INPUT']);
    expect(server.calls).toEqual([{ company: 'Acme' }]);
  });

  it('error: a tool naming a server the builder does not have is a tool error for the model', async () => {
    const server = brandServer('allow');
    const { agents, agentId } = await setUp(server.provider, { server: 'elsewhere' });
    const events: AgentEvent[] = [];
    const execution = await agents.execute(agentId, 'Acme colors?', { onEvent: (event) => events.push(event) });
    expect(execution.status).toBe('succeeded');
    expect(toolResult(events)).toMatchObject({ ok: false, content: expect.stringContaining('needs MCP server "elsewhere", which this builder does not have (servers: brand)') });
  });
});
