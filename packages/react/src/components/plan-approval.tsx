import type { Plan } from '@buildwright/client';
import { useMemo, useState, type ReactNode } from 'react';
import { useOptionalBuilder } from '../hooks/use-builder.js';
import { useBuilderSnapshot } from '../hooks/use-builder-snapshot.js';
import { useLabels } from '../labels/labels-provider.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { classNames } from './class-names.js';
import { draftProblem, isEdited, moveStep, removeStep, renameStep, toPlan } from './plan-editing.js';

export interface PlanApprovalProps {
  /** The plan waiting for approval; the current run's when omitted (inside a provider), shown only while it waits. */
  plan?: Plan | null;
  /** Called with the plan to build (`edited` when the user changed it); the provider's `client.approvePlan` when omitted. */
  onApprove?: (plan: Plan, edited: boolean) => void | Promise<void>;
  /** Called when the user drops the plan; the provider's `client.cancel` when omitted. */
  onReject?: () => void | Promise<void>;
  unstyled?: boolean;
  className?: string;
}

/**
 * The plan of a run waiting for approval (`generate({ approvePlan: true })`), editable: rename a
 * step, remove it, move it up or down; Build approves the plan as edited, Reject cancels the run.
 * Shown by `<BuilderChat approvePlan/>`; renders nothing when no plan waits.
 *
 * @example
 * <PlanApproval />
 */
export function PlanApproval(props: PlanApprovalProps): ReactNode {
  const client = useOptionalBuilder();
  if (props.plan !== undefined || !client) return props.plan ? <PlanApprovalView {...props} plan={props.plan} /> : null;
  return <ConnectedPlanApproval {...props} />;
}

function ConnectedPlanApproval(props: PlanApprovalProps) {
  const client = useOptionalBuilder()!;
  const waiting = useBuilderSnapshot((snapshot) => (snapshot.run?.status === 'awaiting_approval' ? snapshot.run : null));
  const plan = useMemo(() => (waiting?.plan ? toPlan(waiting.plan) : null), [waiting?.plan]);
  if (!waiting || !plan) return null;
  const onApprove = props.onApprove ?? ((approved: Plan, edited: boolean) => client.approvePlan(edited ? approved : undefined));
  const onReject = props.onReject ?? (() => client.cancel());
  return <PlanApprovalView {...props} key={waiting.id} plan={plan} onApprove={onApprove} onReject={onReject} />;
}

function PlanApprovalView({ plan, onApprove, onReject, unstyled, className }: Omit<PlanApprovalProps, 'plan'> & { plan: Plan }) {
  useDefaultTheme(!unstyled);
  const labels = useLabels();
  const [draft, setDraft] = useState(plan);
  const [sending, setSending] = useState(false);
  const problem = draftProblem(draft);
  const send = (action: (() => void | Promise<void>) | undefined) => {
    if (!action) return;
    setSending(true);
    void Promise.resolve()
      .then(action)
      .catch(() => setSending(false));
  };
  return (
    <section className={classNames('bw bw-panel bw-plan-approval', className)} aria-label={labels.planToApprove(plan.title)} data-testid="bw-plan-approval">
      <h3 className="bw-panel-title">{plan.title}</h3>
      <p className="bw-plan-summary">{plan.summary}</p>
      <ol className="bw-plan-edit-steps">
        {draft.steps.map((step, index) => (
          <li key={step.id} data-step={step.id}>
            <input aria-label={labels.planStepTitle(index + 1)} value={step.title} disabled={sending} onChange={(event) => setDraft((current) => renameStep(current, index, event.target.value))} />
            <button type="button" aria-label={labels.planStepUp(index + 1)} disabled={sending || index === 0} onClick={() => setDraft((current) => moveStep(current, index, -1))}>
              ↑
            </button>
            <button type="button" aria-label={labels.planStepDown(index + 1)} disabled={sending || index === draft.steps.length - 1} onClick={() => setDraft((current) => moveStep(current, index, 1))}>
              ↓
            </button>
            <button type="button" aria-label={labels.planStepRemove(index + 1)} disabled={sending} onClick={() => setDraft((current) => removeStep(current, index))}>
              ×
            </button>
          </li>
        ))}
      </ol>
      {problem && (
        <p className="bw-plan-problem" role="status">
          {labels.planProblems[problem]}
        </p>
      )}
      <div className="bw-plan-actions">
        <button type="button" disabled={sending || problem !== null} onClick={() => send(onApprove && (() => onApprove(draft, isEdited(draft, plan))))}>
          {labels.build}
        </button>
        <button type="button" disabled={sending} onClick={() => send(onReject)}>
          {labels.reject}
        </button>
      </div>
    </section>
  );
}
