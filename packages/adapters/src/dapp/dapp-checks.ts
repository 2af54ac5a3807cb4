import type { Check } from '@buildwright/core';
import { webChecks } from '../checks/web-checks.js';
import type { WebChecksOptions } from '../checks/web-checks.js';
import { contractCallsCheck } from './contract-calls-check.js';
import { contractCompileCheck } from './contract-compile-check.js';
import type { ContractCompileCheckOptions } from './contract-compile-check.js';
import { contractDeployCheck } from './contract-deploy-check.js';
import type { ContractDeployCheckOptions } from './contract-deploy-check.js';
import { contractLintCheck } from './contract-lint-check.js';
import type { ContractLintCheckOptions } from './contract-lint-check.js';
import { contractTestsCheck } from './contract-tests-check.js';
import type { ContractTestsCheckOptions } from './contract-tests-check.js';
import { dappBrowserCheck } from './dapp-browser-check.js';
import { withDeploymentRpcUrls } from './deployment-rpc-urls.js';
import type { DappBrowserCheckOptions } from './dapp-browser-check.js';
import { createDappSession } from './dapp-session.js';

/** Options of each dapp check; `false` leaves a check out. The shared session is made for you. */
export interface DappChecksOptions {
  compile?: Omit<ContractCompileCheckOptions, 'session'>;
  lint?: ContractLintCheckOptions | false;
  deploy?: Omit<ContractDeployCheckOptions, 'session'>;
  /** The web checks (imports, install, validate, build, browser) run between deploy and the contract checks. */
  web?: WebChecksOptions | false;
  calls?: false;
  tests?: Omit<ContractTestsCheckOptions, 'session'> | false;
  browser?: Omit<DappBrowserCheckOptions, 'session'> | false;
}

/**
 * Every check of a DApp run, in order: contract compile → contract lint → contract deploy → the
 * web checks (imports, install, validate, build-app, browser) → contract calls → contract tests →
 * DApp browser. The contract checks apply to `dapp` projects only and the web checks to `web` and
 * `dapp`, so one builder with these checks serves both kinds.
 *
 * @example
 * import { createBuilder } from '@buildwright/core';
 * import { dappChecks } from '@buildwright/adapters/dapp';
 * import { templates } from '@buildwright/adapters/templates';
 * import { localChain } from '@buildwright/adapters/viem';
 *
 * const builder = createBuilder({ llm, sandbox, storage, chain: localChain(), templates, checks: dappChecks() });
 * const run = builder.generate({ prompt: 'an NFT collection with a mint page', kind: 'dapp' });
 */
export function dappChecks(options: DappChecksOptions = {}): Check[] {
  const session = createDappSession();
  const checks: Check[] = [
    contractCompileCheck({ ...options.compile, session }),
    ...(options.lint === false ? [] : [contractLintCheck(options.lint)]),
    contractDeployCheck({ ...options.deploy, session }),
    ...(options.web === false ? [] : webChecks(withDeploymentRpcUrls(options.web ?? {}, session))),
    ...(options.calls === false ? [] : [contractCallsCheck({ session })]),
    ...(options.tests === false ? [] : [contractTestsCheck({ ...options.tests, session })]),
    ...(options.browser === false ? [] : [dappBrowserCheck({ ...options.browser, session })]),
  ];
  return checks;
}
