import type { Deployment, DeploymentStatus } from '@buildwright/core';

/** The fields of a Vercel deployment object (`/v13/deployments/:id`, `/v7/deployments` items) a record is made from. */
export interface VercelDeploymentFields {
  id?: string;
  uid?: string;
  url: string;
  readyState?: string;
  createdAt: number;
  meta?: { [key: string]: string } | undefined;
  alias?: string[] | undefined;
  target?: string | null | undefined;
  errorCode?: string | undefined;
  errorMessage?: string | null | undefined;
}

/** Meta keys a Buildwright deployment carries on Vercel, so `status` and `list` know project and version. */
export const metaKeys = { projectId: 'buildwrightProjectId', version: 'buildwrightVersion' } as const;

/**
 * The port's record of a Vercel deployment; `undefined` for a deployment that Buildwright did not
 * make (no project in its meta).
 */
export function deploymentRecord(deployment: VercelDeploymentFields): Deployment | undefined {
  const projectId = deployment.meta?.[metaKeys.projectId];
  if (projectId === undefined) return undefined;
  const status = statusOf(deployment.readyState);
  // Only a production deployment holds the project's stable domain; a preview's aliases are its own.
  const alias = deployment.target === 'production' ? deployment.alias?.[0] : undefined;
  return {
    deploymentId: deployment.id ?? deployment.uid ?? '',
    target: 'vercel',
    projectId,
    versionNumber: Number(deployment.meta?.[metaKeys.version] ?? 0),
    status,
    url: status === 'ready' ? https(deployment.url) : null,
    aliasUrl: status === 'ready' && alias !== undefined ? https(alias) : null,
    error: status === 'failed' ? { code: 'DEPLOY_BUILD_FAILED', message: deployment.errorMessage ?? `Vercel ended the deployment in ${deployment.readyState ?? 'an unknown state'}.` } : null,
    createdAt: new Date(deployment.createdAt).toISOString(),
  };
}

function statusOf(readyState: string | undefined): DeploymentStatus {
  if (readyState === 'READY') return 'ready';
  if (readyState === 'ERROR' || readyState === 'CANCELED') return 'failed';
  if (readyState === 'DELETED') return 'stopped';
  return 'building';
}

function https(host: string): string {
  return /^https?:\/\//.test(host) ? host : `https://${host}`;
}
