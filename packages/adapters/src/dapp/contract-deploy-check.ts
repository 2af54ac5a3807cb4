import type { Check } from '@buildwright/core';
import { sharedDappSession } from './dapp-session.js';
import type { DappSession } from './dapp-session.js';
import { deployProject } from './deploy-project.js';
import type { DappCheckContext } from './deploy-project.js';

export interface ContractDeployCheckOptions {
  /**
   * Write the sandbox-only `.env.production.local` that turns on the preview's dev connector (a
   * funded dev account of a local chain). Default true. It is never part of a version or export.
   */
  previewConnector?: boolean;
  /** State shared with the other dapp checks (`dappChecks()` passes one). */
  session?: DappSession;
}

/**
 * Deploys the contract named in `contracts/deploy.json` (`{ "contract": "Token", "args": [...] }`;
 * without it, the only compiled contract when its constructor takes no arguments) on the run's
 * chain, unless this run (or an earlier run of the project, e.g. before an edit, whose contract is
 * still on chain) already deployed the same bytecode with the same arguments. Stores the
 * contract record (address, chain id, network, ABI, source, tx hash, explorer URL, status), emits
 * `contract.deployed`, and writes the typed module `src/contracts/deployed.ts` (address, `abi as
 * const`, chainId, rpcUrl) that the frontend imports. A reverting constructor or arguments that do
 * not fit go to the fix step; an unreachable or unfunded chain ends the run with its chain error.
 * For a frontend-for-contract project (`contracts/existing.json`) it writes the module for that
 * contract and deploys nothing.
 *
 * @example
 * import { contractDeployCheck } from '@buildwright/adapters/dapp';
 *
 * const check = contractDeployCheck({ previewConnector: false });
 */
export function contractDeployCheck(options: ContractDeployCheckOptions = {}): Check {
  const session = options.session ?? sharedDappSession;
  return {
    name: 'contract-deploy',
    kinds: ['dapp'],
    async run(context) {
      const outcome = await deployProject(context as DappCheckContext, session, options.previewConnector === undefined ? {} : { previewConnector: options.previewConnector });
      if (outcome.status === 'failed') return outcome.result;
      if (outcome.status === 'skipped') return { status: 'skipped', reason: outcome.reason };
      return { status: 'passed' };
    },
  };
}
