import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { agentDefinitionSchema, type AgentEvent, type AgentExecutionRecord } from '@buildwright/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { triageAgent } from '../../../core/src/actions/agents/agent-test-server.test-support.js';
import { startScript, waitUntil as waitFor } from './child-process.test-support.js';
import { pgliteStorage } from './pglite-storage.js';

const script = fileURLToPath(new URL('./agent-resume-process.test-support.ts', import.meta.url));

const startProcess = (args: string[]) => startScript(script, args);

/** The customer service of the agent's tool: it holds the first request of a test unanswered (the call a SIGKILL interrupts), answers the others. */
let server: Server;
let serviceUrl = '';
let requests: string[] = [];
let holdFirst = false;
beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    if (holdFirst && requests.length === 1) return;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ plan: 'pro' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

// A migrated data directory holding the published agent, copied for each test (initdb in WebAssembly is slow).
let template = '';
let agentId = '';
const directories: string[] = [];
afterAll(() => directories.forEach((directory) => rmSync(directory, { recursive: true, force: true })));
beforeAll(async () => {
  template = mkdtempSync(join(tmpdir(), 'buildwright-agent-resume-template-'));
  directories.push(template);
  const storage = pgliteStorage({ dataDir: template });
  const agent = await storage.createAgent({ ownerId: 'local', draft: agentDefinitionSchema.parse(triageAgent(serviceUrl)) });
  await storage.publishAgent({ ownerId: 'local', agentId: agent.id });
  agentId = agent.id;
  await storage.close();
}, 60_000);

/** Executes the agent in a child process, SIGKILLs it at `pause`, and resumes the execution in a new one. */
async function killAndResume(pause: 'in-tool' | 'between-steps') {
  requests = [];
  holdFirst = pause === 'in-tool';
  const dataDir = mkdtempSync(join(tmpdir(), 'buildwright-agent-resume-'));
  directories.push(dataDir);
  cpSync(template, dataDir, { recursive: true });
  const first = startProcess(['execute', dataDir, agentId, pause]);
  const executionId = await waitFor(() => first.output().stdout.match(/PAUSED (\S+)/)?.[1], `PAUSED (${first.output().stderr})`);
  if (pause === 'in-tool') await waitFor(() => requests.length === 1 || undefined, 'the tool call to reach the service');
  first.child.kill('SIGKILL');
  expect(await first.exited).toBeNull();
  const requestsBeforeResume = requests.length;

  const second = startProcess(['resume', dataDir, executionId]);
  expect(await second.exited, second.output().stderr).toBe(0);
  const result = JSON.parse(second.output().stdout.match(/^RESULT (.+)$/m)![1]!) as { execution: AgentExecutionRecord; executions: AgentExecutionRecord[]; events: AgentEvent[] };
  return { executionId, requestsBeforeResume, ...result };
}

describe('agent executions on PGlite, SIGKILLed and resumed in a new process', () => {
  it('behavior: killed while a tool call is in flight, the resumed execution performs it again (GET, at least once) and records it once', async () => {
    const { executionId, requestsBeforeResume, execution, executions, events } = await killAndResume('in-tool');
    expect(requestsBeforeResume).toBe(1);
    expect(executions).toEqual([execution]);
    expect(execution).toMatchObject({ id: executionId, status: 'succeeded', output: { priority: 'high' }, toolCalls: 1, inputTokens: 250, outputTokens: 30 });
    expect(events.map((event) => event.type)).toEqual(['agent.resumed', 'tool.retried', 'tool.called', 'tool.result', 'agent.step', 'usage', 'agent.completed']);
    expect(events[0]).toMatchObject({ attempt: 2, step: 1 });
    expect(requests).toEqual(['GET /customers/ann%40example.com', 'GET /customers/ann%40example.com']);
  }, 120_000);

  it('behavior: killed between steps (tool result stored), the resumed execution does not call the tool again: one record, one tool call', async () => {
    const { executionId, execution, executions, events } = await killAndResume('between-steps');
    expect(executions).toEqual([execution]);
    expect(execution).toMatchObject({ id: executionId, status: 'succeeded', output: { priority: 'high' }, toolCalls: 1, inputTokens: 250, outputTokens: 30 });
    expect(events.map((event) => event.type)).toEqual(['agent.resumed', 'agent.step', 'usage', 'agent.completed']);
    expect(events[0]).toMatchObject({ attempt: 2, step: 1 });
    // Numbering goes on after the dead attempt's events (started, step, usage, called, result).
    expect(events[0]!.seq).toBe(6);
    expect(requests).toEqual(['GET /customers/ann%40example.com']);
  }, 120_000);
});
