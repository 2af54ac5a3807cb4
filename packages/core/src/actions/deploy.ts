import { BuildwrightError, toBuildwrightError } from '@buildwright/client';
import type { DeployEvent } from '../events/deploy-events.js';
import { projectSandbox } from '../run/project-sandbox.js';
import type { BuilderContext } from '../run/run-context.js';
import type { DeployAdapter } from '../spec/deploy.js';
import type { DeploymentRecord, ProjectRecord } from '../spec/storage.js';
import { requireProject, requireVersionFiles } from '../versions/require-records.js';
import { buildForDeploy } from './build-for-deploy.js';

/** Options of {@link deploy}. */
export interface DeployOptions {
  /** The version to deploy. Default: the project's current version. */
  version?: number;
  /** The target's name in `createBuilder({ deploy })`. Default: the first target that serves the project's kind. */
  target?: string;
  ownerId?: string;
  /** Called with this deploy's events (besides the builder's `onDeployEvent`). */
  onEvent?: (event: DeployEvent) => void;
  signal?: AbortSignal;
}

/**
 * Publishes a version of a project at a URL that outlives runs, sandboxes and previews, through one
 * of the builder's deploy targets. Web and DApp versions are built first, in the project's sandbox
 * (the model wrote the build config: it never runs on this machine); `api` versions go as sources.
 * The deployment is stored (`building`, then `ready` with its URLs, or `failed` with a coded error)
 * and `deploy.started` → `deploy.ready` | `deploy.failed` go to `onEvent` and the builder's
 * `onDeployEvent`. A DApp whose contract is on the local development chain deploys only to the
 * `static` target, with a warning.
 *
 * @example
 * import { staticDeploy } from '@buildwright/adapters/deploy';
 *
 * const builder = createBuilder({ llm, sandbox, storage, deploy: { static: staticDeploy({ dir: '.buildwright/deployments' }) } });
 * const deployment = await builder.deploy(projectId, { onEvent: (event) => console.log(event.type) });
 * console.log(deployment.url); // http://todo-v1-3fa9c1d2.localhost:4400/
 */
