import type { AgentEventWire, AgentExecutionRecordWire, AgentsClient, AgentStatsWire } from '@buildwright/client';
import { BuildwrightError } from '@buildwright/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { agentInput, createAgentPlaygroundStore, initialAgentPlayground } from '../agents/agent-playground-store.js';
import { AgentPlaygroundView } from './agent-playground.js';
import { AgentStatsView, executionsPerDay } from './agent-stats.js';
import { ExecutionLogView } from './execution-log.js';

const base = { executionId: 'e1', agentId: 'a1', version: 1, at: '2026-12-01T10:00:00.000Z' };
const events: AgentEventWire[] = [
  { ...base, seq: 1, type: 'agent.started', input: { email: 'ann@example.com' } },
  { ...base, seq: 2, type: 'agent.step', step: 1 },
  { ...base, seq: 3, type: 'usage', model: 'triage-model', inputTokens: 100, outputTokens: 10, costUsd: 0.001, estimated: false },
  { ...base, seq: 4, type: 'tool.called', step: 1, toolCallId: 't1', tool: 'lookup_customer', arguments: { email: 'ann@example.com' } },
  { ...base, seq: 5, type: 'tool.result', step: 1, toolCallId: 't1', tool: 'lookup_customer', ok: false, status: 500, content: 'database down', durationMs: 12 },
  { ...base, seq: 6, type: 'agent.completed', output: { priority: 'high' }, latencyMs: 1_250, inputTokens: 100, outputTokens: 10, costUsd: 0.001, toolCalls: 1 },
];
const execution = (change: Partial<AgentExecutionRecordWire> = {}): AgentExecutionRecordWire => ({
  id: 'e1',
  agentId: 'a1',
  ownerId: 'alice',
  version: 1,
  input: {},
  output: { priority: 'high' },
  status: 'succeeded',
  error: null,
  latencyMs: 1_250,
  inputTokens: 100,
  outputTokens: 10,
  costUsd: 0.001,
  toolCalls: 1,
  startedAt: '2026-12-01T10:00:00.000Z',
  finishedAt: '2026-12-01T10:00:01.250Z',
  ...change,
});
const noop = async () => undefined;
const resource = <T,>(value: T | null, change: object = {}) => ({ value, status: 'ready' as const, error: null, reload: () => undefined, ...change });

describe('agent playground store', () => {
  it('default: streams the events into the snapshot as they arrive, then holds the stored record', async () => {
    const seen: number[] = [];
    const client: Pick<AgentsClient, 'execute'> = {
      async execute(agentId, input, options) {
        expect([agentId, input, options?.version]).toEqual(['a1', { email: 'ann@example.com' }, 2]);
        for (const event of events) options?.onEvent?.(event);
        return execution();
      },
    };
    const store = createAgentPlaygroundStore(client, { agentId: 'a1', version: 2 });
    store.subscribe(() => seen.push(store.getSnapshot().events.length));
    await store.send('{"email":"ann@example.com"}');
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 6]);
    expect(store.getSnapshot()).toMatchObject({ status: 'succeeded', execution: { id: 'e1' }, error: null });
    expect(agentInput('Site down')).toBe('Site down');
  });

  it('behavior: cancel aborts the request and ends as cancelled; a failed execution and a refusal show their code', async () => {
    const client: Pick<AgentsClient, 'execute'> = {
      execute: (_agentId, input, options) =>
        new Promise((resolve, reject) => {
          if (input === 'refused') reject(new BuildwrightError({ code: 'AGENT_NOT_PUBLISHED', message: 'Publish the draft first.' }));
          if (input === 'over') resolve(execution({ status: 'failed', output: null, error: { code: 'BUDGET_EXCEEDED', message: 'Too many tokens.' } }));
          options?.signal?.addEventListener('abort', () => reject(options.signal?.reason));
        }),
    };
    const store = createAgentPlaygroundStore(client, { agentId: 'a1' });
    const running = store.send('wait');
    expect(store.getSnapshot().status).toBe('running');
    store.cancel();
    await running;
    expect(store.getSnapshot()).toMatchObject({ status: 'cancelled', error: null });
    await store.send('over');
    expect(store.getSnapshot()).toMatchObject({ status: 'failed', error: { code: 'BUDGET_EXCEEDED' } });
    await store.send('refused');
    expect(store.getSnapshot()).toMatchObject({ status: 'failed', error: { code: 'AGENT_NOT_PUBLISHED', message: 'Publish the draft first.' } });
  });
});

