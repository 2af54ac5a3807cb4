import { useId, useState, type ReactNode } from 'react';
import type { ExplorerOperation } from '../../openapi/explorer-operations.js';
import { ContractFailure } from './contract-failure.js';
import { ContractResultBadge } from './contract-result-badge.js';
import { TryIt } from './try-it.js';

export interface OperationItemProps {
  operation: ExplorerOperation;
  open: boolean;
  onToggle(): void;
  apiUrl: string | null;
  fetch?: typeof globalThis.fetch | undefined;
}

/** One operation: method, path, summary and contract result on a button that opens its try-it form; a failure's details below. */
export function OperationItem({ operation, open, onToggle, apiUrl, fetch }: OperationItemProps): ReactNode {
  const detailId = useId();
  const failure = operation.result?.failure ?? null;
  // Once opened, the form stays mounted (hidden when closed), so what was typed and the last answer survive.
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return (
    <li className="bw-api-operation" data-operation={operation.operationId} data-result={operation.result ? (failure ? 'failed' : 'passed') : 'unchecked'}>
      <button type="button" className="bw-api-operation-button" aria-expanded={open} aria-controls={detailId} onClick={onToggle}>
        <span className="bw-api-method" data-method={operation.method}>
          {operation.method}
        </span>
        <span className="bw-api-path">{operation.path}</span>
        <span className="bw-api-summary">{operation.summary ?? operation.operationId}</span>
        <ContractResultBadge result={operation.result} />
      </button>
      {failure && <ContractFailure failure={failure} />}
      <div id={detailId} className="bw-api-detail" hidden={!open}>
        {opened && <TryIt key={`${operation.method} ${operation.path}`} operation={operation} apiUrl={apiUrl} fetch={fetch} />}
      </div>
    </li>
  );
}
