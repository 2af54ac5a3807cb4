import { memorySandbox } from '@buildwright/adapters/memory';
import { pacedLlm, type BuilderOptions } from '@buildwright/core';
import { planQuotaHooks } from '../quotas/plan-quota-hooks.js';
import type { AppServices } from './app-services.js';
import { chainsFromConfig } from './chains-from-config.js';
import { modelFromConfig } from './model-from-config.js';

/**
 * The builder options the API and the workers share: the model, the sandbox, the shared storage
 * and event bus, and the plans' quota hooks (`beforeRun`, `ownerLimits`, the clock of usage days).
 *
 * The sandbox is the in-memory one: the scripted model's apps are plain files, checked by nothing
 * and previewed from storage. For real checks and live previews use `localSandbox` (with
 * `webChecks()`) or `e2bSandbox` here, in the workers. DApp runs (`kind: 'dapp'`) deploy to the
 * chain their generation names among `CHAINS` (default `DEFAULT_CHAIN`, else the first, else `local`):
 * they need a worker with a real sandbox and `dappChecks()` (see README "DApps and chains").
 *
 * @example
 * const builder = createBuilder({ ...(await builderOptions(services)), queue: services.shared.queue });
 */
export async function builderOptions(services: AppServices): Promise<BuilderOptions> {
  const { shared, db, planOf, config, clock } = services;
  return {
    llm: config.modelDelayMs > 0 ? pacedLlm(await modelFromConfig(config.llm), config.modelDelayMs) : await modelFromConfig(config.llm),
    sandbox: memorySandbox(),
    storage: shared.storage,
    ...chainsFromConfig(config.chains),
    eventBus: shared.eventBus,
    ...planQuotaHooks({ db, storage: shared.storage, planOf, plans: config.plans, clock }),
    onHookError: (error, context) => services.logger.error({ err: error, runId: context.runId, ownerId: context.ownerId }, `${context.hook} failed`),
  };
}
