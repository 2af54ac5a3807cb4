import type { CheckView, FixAttemptView } from '@buildwright/client';
import type { ReactNode } from 'react';
import { useOptionalBuilder } from '../hooks/use-builder.js';
import { useBuilderSnapshot } from '../hooks/use-builder-snapshot.js';
import { useLabels } from '../labels/labels-provider.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { classNames } from './class-names.js';

export interface RunChecksProps {
  /** Checks to show; the current run's when omitted (inside a provider). */
  checks?: readonly CheckView[];
  /** Fix attempts to show; the current run's when omitted. */
  fixAttempts?: readonly FixAttemptView[];
  unstyled?: boolean;
  className?: string;
}

const icons = { running: '◌', passed: '✓', failed: '✗', skipped: '–' } as const;
const none: readonly never[] = [];

/**
 * The run's checks (imports, types, build, browser...) with their status, and each fix attempt
 * with the report that caused it.
 *
 * @example
 * <RunChecks />
 */
export function RunChecks(props: RunChecksProps): ReactNode {
  const client = useOptionalBuilder();
  return props.checks || props.fixAttempts || !client ? <RunChecksView {...props} checks={props.checks ?? none} fixAttempts={props.fixAttempts ?? none} /> : <ConnectedRunChecks {...props} />;
}

function ConnectedRunChecks(props: RunChecksProps) {
  const checks = useBuilderSnapshot((snapshot) => snapshot.run?.checks ?? none);
  const fixAttempts = useBuilderSnapshot((snapshot) => snapshot.run?.fixAttempts ?? none);
  return <RunChecksView {...props} checks={checks} fixAttempts={fixAttempts} />;
}

function RunChecksView({
  checks,
  fixAttempts,
  unstyled,
  className,
}: {
  checks: readonly CheckView[];
  fixAttempts: readonly FixAttemptView[];
  unstyled?: boolean | undefined;
  className?: string | undefined;
}) {
  useDefaultTheme(!unstyled);
  const labels = useLabels();
  if (!checks.length && !fixAttempts.length) return null;
  return (
    <section className={classNames('bw bw-panel bw-run-checks', className)} aria-label={`${labels.checks}, ${labels.fixAttempts}`}>
      {checks.length > 0 && (
        <>
          <h3 className="bw-panel-title">{labels.checks}</h3>
          <ul className="bw-checks">
            {checks.map((check) => (
              <CheckItem key={check.name} check={check} />
            ))}
          </ul>
        </>
      )}
      {fixAttempts.length > 0 && (
        <>
          <h3 className="bw-panel-title">{labels.fixAttempts}</h3>
          <ol className="bw-fixes">
            {fixAttempts.map((fix) => (
              <FixItem key={fix.attempt} fix={fix} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** One check as a list item: status icon, name, duration. */
export function CheckItem({ check }: { check: CheckView }): ReactNode {
  const labels = useLabels();
  return (
    <li data-status={check.status}>
      <span className="bw-status" aria-hidden="true">
        {icons[check.status]}
      </span>
      {check.name}
      <span className="bw-visually-hidden"> ({labels.checkStatus[check.status]})</span>
      {check.durationMs !== null && <span className="bw-cost"> {check.durationMs} ms</span>}
    </li>
  );
}

/** One fix attempt as a list item, with the report that caused it. */
export function FixItem({ fix }: { fix: FixAttemptView }): ReactNode {
  const labels = useLabels();
  return (
    <li>
      {labels.fixAttempt(fix.attempt, fix.check)}
      <div className="bw-fix-report">{fix.report}</div>
    </li>
  );
}
