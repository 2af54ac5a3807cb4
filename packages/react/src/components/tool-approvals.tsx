import type { ToolApprovalView } from '@buildwright/client';
import { useState, type ReactNode } from 'react';
import { useOptionalBuilder } from '../hooks/use-builder.js';
import { useBuilderSnapshot } from '../hooks/use-builder-snapshot.js';
import { useLabels } from '../labels/labels-provider.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { classNames } from './class-names.js';

export interface ToolApprovalsProps {
  /** Approvals to show; the current run's pending ones when omitted (inside a provider). */
  approvals?: readonly ToolApprovalView[];
  /** Called with the user's decision; the provider's `client.approveTool` when omitted. */
  onDecide?: (id: string, decision: 'allow' | 'deny', options: { remember: boolean }) => void | Promise<void>;
  unstyled?: boolean;
  className?: string;
}

const none: readonly never[] = [];

/**
 * Approval cards for tool calls of MCP servers that wait for the user (`tool.approval_requested`):
 * the server, the tool and its arguments, with Allow, Always allow (remembered for the project)
 * and Deny. Shown by `<BuilderChat/>`; renders nothing when no call waits.
 *
 * @example
 * <ToolApprovals />
 */
export function ToolApprovals(props: ToolApprovalsProps): ReactNode {
  const client = useOptionalBuilder();
  if (props.approvals || !client) return <ToolApprovalsView {...props} approvals={props.approvals ?? none} onDecide={props.onDecide} />;
  return <ConnectedToolApprovals {...props} />;
}

function ConnectedToolApprovals(props: ToolApprovalsProps) {
  const client = useOptionalBuilder()!;
  const approvals = useBuilderSnapshot((snapshot) => snapshot.run?.toolApprovals ?? none);
  const onDecide = props.onDecide ?? ((id: string, decision: 'allow' | 'deny', options: { remember: boolean }) => client.approveTool(id, decision, options));
  return <ToolApprovalsView {...props} approvals={approvals} onDecide={onDecide} />;
}

function ToolApprovalsView({
  approvals,
  onDecide,
  unstyled,
  className,
}: Omit<ToolApprovalsProps, 'approvals' | 'onDecide'> & { approvals: readonly ToolApprovalView[]; onDecide: ToolApprovalsProps['onDecide'] }) {
  useDefaultTheme(!unstyled);
  const labels = useLabels();
  const [sent, setSent] = useState<ReadonlySet<string>>(new Set());
  const pending = approvals.filter((approval) => approval.status === 'pending');
  if (pending.length === 0) return null;
  const decide = (id: string, decision: 'allow' | 'deny', remember: boolean) => {
    setSent((current) => new Set(current).add(id));
    void Promise.resolve(onDecide?.(id, decision, { remember })).catch(() =>
      setSent((current) => {
        const next = new Set(current);
        next.delete(id);
        return next;
      }),
    );
  };
  return (
    <ul className={classNames('bw bw-tool-approvals', className)} aria-label={labels.toolApprovals}>
      {pending.map((approval) => (
        <li key={approval.id} className="bw-tool-approval" aria-label={labels.toolApprovalAsk(approval.server, approval.tool)}>
          <p>{labels.toolApprovalText(<strong>{approval.server}</strong>, <code>{approval.tool}</code>)}</p>
          <pre className="bw-tool-arguments">{JSON.stringify(approval.arguments, null, 2)}</pre>
          <div className="bw-tool-actions">
            <button type="button" disabled={sent.has(approval.id)} onClick={() => decide(approval.id, 'allow', false)}>
              {labels.allow}
            </button>
            <button type="button" disabled={sent.has(approval.id)} onClick={() => decide(approval.id, 'allow', true)}>
              {labels.alwaysAllow}
            </button>
            <button type="button" disabled={sent.has(approval.id)} onClick={() => decide(approval.id, 'deny', false)}>
              {labels.deny}
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
