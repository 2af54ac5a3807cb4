import { dappChecks } from '@buildwright/adapters/dapp';
import { localSandbox } from '@buildwright/adapters/local';
import { templates } from '@buildwright/adapters/templates';
import type { ServerConfig } from '../config/config.js';
import type { WorkerBuilderOverrides } from './start-worker.js';

/**
 * The workers' sandbox and checks from `WORKER_SANDBOX`: nothing to change for `memory` (the
 * builder options' memory sandbox); for `local`, the SDK's local sandbox under `SANDBOX_ROOT`,
 * `dappChecks()` (contract compile, lint, deploy on the configured chain, web checks, Chromium)
 * and the SDK's templates (`dapp-vite` for `kind: 'dapp'`), with a spare sandbox of each of
 * `WORKER_SPARE_TEMPLATES`.
 *
 * @example
 * createWorker({ ...(await builderOptions(services)), ...workerSandbox(services.config), queue });
 */
export function workerSandbox(config: Pick<ServerConfig, 'workerSandbox' | 'sandboxRoot' | 'spareTemplates'>): WorkerBuilderOverrides {
  if (config.workerSandbox === 'memory') return {};
  return {
    sandbox: localSandbox({ root: config.sandboxRoot }),
    checks: dappChecks(),
    templates,
    ...(config.spareTemplates.length > 0 ? { spareSandboxes: { templates: config.spareTemplates } } : {}),
  };
}