describe('agent components markup', () => {
  it('default: <AgentPlayground/> lists steps, tool calls with results and usage, then the output; Cancel while running', () => {
    const done = renderToStaticMarkup(
      <AgentPlaygroundView agentId="a1" playground={{ ...initialAgentPlayground, status: 'succeeded', events, execution: execution() }} store={{ send: noop, cancel: () => undefined }} unstyled />,
    );
    expect(done).toContain('Step 1');
    expect(done).toContain('→ lookup_customer({&quot;email&quot;:&quot;ann@example.com&quot;})');
    expect(done).toContain('← lookup_customer error 500 (12 ms): database down');
    expect(done).toContain('triage-model: 100 in, 10 out, $0.0010');
    expect(done).toMatch(/<pre>\{\n {2}&quot;priority&quot;: &quot;high&quot;\n\}<\/pre>/);
    expect(done).toContain('1.3 s · 110 tokens · $0.0010');
    expect(done).toContain('>Send</button>');
    const running = renderToStaticMarkup(
      <AgentPlaygroundView agentId="a1" playground={{ ...initialAgentPlayground, status: 'running', events: events.slice(0, 2) }} store={{ send: noop, cancel: () => undefined }} unstyled />,
    );
    expect(running).toContain('>Cancel</button>');
    expect(running).toContain('aria-busy="true"');
    const failed = renderToStaticMarkup(
      <AgentPlaygroundView
        agentId="a1"
        playground={{ ...initialAgentPlayground, status: 'failed', error: { code: 'BUDGET_EXCEEDED', message: 'Too many tokens.' } }}
        store={{ send: noop, cancel: () => undefined }}
        unstyled
      />,
    );
    expect(failed).toContain('role="alert" data-code="BUDGET_EXCEEDED">BUDGET_EXCEEDED: Too many tokens.');
  });

  it('default: <ExecutionLog/> is a table of status, version, latency, tokens, cost and error code', () => {
    const html = renderToStaticMarkup(
      <ExecutionLogView executions={resource([execution(), execution({ id: 'e2', status: 'failed', version: 2, latencyMs: 80, error: { code: 'BUDGET_EXCEEDED', message: 'm' } })])} unstyled />,
    );
    expect(html).toMatch(/<tr data-execution="e1" data-status="succeeded"><td>2026-12-01 10:00:00<\/td><td>succeeded<\/td><td>1<\/td><td>1.3 s<\/td><td>110<\/td><td>\$0.0010<\/td><td><\/td><\/tr>/);
    expect(html).toMatch(/<tr data-execution="e2" data-status="failed">.*<td>2<\/td><td>80 ms<\/td>.*<td title="m">BUDGET_EXCEEDED<\/td>/);
    expect(renderToStaticMarkup(<ExecutionLogView executions={resource([])} unstyled />)).toContain('No executions yet.');
    expect(renderToStaticMarkup(<ExecutionLogView executions={resource(null, { status: 'failed', error: { code: 'AGENT_NOT_FOUND', message: 'No agent.' } })} unstyled />)).toContain(
      'data-code="AGENT_NOT_FOUND"',
    );
  });

  it('default: <AgentStats/> shows totals, a bar per day (SVG) and a row per day and version', () => {
    const row = { version: 1, succeeded: 3, failed: 1, executions: 4, successRate: 0.75, p50LatencyMs: 100, p95LatencyMs: 900, inputTokens: 400, outputTokens: 40, costUsd: 0.004, toolCalls: 2 };
    const stats: AgentStatsWire = {
      agentId: 'a1',
      rows: [
        { ...row, day: '2026-12-01' },
        { ...row, day: '2026-12-01', version: 2, executions: 2, succeeded: 2, failed: 0, successRate: 1 },
        { ...row, day: '2026-12-02' },
      ],
      topErrors: [{ code: 'BUDGET_EXCEEDED', count: 2 }],
    };
    expect(executionsPerDay(stats)).toEqual([
      { day: '2026-12-01', executions: 6, failed: 1 },
      { day: '2026-12-02', executions: 4, failed: 1 },
    ]);
    const html = renderToStaticMarkup(<AgentStatsView stats={resource(stats)} unstyled />);
    expect(html).toContain('<dt>Executions</dt><dd>10</dd><dt>Success rate</dt><dd>80%</dd>');
    expect(html).toContain('<dt>Cost</dt><dd>$0.0120</dd>');
    expect(html).toMatch(/<svg class="bw-agent-chart" role="img" aria-label="Executions per day" width="48" height="80"/);
    expect(html).toMatch(/<g data-day="2026-12-01"><title>2026-12-01: 6 executions, 1 failed<\/title><rect x="2" y="0" width="20" height="80"/);
    expect(html).toMatch(/<g data-day="2026-12-02">.*<rect x="26" y="27" width="20" height="53"/);
    expect(html.match(/<tr data-day=/g)).toHaveLength(3);
    expect(html).toContain('BUDGET_EXCEEDED: 2');
    expect(renderToStaticMarkup(<AgentStatsView stats={resource({ agentId: 'a1', rows: [], topErrors: [] })} unstyled />)).toContain('No finished executions in this period.');
  });
});
