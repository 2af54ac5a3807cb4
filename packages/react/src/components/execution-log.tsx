import type { AgentExecutionRecordWire, AgentsClient } from '@buildwright/client';
import type { ReactNode } from 'react';
import { formatCost, formatLatency } from '../agents/agent-format.js';
import { useAgentResource, type AgentResource } from '../agents/use-agent-resource.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { AgentPanelHeader } from './agent-panel-header.js';
import { classNames } from './class-names.js';

export interface ExecutionLogProps {
  client: Pick<AgentsClient, 'executions'>;
  agentId: string;
  /** Newest executions shown, 1 to 500. Default 50. */
  limit?: number;
  unstyled?: boolean;
  className?: string;
}

/**
 * An agent's executions, newest first: status, version, latency, tokens, cost and error code, with Refresh.
 *
 * @example
 * <ExecutionLog client={createAgentsClient({ baseUrl: '/api/builder' })} agentId={agent.id} limit={20} />
 */
export function ExecutionLog(props: ExecutionLogProps): ReactNode {
  const { client, agentId, limit = 50 } = props;
  const executions = useAgentResource(() => client.executions(agentId, { limit }), `${agentId} ${limit}`);
  return <ExecutionLogView {...props} executions={executions} />;
}

/** The markup of `<ExecutionLog/>` for a given state. */
export function ExecutionLogView({ executions, unstyled, className }: Omit<ExecutionLogProps, 'client' | 'agentId'> & { executions: AgentResource<AgentExecutionRecordWire[]> }): ReactNode {
  useDefaultTheme(!unstyled);
  const rows = executions.value ?? [];
  return (
    <section className={classNames('bw bw-agent-log', className)} aria-label="Executions" aria-busy={executions.status === 'loading'}>
      <AgentPanelHeader title="Executions" resource={executions} />
      {rows.length === 0 ? (
        <p className="bw-empty">{executions.status === 'loading' ? 'Loading executions…' : 'No executions yet.'}</p>
      ) : (
        <table className="bw-agent-table">
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">Status</th>
              <th scope="col">Version</th>
              <th scope="col">Latency</th>
              <th scope="col">Tokens</th>
              <th scope="col">Cost</th>
              <th scope="col">Error</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((execution) => (
              <tr key={execution.id} data-execution={execution.id} data-status={execution.status}>
                <td>{execution.startedAt.replace('T', ' ').slice(0, 19)}</td>
                <td>{execution.status}</td>
                <td>{execution.version}</td>
                <td>{formatLatency(execution.latencyMs)}</td>
                <td>{execution.inputTokens + execution.outputTokens}</td>
                <td>{formatCost(execution.costUsd)}</td>
                <td title={execution.error?.message}>{execution.error?.code ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
