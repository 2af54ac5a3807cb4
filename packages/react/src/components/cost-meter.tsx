import type { UsageView } from '@buildwright/client';
import type { ReactNode } from 'react';
import { useOptionalBuilder } from '../hooks/use-builder.js';
import { useBuilderSnapshot } from '../hooks/use-builder-snapshot.js';
import { useLabels } from '../labels/labels-provider.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { classNames } from './class-names.js';

export interface CostMeterProps {
  /** Usage to show; the current run's when omitted (inside a provider). */
  usage?: UsageView;
  unstyled?: boolean;
  className?: string;
}

const formatTokens = (tokens: number) => (tokens >= 10_000 ? `${(tokens / 1000).toFixed(0)}k` : tokens >= 1_000 ? `${(tokens / 1000).toFixed(1)}k` : String(tokens));

/**
 * Cost and tokens of the current run (`$0.0123 · 4.2k tokens`), marked when estimated.
 *
 * @example
 * <CostMeter />
 */
export function CostMeter(props: CostMeterProps): ReactNode {
  const client = useOptionalBuilder();
  return props.usage || !client ? <CostMeterView {...props} usage={props.usage ?? null} /> : <ConnectedCostMeter {...props} />;
}

function ConnectedCostMeter(props: CostMeterProps) {
  const usage = useBuilderSnapshot((snapshot) => snapshot.run?.usage ?? null);
  return <CostMeterView {...props} usage={usage} />;
}

function CostMeterView({ usage, unstyled, className }: Omit<CostMeterProps, 'usage'> & { usage: UsageView | null }) {
  useDefaultTheme(!unstyled);
  const labels = useLabels();
  if (!usage) return null;
  const tokens = usage.inputTokens + usage.outputTokens;
  const label = labels.costTitle(usage.costUsd.toFixed(4), tokens, usage.calls, usage.estimated);
  return (
    <span className={classNames('bw bw-cost', className)} data-testid="bw-cost" role="note" title={label} aria-label={label}>
      {labels.cost(usage.costUsd.toFixed(4), formatTokens(tokens), usage.estimated)}
    </span>
  );
}
