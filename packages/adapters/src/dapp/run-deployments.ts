import type { DappSession, Deployment } from './dapp-session.js';
import { deployProject } from './deploy-project.js';
import type { DappCheckContext } from './deploy-project.js';

/**
 * The run's deployments: from the session when the deploy check ran in this process, otherwise
 * by running the deploy step again (it reuses nothing then, so a resumed run redeploys once).
 * `undefined` when the project has nothing deployed (the deploy check reported why).
 */
export async function runDeployments(context: DappCheckContext, session: DappSession): Promise<Deployment[] | undefined> {
  const known = session.deployments(context.runId);
  if (known) return known;
  const outcome = await deployProject(context, session);
  return outcome.status === 'deployed' ? outcome.deployments : undefined;
}
