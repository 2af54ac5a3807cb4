import type { ApiContractView, RunView } from '@buildwright/client';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { explorerOperations, groupOperations } from '../../openapi/explorer-operations.js';
import { operationsOfSpec } from '../../openapi/spec-operations.js';
import { useOptionalBuilder } from '../../hooks/use-builder.js';
import { useBuilderSnapshot } from '../../hooks/use-builder-snapshot.js';
import { useParsedSpec } from '../../hooks/use-parsed-spec.js';
import { useDefaultTheme } from '../../styles/use-default-theme.js';
import { classNames } from '../class-names.js';
import { OperationItem } from './operation-item.js';

/** What the run is doing: `checking` while its contract check calls the API, `running` before that. */
export type ApiExplorerActivity = 'idle' | 'running' | 'checking';

export interface ApiExplorerProps {
  /** The OpenAPI document: its YAML or JSON text, or the parsed object. Inside a provider, the project's spec file by default. */
  spec?: string | object | null;
  /** Path of the spec among the project's files. Default: the contract check's `specPath`, else `openapi.yaml`. */
  specPath?: string;
  /** Results of the last contract check; the current run's (`run.apiContract`) when omitted. */
  contract?: ApiContractView | null;
  /** What the run is doing; from the current run when omitted. */
  activity?: ApiExplorerActivity;
  /** Base URL of the running API that try-it calls; the preview URL of an API project when omitted. */
  apiUrl?: string | null;
  /** The API's interactive docs page, linked when given; the preview's `docsUrl` when omitted. */
  docsUrl?: string | null;
  /** Group operations by their first tag or by path. Default: by tag when the spec has tags. */
  groupBy?: 'tag' | 'path';
  /** The fetch try-it uses, e.g. one through your own proxy. Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Heading. Default: the spec's `info.title`, else "API". */
  title?: string;
  unstyled?: boolean;
  className?: string;
}

interface ViewProps extends Omit<ApiExplorerProps, 'spec' | 'contract' | 'activity' | 'apiUrl' | 'docsUrl' | 'specPath'> {
  spec: string | object | null;
  /** The spec file changed and its new text is not loaded yet. */
  specLoading: boolean;
  specPath: string;
  contract: ApiContractView | null;
  activity: ApiExplorerActivity;
  apiUrl: string | null;
  docsUrl: string | null;
}

/**
 * An API project's operations from its OpenAPI spec, grouped by tag or path, each with the result
 * of the last contract check (passed or failed, valid and invalid requests sent, the first failing
 * request with what was expected and what came back), a "try it" form that sends a request to the
 * running API and shows the answer, and a link to the interactive docs.
 *
 * Inside a provider it needs no props and shows only for API projects; alone, give it `spec`
 * (and `contract`, `apiUrl`, `docsUrl`). Try-it calls the API from the page, so an API on another
 * origin must allow it (CORS) or be reached through your own origin (`apiUrl`, `fetch`).
 *
 * @example
 * <ApiExplorer />                                                  // inside a provider
 * <ApiExplorer spec={yamlText} apiUrl="http://127.0.0.1:4000" />    // alone
 */
export function ApiExplorer(props: ApiExplorerProps): ReactNode {
  const client = useOptionalBuilder();
  return client ? (
    <ConnectedApiExplorer {...props} />
  ) : (
    <ApiExplorerView
      {...props}
      spec={props.spec ?? null}
      specLoading={false}
      specPath={props.specPath ?? props.contract?.specPath ?? 'openapi.yaml'}
      contract={props.contract ?? null}
      activity={props.activity ?? 'idle'}
      apiUrl={props.apiUrl ?? null}
      docsUrl={props.docsUrl ?? null}
    />
  );
}

const activityOf = (run: RunView | null): ApiExplorerActivity => {
  if (!run || (run.status !== 'running' && run.status !== 'starting')) return 'idle';
  return run.checks.some((check) => check.name === 'contract' && check.status === 'running') ? 'checking' : 'running';
};

function ConnectedApiExplorer(props: ApiExplorerProps) {
  const run = useBuilderSnapshot((snapshot) => snapshot.run);
  const project = useBuilderSnapshot((snapshot) => snapshot.project);
  const preview = useBuilderSnapshot((snapshot) => snapshot.preview);
  const contents = useBuilderSnapshot((snapshot) => snapshot.files.contents);
  const activity = props.activity ?? activityOf(run);
  // An edit run starts without results: until its own check runs, show the previous run's (marked as being checked again).
  const remembered = useRef<{ projectId: string; contract: ApiContractView } | null>(null);
  if (run?.apiContract) remembered.current = { projectId: run.projectId, contract: run.apiContract };
  const previous = remembered.current && remembered.current.projectId === run?.projectId && activity !== 'idle' ? remembered.current.contract : null;
  const contract = props.contract !== undefined ? props.contract : (run?.apiContract ?? previous);
  const kind = run?.kind ?? project?.kind ?? null;
  if (kind !== 'api' && !contract && props.spec === undefined) return null;
  const specPath = props.specPath ?? contract?.specPath ?? 'openapi.yaml';
  const specText = contents[specPath];
  return (
    <ApiExplorerView
      {...props}
      spec={props.spec !== undefined ? props.spec : (specText ?? null)}
      specLoading={props.spec === undefined && specText === null}
      specPath={specPath}
      contract={contract}
      activity={activity}
      apiUrl={props.apiUrl !== undefined ? props.apiUrl : kind === 'api' && preview.status === 'ready' ? preview.url : null}
      docsUrl={props.docsUrl !== undefined ? props.docsUrl : preview.docsUrl}
    />
  );
}

