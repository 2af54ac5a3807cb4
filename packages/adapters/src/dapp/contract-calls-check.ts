import { BuildwrightError } from '@buildwright/core';
import type { Check, CheckIssue } from '@buildwright/core';
import { failed } from '../checks/check-report.js';
import { requireChain } from './compile-project.js';
import { sharedDappSession } from './dapp-session.js';
import type { DappSession } from './dapp-session.js';
import type { DappCheckContext } from './deploy-project.js';
import { describeValue } from './json-value.js';
import { lineOfFunction } from './project-paths.js';
import { runDeployments } from './run-deployments.js';

export interface ContractCallsCheckOptions {
  /** State shared with the other dapp checks (`dappChecks()` passes one). */
  session?: DappSession;
}

interface AbiFunction {
  type?: string;
  name?: string;
  stateMutability?: string;
  inputs?: unknown[];
}

/**
 * After deploy, calls every `view` and `pure` function that takes no arguments on each deployed
 * contract and fails with a report naming each call that reverted (with its reason and the line of
 * the function). Posts the values read as a notice. Skipped for a contract on another chain than
 * the run's.
 *
 * @example
 * import { contractCallsCheck } from '@buildwright/adapters/dapp';
 *
 * const check = contractCallsCheck();
 */
export function contractCallsCheck(options: ContractCallsCheckOptions = {}): Check {
  const session = options.session ?? sharedDappSession;
  return {
    name: 'contract-calls',
    kinds: ['dapp'],
    async run(context) {
      const chain = requireChain(context);
      const deployments = await runDeployments(context as DappCheckContext, session);
      if (!deployments) return { status: 'skipped', reason: 'no contract is deployed (see the contract-deploy check)' };
      const { chainId } = await chain.info();
      const reachable = deployments.filter((deployment) => deployment.chainId === chainId);
      if (reachable.length === 0)
        return { status: 'skipped', reason: `the contract is on chain ${deployments[0]!.chainId}, not on the builder's chain ${chainId}, so its functions cannot be called here` };
      const issues: CheckIssue[] = [];
      const values: string[] = [];
      let calls = 0;
      for (const deployment of reachable) {
        const functions = (deployment.abi as AbiFunction[]).filter(
          (item) => item.type === 'function' && (item.stateMutability === 'view' || item.stateMutability === 'pure') && (item.inputs?.length ?? 0) === 0 && item.name,
        );
        for (const item of functions) {
          calls += 1;
          try {
            const value = await chain.read({ address: deployment.address, abi: deployment.abi, functionName: item.name! });
            values.push(`${deployment.name}.${item.name}() = ${describeValue(value)}`);
          } catch (error) {
            if (!BuildwrightError.isInstance(error) || error.code !== 'CHAIN_REVERTED') throw error;
            const line = lineOfFunction(deployment.source ?? undefined, item.name!);
            issues.push({
              ...(deployment.file ? { file: deployment.file } : {}),
              ...(line === undefined ? {} : { line }),
              message: `${deployment.name}.${item.name}() reverts right after deploy: ${typeof error.details.reason === 'string' ? error.details.reason : error.message}`,
            });
          }
        }
      }
      if (values.length > 0) await context.emit({ type: 'notice.posted', level: 'info', message: `Contract calls after deploy: ${values.slice(0, 12).join(', ')}${values.length > 12 ? ', …' : ''}` });
      if (issues.length > 0) {
        return failed(`Contract calls failed: ${issues.length} of ${calls} view function${calls === 1 ? '' : 's'} revert right after deploy (a page reading them would break)`, issues);
      }
      if (calls === 0) return { status: 'skipped', reason: 'the contract has no view or pure function without arguments to call' };
      return { status: 'passed' };
    },
  };
}
