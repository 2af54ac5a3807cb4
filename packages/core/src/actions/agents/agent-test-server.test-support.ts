import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AgentDefinitionInput } from '../../spec/agent-definition.js';
import type { Transcript } from '../../protocol/transcript.js';

/**
 * A local customer service for the support-triage agent's HTTP tool: `GET /customers/:email`
 * answers 200 with the plan, 500 for `broken@example.com`, and after 2 s for `slow@example.com`.
 */
export async function startCustomerService(): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const email = decodeURIComponent(request.url?.split('/')[2] ?? '');
    if (email === 'broken@example.com') return void response.writeHead(500, { 'content-type': 'text/plain' }).end('database down');
    const answer = () => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ email, plan: 'pro' }));
    if (email === 'slow@example.com') setTimeout(answer, 2_000).unref();
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The support-triage agent: looks the customer up, answers `{ priority, reply }`. */
export function triageAgent(serviceUrl: string, limits: AgentDefinitionInput['limits'] = { maxSteps: 4, maxTokens: 1_000, timeMs: 5_000 }): AgentDefinitionInput {
  return {
    format: 'buildwright.agent/v1',
    name: 'Support triage',
    description: 'Sorts support tickets by priority.',
    instructions: 'Look the customer up, then classify the ticket: high for pro customers with an outage, low otherwise.',
    model: 'triage-model',
    tools: [
      {
        type: 'http',
        name: 'lookup_customer',
        description: 'The customer with this email, with their plan.',
        method: 'GET',
        url: `${serviceUrl}/customers/{email}`,
        inputSchema: { type: 'object', properties: { email: { type: 'string' } }, required: ['email'] },
      },
    ],
    inputSchema: { type: 'object', properties: { email: { type: 'string' }, ticket: { type: 'string' } }, required: ['email', 'ticket'] },
    outputSchema: { type: 'object', properties: { priority: { enum: ['low', 'high'] }, reply: { type: 'string' } }, required: ['priority'] },
    limits,
    evals: [{ name: 'outage is high', input: { email: 'ann@example.com', ticket: 'Site down' }, expected: { contains: 'high', calledTool: 'lookup_customer' } }],
  };
}

const lookup = (email: string) => ({ toolCalls: [{ name: 'lookup_customer', arguments: { email } }], usage: { inputTokens: 100, outputTokens: 10 } });
const answer = (priority: string) => ({ toolCalls: [], text: JSON.stringify({ priority, reply: 'Thanks, we are on it.' }), usage: { inputTokens: 150, outputTokens: 20 } });

/**
 * The scripted model's turns for {@link triageExecutions}, in order: two successes (one with the
 * tool), a tool error the model answers around, an answer that is not JSON then a fixed one, a
 * token overrun, and a slow tool that runs past the time limit.
 */
export const triageTranscript: Transcript = {
  format: 'buildwright.transcript/v1',
  prompt: 'support triage agent executions',
  turns: [
    lookup('ann@example.com'),
    answer('high'),
    answer('low'),
    lookup('broken@example.com'),
    answer('low'),
    { toolCalls: [], text: 'It is urgent!', usage: { inputTokens: 120, outputTokens: 5 } },
    answer('high'),
    { toolCalls: [], text: 'thinking very hard', usage: { inputTokens: 900, outputTokens: 200 } },
    lookup('slow@example.com'),
  ],
};

/** The inputs of the executions the transcript scripts, with the status and error code each ends with. */
export const triageExecutions: { input: { email: string; ticket: string }; status: 'succeeded' | 'failed'; code?: string }[] = [
  { input: { email: 'ann@example.com', ticket: 'Site down' }, status: 'succeeded' },
  { input: { email: 'bob@example.com', ticket: 'Typo on a page' }, status: 'succeeded' },
  { input: { email: 'broken@example.com', ticket: 'Cannot log in' }, status: 'succeeded' },
  { input: { email: 'cy@example.com', ticket: 'Outage' }, status: 'succeeded' },
  { input: { email: 'dee@example.com', ticket: 'Everything' }, status: 'failed', code: 'BUDGET_EXCEEDED' },
  { input: { email: 'slow@example.com', ticket: 'Slow' }, status: 'failed', code: 'BUDGET_EXCEEDED' },
];