function ApiExplorerView({ spec, specLoading, specPath, contract, activity, apiUrl, docsUrl, groupBy, fetch, title, unstyled, className }: ViewProps) {
  useDefaultTheme(!unstyled);
  const parsed = useParsedSpec(spec);
  const specOperations = useMemo(() => (parsed.document ? operationsOfSpec(parsed.document) : null), [parsed.document]);
  const operations = useMemo(() => explorerOperations(specOperations, contract), [specOperations, contract]);
  const groups = useMemo(() => groupOperations(operations, groupBy), [operations, groupBy]);
  const [open, setOpen] = useState<string | null>(null);
  const heading = title ?? specTitle(parsed.document) ?? 'API';
  const keyOf = (operation: { method: string; path: string }) => `${operation.method} ${operation.path}`;

  return (
    <section
      className={classNames('bw bw-panel bw-api-explorer', className)}
      aria-label={`${heading} explorer`}
      aria-busy={activity === 'checking'}
      data-activity={activity}
      data-testid="bw-api-explorer"
    >
      <header className="bw-api-header">
        <h3 className="bw-panel-title">{heading}</h3>
        {docsUrl && (
          <a href={docsUrl} target="_blank" rel="noopener noreferrer">
            API docs ↗
          </a>
        )}
      </header>
      <ContractStatus contract={contract} activity={activity} specPath={specPath} />
      {parsed.error && (
        <p className="bw-alert" role="alert">
          {specPath} does not parse ({parsed.error}); {operations.length > 0 ? 'the operations below come from the last contract check.' : 'fix the spec to see its operations.'}
        </p>
      )}
      {(specLoading || (parsed.parsing && !parsed.document)) && (
        <p className="bw-cost" role="status">
          Reading {specPath}…
        </p>
      )}
      {operations.length === 0 && !specLoading && !parsed.parsing && !parsed.error && <p className="bw-empty">No operations yet: they appear once the run writes {specPath}.</p>}
      {groups.map((group) => (
        <section key={group.name} className="bw-api-group" aria-label={group.name}>
          <h4 className="bw-api-group-title">{group.name}</h4>
          <ul className="bw-api-operations">
            {group.operations.map((operation) => (
              <OperationItem
                key={keyOf(operation)}
                operation={operation}
                open={open === keyOf(operation)}
                onToggle={() => setOpen((current) => (current === keyOf(operation) ? null : keyOf(operation)))}
                apiUrl={apiUrl}
                fetch={fetch}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function ContractStatus({ contract, activity, specPath }: { contract: ApiContractView | null; activity: ApiExplorerActivity; specPath: string }) {
  const failed = contract?.operations.filter((operation) => operation.failure !== null).length ?? 0;
  const requests = contract?.operations.reduce((sum, operation) => sum + operation.valid + operation.invalid, 0) ?? 0;
  const result = !contract
    ? null
    : contract.passed
      ? `Contract check passed: all ${contract.operations.length} operations answered as ${specPath} says (${requests} requests, seed ${contract.seed}).`
      : `Contract check failed: ${failed} of ${contract.operations.length} operations did not answer as ${specPath} says.`;
  const status = contract ? (contract.passed ? 'passed' : 'failed') : activity === 'checking' ? 'running' : 'none';
  return (
    <p className="bw-api-status" role="status" data-status={activity === 'checking' ? 'running' : status}>
      <span className="bw-status" aria-hidden="true">
        {activity === 'checking' ? '◌' : contract ? (contract.passed ? '✓' : '✗') : '–'}
      </span>
      {activity === 'checking'
        ? `Checking the contract: calling every operation of ${specPath} on the running server…${contract ? ' The results below are from the previous check.' : ''}`
        : activity === 'running'
          ? `A run is under way; the contract is checked once the server starts.${contract ? ` Last check: ${result}` : ''}`
          : (result ?? 'Not contract-checked yet: the check runs when an API run starts its server.')}
    </p>
  );
}

function specTitle(document: unknown): string | null {
  const info = (document as { info?: { title?: unknown } } | null)?.info;
  return typeof info?.title === 'string' && info.title.trim() ? info.title : null;
}
