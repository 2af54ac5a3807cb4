import type { ContractOperationResult } from '@buildwright/client';
import type { ReactNode } from 'react';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** An operation's contract result in a few words: passed or failed, and the valid and invalid requests sent. */
export function ContractResultBadge({ result }: { result: ContractOperationResult | null }): ReactNode {
  if (!result) {
    return (
      <span className="bw-api-result" data-result="unchecked">
        not checked
      </span>
    );
  }
  const passed = result.failure === null;
  return (
    <span className="bw-api-result" data-result={passed ? 'passed' : 'failed'} title={`${plural(result.valid, 'valid request')} and ${plural(result.invalid, 'invalid request')} sent`}>
      <span aria-hidden="true">{passed ? '✓' : '✗'}</span> {passed ? 'passed' : 'failed'} · {result.valid} valid · {result.invalid} invalid
    </span>
  );
}
