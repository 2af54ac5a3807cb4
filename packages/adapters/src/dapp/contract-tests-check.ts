import type { Check } from '@buildwright/core';
import { vitestCheckResult } from '../checks/vitest-report.js';
import { requireChain } from './compile-project.js';
import { sharedDappSession } from './dapp-session.js';
import type { DappSession } from './dapp-session.js';
import type { DappCheckContext } from './deploy-project.js';
import { dappPaths } from './project-paths.js';
import { runDeployments } from './run-deployments.js';

export interface ContractTestsCheckOptions {
  /** Timeout of the test run. Default 120 s. */
  timeoutMs?: number;
  /** State shared with the other dapp checks (`dappChecks()` passes one). */
  session?: DappSession;
}

const testFilePattern = /^test\/(?:.+\/)?[^/]+\.test\.[cm]?[jt]sx?$/;
const reportPath = 'node_modules/.buildwright/contract-tests.json';

/**
 * Runs the contract tests the model wrote (`test/**\/*.test.ts`) with the project's vitest in the
 * sandbox, against the run's chain: tests import `address`, `abi`, `bytecode`, `deployArgs` and
 * `rpcUrl` from `src/contracts/deployed.ts` (the same values are in `BUILDWRIGHT_RPC_URL`,
 * `BUILDWRIGHT_CHAIN_ID` and `BUILDWRIGHT_CONTRACT_ADDRESS`) and talk to the chain with viem. The
 * command runs with network access, since the chain's endpoint is on this machine. Failing tests
 * go to the fix step with the test name, message and line. Skipped, with the reason, when there
 * are no tests or vitest is not installed.
 *
 * @example
 * import { contractTestsCheck } from '@buildwright/adapters/dapp';
 *
 * const check = contractTestsCheck({ timeoutMs: 60_000 });
 */
export function contractTestsCheck(options: ContractTestsCheckOptions = {}): Check {
  const session = options.session ?? sharedDappSession;
  return {
    name: 'contract-tests',
    kinds: ['dapp'],
    async run(context) {
      const tests = Object.keys(context.files).filter((path) => testFilePattern.test(path));
      if (tests.length === 0) return { status: 'skipped', reason: `the project has no contract tests (${dappPaths.testsDirectory}*.test.ts)` };
      if ((await context.sandbox.readFile('node_modules/.bin/vitest')) === undefined) {
        return { status: 'skipped', reason: 'vitest is not installed in the project (add "vitest" to devDependencies to run test/*.test.ts)' };
      }
      const chain = requireChain(context);
      const deployments = await runDeployments(context as DappCheckContext, session);
      if (!deployments) return { status: 'skipped', reason: 'no contract is deployed (see the contract-deploy check)' };
      const info = await chain.info();
      const primary = deployments[0]!;
      if (primary.chainId !== info.chainId) return { status: 'skipped', reason: `the contract is on chain ${primary.chainId}, not on the builder's chain ${info.chainId}` };
      await context.sandbox.removeFile(reportPath);
      const result = await context.run(`node_modules/.bin/vitest run --dir test --reporter=json --outputFile=${reportPath}`, {
        timeoutMs: options.timeoutMs ?? 120_000,
        // Model-written tests: no network but the chain's RPC, forwarded into the sandbox.
        reach: [info.rpcUrl],
        env: { BUILDWRIGHT_RPC_URL: info.rpcUrl, BUILDWRIGHT_CHAIN_ID: String(info.chainId), BUILDWRIGHT_CONTRACT_ADDRESS: primary.address },
      });
      return vitestCheckResult(context, result, reportPath, 'Contract tests');
    },
  };
}
