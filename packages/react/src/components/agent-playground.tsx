import type { AgentEventWire, AgentsClient } from '@buildwright/client';
import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { formatCost, formatLatency, formatValue } from '../agents/agent-format.js';
import { createAgentPlaygroundStore, type AgentPlaygroundSnapshot, type AgentPlaygroundStore } from '../agents/agent-playground-store.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { classNames } from './class-names.js';

export interface AgentPlaygroundProps {
  /** From `createAgentsClient({ baseUrl })`. */
  client: Pick<AgentsClient, 'execute'>;
  agentId: string;
  /** The published version to run. Default: the head. */
  version?: number;
  unstyled?: boolean;
  className?: string;
}

/**
 * Executes an agent with what the user types (JSON when it parses, else text) and shows the
 * execution as it streams: steps, tool calls with their results, usage, then the output or the
 * error. A Cancel button stops it while it runs.
 *
 * @example
 * const agents = createAgentsClient({ baseUrl: '/api/builder' });
 * <AgentPlayground client={agents} agentId={agent.id} />
 */
export function AgentPlayground(props: AgentPlaygroundProps): ReactNode {
  const [store] = useState(() => createAgentPlaygroundStore(props.client, { agentId: props.agentId, ...(props.version === undefined ? {} : { version: props.version }) }));
  const playground = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return <AgentPlaygroundView {...props} playground={playground} store={store} />;
}

export interface AgentPlaygroundViewProps extends Omit<AgentPlaygroundProps, 'client'> {
  playground: AgentPlaygroundSnapshot;
  store: Pick<AgentPlaygroundStore, 'send' | 'cancel'>;
}

/** The markup of `<AgentPlayground/>` for a given state. */
export function AgentPlaygroundView({ playground, store, unstyled, className }: AgentPlaygroundViewProps): ReactNode {
  useDefaultTheme(!unstyled);
  const running = playground.status === 'running';
  return (
    <section className={classNames('bw bw-agent-playground', className)} aria-label="Agent playground" aria-busy={running} data-status={playground.status}>
      <form
        className="bw-prompt"
        onSubmit={(event) => {
          event.preventDefault();
          void store.send(String(new FormData(event.currentTarget).get('input') ?? ''));
        }}
      >
        <textarea name="input" aria-label="Input of the agent (JSON or text)" placeholder='{"email": "ann@example.com"} or text' disabled={running} />
        <div className="bw-agent-actions">
          {running ? (
            <button type="button" className="bw-danger-button" onClick={() => store.cancel()}>
              Cancel
            </button>
          ) : (
            <button type="submit" className="bw-primary">
              Send
            </button>
          )}
        </div>
      </form>
      {playground.events.length > 0 && (
        <ol className="bw-agent-events" aria-label="Events">
          {playground.events.map((event) => (
            <li key={event.seq} className="bw-agent-event" data-type={event.type}>
              {describeEvent(event)}
            </li>
          ))}
        </ol>
      )}
      {playground.status === 'succeeded' && playground.execution && (
        <div className="bw-panel bw-agent-output" role="status">
          <pre>{formatValue(playground.execution.output)}</pre>
          <span className="bw-cost">
            {formatLatency(playground.execution.latencyMs)} · {playground.execution.inputTokens + playground.execution.outputTokens} tokens · {formatCost(playground.execution.costUsd)}
          </span>
        </div>
      )}
      {playground.error && (
        <div className="bw-alert" role="alert" data-code={playground.error.code}>
          {playground.error.code}: {playground.error.message}
        </div>
      )}
      {playground.status === 'cancelled' && <p className="bw-empty">Cancelled.</p>}
    </section>
  );
}

function describeEvent(event: AgentEventWire): string {
  switch (event.type) {
    case 'agent.started':
      return 'Started';
    case 'agent.resumed':
      return `Resumed at step ${event.step} (attempt ${event.attempt})`;
    case 'agent.step':
      return `Step ${event.step}`;
    case 'tool.retried':
      return `↻ ${event.tool} again (its first call was interrupted)`;
    case 'tool.called':
      return `→ ${event.tool}(${JSON.stringify(event.arguments)})`;
    case 'tool.result':
      return `← ${event.tool} ${event.ok ? 'ok' : 'error'}${event.status === null ? '' : ` ${event.status}`} (${event.durationMs} ms): ${event.content.slice(0, 300)}`;
    case 'tool.approval_requested':
      return `? ${event.tool} waits for approval (${event.server}/${event.serverTool}, id ${event.id})`;
    case 'tool.approval_decided':
      return `${event.tool} ${event.decision === 'allow' ? 'allowed' : 'denied'}${event.by === 'timeout' ? ' (no answer in time)' : ''}`;
    case 'usage':
      return `${event.model}: ${event.inputTokens} in, ${event.outputTokens} out, ${formatCost(event.costUsd)}${event.estimated ? ' (est.)' : ''}`;
    case 'agent.completed':
      return `Completed in ${formatLatency(event.latencyMs)}, ${event.toolCalls} tool calls`;
    case 'agent.failed':
      return `Failed: ${event.error.code}`;
  }
}
