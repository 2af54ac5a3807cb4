import type { ContractOperationResult } from '@buildwright/client';
import type { ReactNode } from 'react';

/** The first request of an operation that did not answer as the spec says: what was sent, expected, and got. */
export function ContractFailure({ failure }: { failure: NonNullable<ContractOperationResult['failure']> }): ReactNode {
  return (
    <dl className="bw-api-failure" aria-label="First failing request">
      <dt>Request</dt>
      <dd>{failure.request}</dd>
      <dt>Expected</dt>
      <dd>{failure.expected}</dd>
      <dt>Actual</dt>
      <dd>{failure.actual}</dd>
    </dl>
  );
}
