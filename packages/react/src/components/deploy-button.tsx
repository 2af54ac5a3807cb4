import { toBuildwrightError, type BuilderClient, type DeploymentRecord } from '@buildwright/client';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useBuilder } from '../hooks/use-builder.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { classNames } from './class-names.js';

export interface DeployButtonProps {
  /** The project to deploy. */
  projectId: string;
  /** The version to deploy. Default: the project's current version. */
  version?: number;
  /** The server builder's deploy target (`static`, `node`, `vercel`...). Default: the first one that serves the project's kind. */
  target?: string;
  /** Also lists the project's deployments, newest first (loaded on mount and after each deploy). Default false. */
  showDeployments?: boolean;
  /** Called once a deploy is ready. */
  onDeployed?(deployment: DeploymentRecord): void;
  /** The button's text. Default `Deploy` (`Deploy version N` with `version`). */
  label?: string;
  unstyled?: boolean;
  className?: string;
}

/** Where a {@link DeployButton} is: nothing asked yet, a deploy under way, its deployment, or why it failed. */
export type DeployButtonState = { status: 'idle' } | { status: 'deploying' } | { status: 'ready'; deployment: DeploymentRecord } | { status: 'failed'; error: { code: string; message: string } };

/**
 * Deploys a version of a project with `client.deploy` (the server builder's deploy targets) and
 * shows where it is: deploying, ready with the deployment's URL as a link and the project's
 * alias, or failed with the coded message that says what to do. With `showDeployments` it also
 * lists the project's deployments. Needs a `<BuilderProvider>` above it.
 *
 * @example
 * <DeployButton projectId={project.id} />
 * <DeployButton projectId={project.id} version={2} target="vercel" showDeployments />
 */
export function DeployButton(props: DeployButtonProps): ReactNode {
  const client = useBuilder();
  const { projectId, version, target, showDeployments, onDeployed } = props;
  const [state, setState] = useState<DeployButtonState>({ status: 'idle' });
  const [deployments, setDeployments] = useState<readonly DeploymentRecord[] | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const refresh = useCallback(() => {
    if (!showDeployments) return;
    client.listDeployments(projectId).then(
      (list) => mounted.current && setDeployments(list),
      () => undefined,
    );
  }, [client, projectId, showDeployments]);
  useEffect(refresh, [refresh]);

  const deploy = useCallback(async () => {
    const done = await deployVersion(client, { projectId, version, target }, (next) => mounted.current && setState(next));
    if (done.status === 'ready') onDeployed?.(done.deployment);
    refresh();
  }, [client, projectId, version, target, onDeployed, refresh]);

  return <DeployButtonView {...props} state={state} deployments={showDeployments ? deployments : null} onDeploy={() => void deploy()} />;
}

/**
 * One deploy through the client, reporting `deploying` and then `ready` or `failed` (with the
 * error's code and message) to `update`; resolves to the last state. Never rejects.
 */
export async function deployVersion(
  client: Pick<BuilderClient, 'deploy'>,
  options: { projectId: string; version?: number | undefined; target?: string | undefined },
  update: (state: DeployButtonState) => void,
): Promise<DeployButtonState> {
  update({ status: 'deploying' });
  let state: DeployButtonState;
  try {
    const deployment = await client.deploy({
      projectId: options.projectId,
      ...(options.version === undefined ? {} : { version: options.version }),
      ...(options.target === undefined ? {} : { target: options.target }),
    });
    state = { status: 'ready', deployment };
  } catch (caught) {
    const error = toBuildwrightError(caught);
    state = { status: 'failed', error: { code: error.code, message: error.message } };
  }
  update(state);
  return state;
}

/** What {@link DeployButton} renders for a state (server rendering and tests use it directly). */
export function DeployButtonView({
  state,
  deployments,
  onDeploy,
  version,
  label,
  unstyled,
  className,
}: Pick<DeployButtonProps, 'version' | 'label' | 'unstyled' | 'className'> & { state: DeployButtonState; deployments: readonly DeploymentRecord[] | null; onDeploy?: () => void }) {
  useDefaultTheme(!unstyled);
  const busy = state.status === 'deploying';
  return (
    <section className={classNames('bw bw-deploy', className)} aria-label="Deploy" data-testid="bw-deploy" data-status={state.status}>
      <button type="button" onClick={onDeploy} disabled={busy || !onDeploy} aria-busy={busy || undefined}>
        {busy ? 'Deploying…' : (label ?? (version === undefined ? 'Deploy' : `Deploy version ${version}`))}
      </button>
      {state.status === 'deploying' && (
        <p className="bw-cost" role="status">
          Building and publishing{version === undefined ? ' the current version' : ` version ${version}`}…
        </p>
      )}
      {state.status === 'ready' && <DeployedLinks deployment={state.deployment} />}
      {state.status === 'failed' && (
        <div className="bw-alert" role="alert">
          <span>
            <strong>{state.error.code}</strong>: {state.error.message}
          </span>
        </div>
      )}
      {deployments && (
        <ol className="bw-versions bw-deployments" aria-label="Deployments">
          {deployments.length === 0 && <li className="bw-empty">No deployments yet.</li>}
          {deployments.map((deployment) => (
            <li key={deployment.id} className="bw-version" data-deployment={deployment.id} data-status={deployment.status}>
              <strong>v{deployment.versionNumber}</strong>
              <span className="bw-badge">{deployment.target}</span>
              <span className="bw-version-message">
                {deployment.status === 'ready' && deployment.url ? (
                  <a href={deployment.url} target="_blank" rel="noopener noreferrer">
                    {deployment.url}
                  </a>
                ) : deployment.status === 'failed' && deployment.error ? (
                  `${deployment.error.code}: ${deployment.error.message}`
                ) : (
                  deployment.status
                )}
              </span>
              {deployment.aliasUrl && <span className="bw-badge">alias</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function DeployedLinks({ deployment }: { deployment: DeploymentRecord }) {
  return (
    <div role="status">
      <dl className="bw-deployed">
        <dt>Version {deployment.versionNumber}</dt>
        <dd>
          {deployment.url ? (
            <a href={deployment.url} target="_blank" rel="noopener noreferrer">
              {deployment.url}
            </a>
          ) : (
            deployment.status
          )}
        </dd>
        {deployment.aliasUrl && (
          <>
            <dt>Alias</dt>
            <dd>
              <a href={deployment.aliasUrl} target="_blank" rel="noopener noreferrer">
                {deployment.aliasUrl}
              </a>
            </dd>
          </>
        )}
        {deployment.warnings.map((warning, index) => (
          <dd key={index} className="bw-cost">
            {warning}
          </dd>
        ))}
      </dl>
    </div>
  );
}
