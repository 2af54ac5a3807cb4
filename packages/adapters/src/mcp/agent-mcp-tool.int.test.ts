import { fileURLToPath } from 'node:url';
import { createBuilder, type AgentEvent } from '@buildwright/core';
import { createBuilderHandler } from '@buildwright/core/http';
import { memorySandbox, memoryStorage, scriptedLlm } from '@buildwright/core/testing';
import { describe, expect, it } from 'vitest';
import { brandColors } from './fixtures/brand-server.mjs';
import { mcpServer } from './index.js';

const serverScript = fileURLToPath(new URL('./fixtures/brand-server.mjs', import.meta.url));

describe('agents: an MCP tool of a real MCP server (stdio)', () => {
  it('behavior: an MCP tool with `ask` waits for approval; decided through the HTTP route, the call reaches the server', async () => {
    const ownerId = 'owner-1';
    const builder = createBuilder({
      llm: scriptedLlm({ transcript: { format: 'buildwright.transcript/v1', turns: [] } }),
      sandbox: memorySandbox(),
      storage: memoryStorage(),
      mcp: [mcpServer({ name: 'brand', transport: 'stdio', command: process.execPath, args: [serverScript], policy: 'ask' })],
      agentModels: {
        model: scriptedLlm({
          transcript: {
            format: 'buildwright.transcript/v1',
            turns: [{ toolCalls: [{ id: 'colors', name: 'brand_colors', arguments: { company: 'Acme' } }] }, { toolCalls: [], text: 'The primary color is #0a84ff.' }],
          },
        }),
      },
    });
    try {
      const handler = createBuilderHandler(builder, { authorize: (request) => request.headers.get('x-user') ?? 'nobody' });
      const agent = await builder.agents.create(
        {
          format: 'buildwright.agent/v1',
          name: 'Brand helper',
          instructions: 'Look up the brand colors.',
          model: 'model',
          tools: [
            {
              type: 'mcp',
              name: 'brand_colors',
              description: 'The brand colors of a company.',
              server: 'brand',
              tool: 'lookup_brand_colors',
              inputSchema: { type: 'object', properties: { company: { type: 'string' } }, required: ['company'] },
            },
          ],
        },
        { ownerId },
      );
      await builder.agents.publish(agent.id, { ownerId });
      const post = (user: string, executionId: string, id: string, body: unknown) =>
        handler(
          new Request(`http://app/agents/${agent.id}/executions/${executionId}/tool-approvals/${id}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-user': user },
            body: JSON.stringify(body),
          }),
        );
      let requested: Extract<AgentEvent, { type: 'tool.approval_requested' }> | undefined;
      const answers: number[] = [];
      const events: AgentEvent[] = [];
      const execution = await builder.agents.execute(agent.id, 'What are the Acme brand colors?', {
        ownerId,
        onEvent(event) {
          events.push(event);
          if (event.type !== 'tool.approval_requested') return;
          requested = event;
          // The execution waits: decide a moment later, over HTTP, first with a bad body and as another user.
          setTimeout(async () => {
            answers.push((await post(ownerId, event.executionId, event.id, { decision: 'maybe' })).status);
            answers.push((await post('intruder', event.executionId, event.id, { decision: 'allow' })).status);
            answers.push((await post(ownerId, event.executionId, event.id, { decision: 'allow' })).status);
            answers.push((await post(ownerId, event.executionId, event.id, { decision: 'deny' })).status);
          }, 50);
        },
      });
      expect(requested).toMatchObject({ server: 'brand', serverTool: 'lookup_brand_colors', arguments: { company: 'Acme' } });
      expect(answers).toEqual([400, 404, 200, 404]);
      expect(execution).toMatchObject({ status: 'succeeded', output: 'The primary color is #0a84ff.', toolCalls: 1 });
      const types = events.map((event) => event.type);
      expect(types.indexOf('tool.approval_decided')).toBeGreaterThan(types.indexOf('tool.approval_requested'));
      expect(types.indexOf('tool.result')).toBeGreaterThan(types.indexOf('tool.approval_decided'));
      expect(events.find((event) => event.type === 'tool.result')).toMatchObject({ ok: true, content: expect.stringContaining(JSON.stringify(brandColors)) });
    } finally {
      await builder.close();
    }
  });
});
