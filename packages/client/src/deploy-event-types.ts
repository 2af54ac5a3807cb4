/**
 * The events of a deployment. Deploys happen outside runs, so these are not run events: they have
 * no `runId` or `seq` and are not in a run's stream. The deployment record (`DeploymentRecord`) is
 * what is stored; these tell a listener (`createBuilder({ onDeployEvent })`, `builder.deploy(...,
 * { onEvent })`) how it went as it happens.
 */

/** The payload of each deploy event type. */
export interface DeployEventPayloads {
  /** The deploy began: the version is being built (in the project's sandbox) and handed to the target. `warnings` say what to know, e.g. a DApp on a local chain. */
  'deploy.started': { target: string; versionNumber: number; warnings: string[] };
  /** The deployment serves the version at `url`; `aliasUrl` is the project's stable URL, now pointing at it. */
  'deploy.ready': { target: string; versionNumber: number; url: string; aliasUrl: string | null };
  /** The deploy failed; `code` and `message` say why and what to do. */
  'deploy.failed': { target: string; versionNumber: number; code: string; message: string };
}

/** Every deploy event type name. */
export type DeployEventType = keyof DeployEventPayloads;

/** The fields every deploy event has. */
export interface DeployEventEnvelope {
  /** Buildwright's id of the deployment (`DeploymentRecord.id`). */
  deploymentId: string;
  projectId: string;
  /** ISO timestamp. */
  at: string;
}

type Flatten<T> = { [K in keyof T]: T[K] };

/** Any deploy event: `{ type, deploymentId, projectId, at, ...payload }`. */
export type DeployEvent = { [T in DeployEventType]: Flatten<{ type: T } & DeployEventEnvelope & DeployEventPayloads[T]> }[DeployEventType];
