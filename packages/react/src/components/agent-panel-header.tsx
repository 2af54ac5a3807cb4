import type { ReactNode } from 'react';
import type { AgentResource } from '../agents/use-agent-resource.js';

/** The heading, Refresh button and failure of `<ExecutionLog/>` and `<AgentStats/>`. */
export function AgentPanelHeader({ title, resource }: { title: string; resource: AgentResource<unknown> }): ReactNode {
  return (
    <>
      <header className="bw-agent-header">
        <h2>{title}</h2>
        <button type="button" onClick={resource.reload}>
          Refresh
        </button>
      </header>
      {resource.error && (
        <div className="bw-alert" role="alert" data-code={resource.error.code}>
          {resource.error.message}
        </div>
      )}
    </>
  );
}
