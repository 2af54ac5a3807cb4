import type { AgentsClient, AgentStatsWire } from '@buildwright/client';
import type { ReactNode } from 'react';
import { formatCost } from '../agents/agent-format.js';
import { useAgentResource, type AgentResource } from '../agents/use-agent-resource.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { AgentPanelHeader } from './agent-panel-header.js';
import { classNames } from './class-names.js';

export interface AgentStatsProps {
  client: Pick<AgentsClient, 'stats'>;
  agentId: string;
  /** First day, `YYYY-MM-DD` (UTC, inclusive). */
  from?: string;
  /** Last day, `YYYY-MM-DD` (UTC, inclusive). */
  to?: string;
  unstyled?: boolean;
  className?: string;
}

/**
 * An agent's analytics: totals, a bar chart of executions per day (inline SVG), a table per day
 * and version (success rate, p50/p95 latency, tokens, cost, tool calls) and the top error codes.
 *
 * @example
 * <AgentStats client={createAgentsClient({ baseUrl: '/api/builder' })} agentId={agent.id} from="2026-12-01" />
 */
export function AgentStats(props: AgentStatsProps): ReactNode {
  const { client, agentId, from, to } = props;
  const stats = useAgentResource(() => client.stats(agentId, { ...(from ? { from } : {}), ...(to ? { to } : {}) }), `${agentId} ${from} ${to}`);
  return <AgentStatsView {...props} stats={stats} />;
}

/** Executions per day over every version, oldest first. */
export function executionsPerDay(stats: AgentStatsWire): { day: string; executions: number; failed: number }[] {
  const days = new Map<string, { day: string; executions: number; failed: number }>();
  for (const row of stats.rows) {
    const day = days.get(row.day) ?? { day: row.day, executions: 0, failed: 0 };
    day.executions += row.executions;
    day.failed += row.failed;
    days.set(row.day, day);
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** The markup of `<AgentStats/>` for a given state. */
export function AgentStatsView({ stats, unstyled, className }: Omit<AgentStatsProps, 'client' | 'agentId'> & { stats: AgentResource<AgentStatsWire> }): ReactNode {
  useDefaultTheme(!unstyled);
  const value = stats.value;
  const sum = (pick: (row: AgentStatsWire['rows'][number]) => number) => (value?.rows ?? []).reduce((total, row) => total + pick(row), 0);
  const executions = sum((row) => row.executions);
  return (
    <section className={classNames('bw bw-agent-stats', className)} aria-label="Agent stats" aria-busy={stats.status === 'loading'}>
      <AgentPanelHeader title="Stats" resource={stats} />
      {!value || executions === 0 ? (
        <p className="bw-empty">{stats.status === 'loading' ? 'Loading stats…' : 'No finished executions in this period.'}</p>
      ) : (
        <>
          <dl className="bw-agent-totals">
            <dt>Executions</dt>
            <dd>{executions}</dd>
            <dt>Success rate</dt>
            <dd>{Math.round((sum((row) => row.succeeded) / executions) * 100)}%</dd>
            <dt>Tokens</dt>
            <dd>{sum((row) => row.inputTokens + row.outputTokens)}</dd>
            <dt>Cost</dt>
            <dd>{formatCost(sum((row) => row.costUsd))}</dd>
            <dt>Tool calls</dt>
            <dd>{sum((row) => row.toolCalls)}</dd>
          </dl>
          <DayChart days={executionsPerDay(value)} />
          <table className="bw-agent-table">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Version</th>
                <th scope="col">Executions</th>
                <th scope="col">Success</th>
                <th scope="col">p50</th>
                <th scope="col">p95</th>
                <th scope="col">Tokens</th>
                <th scope="col">Cost</th>
                <th scope="col">Tool calls</th>
              </tr>
            </thead>
            <tbody>
              {value.rows.map((row) => (
                <tr key={`${row.day} ${row.version}`} data-day={row.day}>
                  <td>{row.day}</td>
                  <td>{row.version}</td>
                  <td>{row.executions}</td>
                  <td>{Math.round(row.successRate * 100)}%</td>
                  <td>{row.p50LatencyMs} ms</td>
                  <td>{row.p95LatencyMs} ms</td>
                  <td>{row.inputTokens + row.outputTokens}</td>
                  <td>{formatCost(row.costUsd)}</td>
                  <td>{row.toolCalls}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {value.topErrors.length > 0 && (
            <ul className="bw-agent-errors" aria-label="Top errors">
              {value.topErrors.map((error) => (
                <li key={error.code}>
                  {error.code}: {error.count}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

const barWidth = 24;
const chartHeight = 80;

/** Bars of executions per day, the failed part in the danger colour; no chart library. */
function DayChart({ days }: { days: { day: string; executions: number; failed: number }[] }) {
  const most = Math.max(1, ...days.map((day) => day.executions));
  const scale = (count: number) => Math.round((count / most) * chartHeight);
  return (
    <svg className="bw-agent-chart" role="img" aria-label="Executions per day" width={days.length * barWidth} height={chartHeight} viewBox={`0 0 ${days.length * barWidth} ${chartHeight}`}>
      {days.map((day, index) => (
        <g key={day.day} data-day={day.day}>
          <title>{`${day.day}: ${day.executions} executions, ${day.failed} failed`}</title>
          <rect x={index * barWidth + 2} y={chartHeight - scale(day.executions)} width={barWidth - 4} height={scale(day.executions)} fill="var(--bw-accent, currentColor)" />
          <rect x={index * barWidth + 2} y={chartHeight - scale(day.failed)} width={barWidth - 4} height={scale(day.failed)} fill="var(--bw-danger, currentColor)" />
        </g>
      ))}
    </svg>
  );
}
