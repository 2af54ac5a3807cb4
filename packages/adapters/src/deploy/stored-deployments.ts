import type { DeployAdapter, Deployment } from '@buildwright/core';
import { isLabel } from './deploy-names.js';
import type { DeployDirectory, StoredDeployment } from './deploy-directory.js';

/** What {@link storedDeployments} returns: the port's `status` and `list`, and `view` for a record at hand. */
export interface StoredDeployments extends Pick<DeployAdapter, 'status' | 'list'> {
  /** A stored record as the port's `Deployment`: `aliasUrl` set while it is ready and its project's alias points at it. */
  view(record: StoredDeployment): Promise<Deployment>;
}

/**
 * The read side the deploy adapters share over their {@link DeployDirectory}; `urlOf` makes the URL
 * of a label (a deployment id or an alias), which differs per adapter.
 */
export function storedDeployments(directory: DeployDirectory, urlOf: (label: string) => string): StoredDeployments {
  const view = async (record: StoredDeployment): Promise<Deployment> => {
    const aliased = record.status === 'ready' && (await directory.readAlias(record.alias)) === record.deploymentId;
    const { alias: _alias, order: _order, env: _env, ...deployment } = record;
    return { ...deployment, aliasUrl: aliased ? urlOf(record.alias) : null };
  };
  return {
    view,
    async status({ deploymentId }) {
      if (!isLabel(deploymentId)) return undefined;
      const record = await directory.readRecord(deploymentId);
      return record && view(record);
    },
    async list({ projectId }) {
      return Promise.all((await directory.listRecords(projectId)).map(view));
    },
  };
}
