import { mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { agentToolsFromOpenApi, createBuilder, type AgentEvent, type Transcript } from '@buildwright/core';
import { createCheckContext, memorySandbox, memoryStorage, scriptedLlm } from '@buildwright/core/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { installCheck } from '../checks/index.js';
import { localSandbox } from '../local/index.js';
import { honoApiTemplate } from '../templates/index.js';

// The acceptance case "an HTTP tool calls a running Buildwright api project": the todo API a
// recorded api run writes (the hono-api template plus the fixture's files) runs in the local
// sandbox; an agent whose tools come from its openapi.yaml creates and lists todos over real HTTP.
const root = mkdtempSync(join(tmpdir(), 'bw-agent-api-'));
afterAll(() => rm(root, { recursive: true, force: true }));

/** The files a recorded api run leaves: the template's, then every file the model wrote. */
function todoProjectFiles(): Record<string, string> {
  const transcript = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/todo-api.json', import.meta.url)), 'utf8')) as Transcript;
  const files: Record<string, string> = { ...honoApiTemplate.files };
  for (const turn of transcript.turns) {
    for (const call of turn.toolCalls ?? []) {
      const args = call.arguments as { path?: string; content?: string };
      if (call.name === 'write_file') files[String(args.path)] = String(args.content);
    }
  }
  return files;
}

describe("agents: the project's own API as a tool", () => {
  it("behavior: HTTP tools made from a running api project's openapi.yaml create and list todos over real HTTP", async () => {
    const files = todoProjectFiles();
    const sandbox = await localSandbox({ root: join(root, 'sandboxes') }).open({ projectId: 'todo-api' });
    try {
      const { context } = await createCheckContext({ sandbox, files, kind: 'api', projectId: 'todo-api', artifactsDir: join(root, 'artifacts') });
      const install = installCheck();
      await install.prepare?.(context);
      expect(await install.run(context)).toEqual({ status: 'passed' });
      const server = await sandbox.startServer({ command: 'node --import tsx src/server.ts', readyTimeoutMs: 60_000 });

      const tools = agentToolsFromOpenApi(parse(files['openapi.yaml']!), { baseUrl: server.url, operations: ['createTodo', 'listTodos'] });
      expect(tools.map((tool) => `${tool.method} ${tool.name}`)).toEqual(['GET listTodos', 'POST createTodo']);
      const transcript: Transcript = {
        format: 'buildwright.transcript/v1',
        turns: [
          { toolCalls: [{ id: 'create', name: 'createTodo', arguments: { title: 'Buy milk' } }] },
          { toolCalls: [{ id: 'invalid', name: 'createTodo', arguments: { title: 42 } }] },
          { toolCalls: [{ id: 'list', name: 'listTodos', arguments: {} }] },
          { toolCalls: [], text: 'You have one todo: Buy milk.' },
        ],
      };
      const builder = createBuilder({
        llm: scriptedLlm({ transcript: { format: 'buildwright.transcript/v1', turns: [] } }),
        sandbox: memorySandbox(),
        storage: memoryStorage(),
        agentModels: { model: scriptedLlm({ transcript }) },
      });
      try {
        const agent = await builder.agents.create({ format: 'buildwright.agent/v1', name: 'Todo helper', instructions: 'Manage the todos.', model: 'model', tools });
        await builder.agents.publish(agent.id);
        const events: AgentEvent[] = [];
        const execution = await builder.agents.execute(agent.id, 'Add "Buy milk" and list my todos.', { onEvent: (event) => events.push(event) });
        expect(execution).toMatchObject({ status: 'succeeded', output: 'You have one todo: Buy milk.', toolCalls: 3 });
        const results = Object.fromEntries(events.flatMap((event) => (event.type === 'tool.result' ? [[event.toolCallId, event]] : [])));
        expect(results['create']).toMatchObject({ ok: true, status: 201 });
        const created = JSON.parse(results['create']!.content) as { id: string; title: string };
        expect(created.title).toBe('Buy milk');
        // The agent checks the arguments against the schema from the spec before anything is sent.
        expect(results['invalid']).toMatchObject({ ok: false, status: null, content: expect.stringContaining('do not match its input schema') });
        expect(results['list']).toMatchObject({ ok: true, status: 200 });
        expect(JSON.parse(results['list']!.content)).toEqual([expect.objectContaining({ id: created.id, title: 'Buy milk' })]);
      } finally {
        await builder.close();
        await server.stop();
      }
    } finally {
      await sandbox.kill();
    }
  });
});
