import type { ChatPart, CheckPart, FilePart, FixPart, NoticePart, PlanPart, RequirementsPart } from '@buildwright/client';
import { Fragment, type ReactNode } from 'react';
import { useLabels } from '../labels/labels-provider.js';
import { CheckItem, FixItem } from './run-checks.js';
import { RunPlan } from './run-plan.js';
import { RunRequirements } from './run-requirements.js';

interface RunActivityProps {
  parts: readonly ChatPart[];
  /** Sections start open (the run under way); earlier runs' start collapsed. */
  open: boolean;
  /** Each part's element: the custom one of `renderPart`, else `fallback`. */
  renderPart: (part: ChatPart, fallback: ReactNode) => ReactNode;
}

const icons = { written: '+', edited: '~', deleted: '−', edit_failed: '!' } as const;

/** A run's activity as collapsible sections: requirements, plan, checks, fix attempts, files, notices. */
export function RunActivity({ parts, open, renderPart }: RunActivityProps): ReactNode {
  const labels = useLabels();
  const requirements = parts.find((part): part is RequirementsPart => part.type === 'requirements');
  const plan = parts.find((part): part is PlanPart => part.type === 'plan');
  const checks = parts.filter((part): part is CheckPart => part.type === 'check');
  const fixes = parts.filter((part): part is FixPart => part.type === 'fix');
  const files = parts.filter((part): part is FilePart => part.type === 'file');
  const notices = parts.filter((part): part is NoticePart => part.type === 'notice');
  const doneSteps = plan?.plan.steps.filter((step) => step.status === 'done').length ?? 0;
  const passed = checks.filter((part) => part.check.status === 'passed').length;
  return (
    <div className="bw-activity">
      {requirements && (
        <Section name="requirements" open={open} title={labels.requirements} badge={String(requirements.requirements.stories.length)}>
          {renderPart(requirements, <RunRequirements requirements={requirements.requirements} />)}
        </Section>
      )}
      {plan && (
        <Section name="plan" open={open} title={`${labels.plan}: ${plan.plan.title}`} badge={`${doneSteps}/${plan.plan.steps.length}`}>
          {renderPart(plan, <RunPlan plan={plan.plan} unstyled />)}
        </Section>
      )}
      {checks.length > 0 && (
        <Section name="checks" open={open} title={labels.checks} badge={`${passed}/${checks.length}`}>
          <ul className="bw-checks">
            {checks.map((part) => (
              <Fragment key={part.check.name}>{renderPart(part, <CheckItem check={part.check} />)}</Fragment>
            ))}
          </ul>
        </Section>
      )}
      {fixes.length > 0 && (
        <Section name="fixes" open={open} title={labels.fixAttempts} badge={String(fixes.length)}>
          <ol className="bw-fixes">
            {fixes.map((part) => (
              <Fragment key={part.fix.attempt}>{renderPart(part, <FixItem fix={part.fix} />)}</Fragment>
            ))}
          </ol>
        </Section>
      )}
      {files.length > 0 && (
        <Section name="files" open={false} title={labels.files} badge={String(files.length)}>
          <ul className="bw-activity-files">
            {files.map((part) => (
              <Fragment key={part.path}>
                {renderPart(
                  part,
                  <li data-change={part.change}>
                    <span className="bw-status" aria-hidden="true">
                      {icons[part.change]}
                    </span>
                    <code>{part.path}</code>
                    <span className="bw-visually-hidden"> ({labels.fileChanges[part.change]})</span>
                  </li>,
                )}
              </Fragment>
            ))}
          </ul>
        </Section>
      )}
      {notices.length > 0 && (
        <Section name="notices" open={open} title={labels.notices} badge={String(notices.length)}>
          <ul className="bw-notices">
            {notices.map((part, index) => (
              <Fragment key={index}>{renderPart(part, <li>{part.message}</li>)}</Fragment>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}

function Section({ name, open, title, badge, children }: { name: string; open: boolean; title: string; badge: string; children: ReactNode }) {
  return (
    <details className="bw-activity-section" data-section={name} open={open || undefined}>
      <summary>
        {title} <span className="bw-badge">{badge}</span>
      </summary>
      {children}
    </details>
  );
}
