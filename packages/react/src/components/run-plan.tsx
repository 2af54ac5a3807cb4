import type { PlanView } from '@buildwright/client';
import type { ReactNode } from 'react';
import { useOptionalBuilder } from '../hooks/use-builder.js';
import { useBuilderSnapshot } from '../hooks/use-builder-snapshot.js';
import { useLabels } from '../labels/labels-provider.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { classNames } from './class-names.js';

export interface RunPlanProps {
  /** The plan to show; the current run's when omitted (inside a provider). */
  plan?: PlanView | null;
  unstyled?: boolean;
  className?: string;
}

const icons = { pending: '○', running: '◌', done: '✓' } as const;

/**
 * The run's plan with each step's live status (to do, in progress, done).
 *
 * @example
 * <RunPlan />
 */
export function RunPlan(props: RunPlanProps): ReactNode {
  const client = useOptionalBuilder();
  return props.plan !== undefined || !client ? <RunPlanView {...props} plan={props.plan ?? null} /> : <ConnectedRunPlan {...props} />;
}

function ConnectedRunPlan(props: RunPlanProps) {
  const plan = useBuilderSnapshot((snapshot) => snapshot.run?.plan ?? null);
  return <RunPlanView {...props} plan={plan} />;
}

function RunPlanView({ plan, unstyled, className }: Omit<RunPlanProps, 'plan'> & { plan: PlanView | null }) {
  useDefaultTheme(!unstyled);
  const labels = useLabels();
  if (!plan) return null;
  const done = plan.steps.filter((step) => step.status === 'done').length;
  return (
    <section className={classNames('bw bw-panel bw-plan', className)} aria-label={`${labels.plan}: ${plan.title}`} data-testid="bw-plan">
      <h3 className="bw-panel-title">
        {plan.title}{' '}
        <span className="bw-badge">
          {done}/{plan.steps.length}
        </span>
      </h3>
      <ol className="bw-plan-steps">
        {plan.steps.map((step) => (
          <li key={step.id} data-status={step.status} data-step={step.id}>
            <span className="bw-status" aria-hidden="true">
              {icons[step.status]}
            </span>
            {step.title}
            <span className="bw-visually-hidden"> ({labels.stepStatus[step.status]})</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