export async function deploy(context: BuilderContext, projectId: string, options: DeployOptions = {}): Promise<DeploymentRecord> {
  const ownerId = options.ownerId ?? context.ownerId;
  const project = await requireProject(context.options.storage, ownerId, projectId);
  const { name: targetName, adapter } = pickTarget(context, project, options.target);
  const { version, files } = await requireVersionFiles(context.options.storage, ownerId, projectId, options.version);
  const { env, warnings } = await contractFacts(context, project, ownerId, adapter);

  const storage = context.options.storage;
  let record = await storage.createDeployment({ ownerId, projectId, target: targetName, versionNumber: version.number, warnings });
  const emit = (event: DeployEvent) => {
    for (const listener of [options.onEvent, context.options.onDeployEvent]) {
      try {
        listener?.(event);
      } catch {
        // A listener's error is its own: the deploy goes on.
      }
    }
  };
  const envelope = () => ({ deploymentId: record.id, projectId, at: new Date().toISOString(), target: targetName, versionNumber: version.number });
  emit({ type: 'deploy.started', ...envelope(), warnings });

  try {
    const build =
      project.kind === 'api'
        ? undefined
        : await buildForDeploy({
            sandbox: await projectSandbox(context, projectId),
            deploymentId: record.id,
            versionNumber: version.number,
            files,
            env,
            ...(options.signal ? { signal: options.signal } : {}),
          });
    const deployed = await adapter.deploy({
      project: { id: project.id, ownerId, kind: project.kind, name: project.name },
      version: { number: version.number, message: version.message },
      files,
      kind: project.kind,
      ...(build ? { build } : {}),
      env,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (deployed.status !== 'ready' || deployed.url === null) {
      throw new BuildwrightError({ code: 'DEPLOY_FAILED', message: deployed.error?.message ?? `The ${targetName} target answered "${deployed.status}" without a URL. Try the deploy again.` });
    }
    // The alias moved here: no older deployment of this target is the alias any more.
    if (deployed.aliasUrl !== null) {
      for (const older of await storage.listDeployments({ ownerId, projectId })) {
        if (older.target === targetName && older.aliasUrl !== null) await storage.updateDeployment({ ownerId, deploymentId: older.id, aliasUrl: null });
      }
    }
    record = await storage.updateDeployment({
      ownerId,
      deploymentId: record.id,
      status: 'ready',
      providerDeploymentId: deployed.deploymentId,
      url: deployed.url,
      aliasUrl: deployed.aliasUrl,
      error: null,
    });
    emit({ type: 'deploy.ready', ...envelope(), url: deployed.url, aliasUrl: deployed.aliasUrl });
    return record;
  } catch (caught) {
    const error = BuildwrightError.isInstance(caught)
      ? caught
      : new BuildwrightError({ code: 'DEPLOY_FAILED', message: `The ${targetName} target failed: ${toBuildwrightError(caught).message}`, cause: caught });
    await storage.updateDeployment({ ownerId, deploymentId: record.id, status: 'failed', error: { code: error.code, message: error.message } }).catch(() => undefined);
    emit({ type: 'deploy.failed', ...envelope(), code: error.code, message: error.message });
    throw error;
  }
}

/** Stops a deployment (its URL answers 404 or stops) and stores it as `stopped`; the alias moves back to the newest ready one. Idempotent. */
export async function undeploy(context: BuilderContext, deploymentId: string, options: { ownerId?: string } = {}): Promise<DeploymentRecord> {
  const ownerId = options.ownerId ?? context.ownerId;
  const storage = context.options.storage;
  const record = await storage.getDeployment({ ownerId, deploymentId });
  if (!record) {
    throw new BuildwrightError({
      code: 'DEPLOYMENT_NOT_FOUND',
      message: `Deployment "${deploymentId}" does not exist for this owner. List the project's deployments for their ids.`,
      details: { deploymentId },
    });
  }
  const adapter = context.options.deploy?.[record.target];
  if (record.providerDeploymentId !== null) {
    if (!adapter) throw unknownTarget(context, record.target);
    await adapter.undeploy({ deploymentId: record.providerDeploymentId });
  }
  const stopped = await storage.updateDeployment({ ownerId, deploymentId, status: 'stopped', aliasUrl: null });
  // Where the adapter moved the alias: the record it now names gets the alias URL back.
  if (adapter && record.aliasUrl !== null) {
    for (const other of await storage.listDeployments({ ownerId, projectId: record.projectId })) {
      if (other.target !== record.target || other.status !== 'ready' || other.providerDeploymentId === null) continue;
      const now = await adapter.status({ deploymentId: other.providerDeploymentId });
      if (now?.aliasUrl) {
        await storage.updateDeployment({ ownerId, deploymentId: other.id, aliasUrl: now.aliasUrl });
        break;
      }
    }
  }
  return stopped;
}

/** The project's deployments, newest first. */
export async function listDeployments(context: BuilderContext, projectId: string, options: { ownerId?: string } = {}): Promise<DeploymentRecord[]> {
  const ownerId = options.ownerId ?? context.ownerId;
  await requireProject(context.options.storage, ownerId, projectId);
  return context.options.storage.listDeployments({ ownerId, projectId });
}

function pickTarget(context: BuilderContext, project: ProjectRecord, wanted: string | undefined): { name: string; adapter: DeployAdapter } {
  const targets = context.options.deploy ?? {};
  if (wanted !== undefined) {
    const adapter = targets[wanted];
    if (!adapter) throw unknownTarget(context, wanted);
    if (!adapter.kinds.includes(project.kind)) {
      throw new BuildwrightError({
        code: 'DEPLOY_UNSUPPORTED_KIND',
        message: `The "${wanted}" deploy target serves ${adapter.kinds.join(', ')} projects; this project is "${project.kind}". Pick another target.`,
        details: { target: wanted, kind: project.kind },
      });
    }
    return { name: wanted, adapter };
  }
  const found = Object.entries(targets).find(([, adapter]) => adapter.kinds.includes(project.kind));
  if (!found) {
    throw new BuildwrightError({
      code: 'DEPLOY_TARGET_UNKNOWN',
      message: `No deploy target of this builder serves "${project.kind}" projects. Add one: createBuilder({ deploy: { ${project.kind === 'api' ? 'node: nodeDeploy({ sandbox, dir })' : "static: staticDeploy({ dir: '.buildwright/deployments' })"} } }) from @buildwright/adapters/deploy.`,
      details: { kind: project.kind },
    });
  }
  return { name: found[0], adapter: found[1] };
}

function unknownTarget(context: BuilderContext, name: string): BuildwrightError {
  const names = Object.keys(context.options.deploy ?? {});
  return new BuildwrightError({
    code: 'DEPLOY_TARGET_UNKNOWN',
    message: names.length
      ? `There is no deploy target "${name}"; this builder has ${names.map((known) => `"${known}"`).join(', ')}.`
      : `There is no deploy target "${name}": this builder has none. Add one: createBuilder({ deploy: { static: staticDeploy({ dir: '.buildwright/deployments' }) } }) from @buildwright/adapters/deploy.`,
    details: { target: name },
  });
}

/**
 * What a DApp's deployed build is told about its contract (the newest deployed one): address and
 * chain as `VITE_BUILDWRIGHT_*` values. A contract on the local development chain is only reachable
 * from this machine: such a DApp deploys to the `static` target only, with a warning.
 */
async function contractFacts(context: BuilderContext, project: ProjectRecord, ownerId: string, adapter: DeployAdapter): Promise<{ env: Record<string, string>; warnings: string[] }> {
  if (project.kind !== 'dapp') return { env: {}, warnings: [] };
  const contract = (await context.options.storage.listContracts({ ownerId, projectId: project.id })).filter((candidate) => candidate.status !== 'failed').at(-1);
  if (!contract) return { env: {}, warnings: [`DApp ${project.name} has no deployed contract: the deployed app has no contract address.`] };
  const env = {
    VITE_BUILDWRIGHT_CONTRACT_ADDRESS: contract.address,
    VITE_BUILDWRIGHT_CHAIN_ID: String(contract.chainId),
    VITE_BUILDWRIGHT_NETWORK: contract.network,
  };
  if (contract.network !== 'local') return { env, warnings: [] };
  if (adapter.provider !== 'static') {
    throw new BuildwrightError({
      code: 'DEPLOY_LOCAL_CHAIN',
      message: `DApp ${project.name}'s contract ${contract.name} is on the local development chain (${contract.address}), which only this machine can reach: it is not published to the "${adapter.provider}" target. Deploy the contract to a public chain (viemChain) with an edit, or deploy to the static target.`,
      details: { address: contract.address, chainId: contract.chainId },
    });
  }
  return {
    env,
    warnings: [
      `DApp ${project.name} uses contract ${contract.name} at ${contract.address} on the local development chain (chain ${contract.chainId}): the deployed app works only where that chain is reachable (this machine).`,
    ],
  };
}
