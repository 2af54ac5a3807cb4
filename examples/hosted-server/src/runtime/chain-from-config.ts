import { localChain, viemChain } from '@buildwright/adapters/viem';
import type { ChainAdapter } from '@buildwright/core';
import type { ChainsConfig } from '../config/chains.js';

/**
 * The builder's chain: `localChain()` (an EVM in this process, chain id 31337, funded dev accounts,
 * nothing started before the first DApp run) or `viemChain` on the configured testnet's RPC with
 * the deployer key.
 *
 * @example
 * const chain = chainFromConfig(config.chains); // builder options: { chain, ... }
 */
export function chainFromConfig(config: ChainsConfig): ChainAdapter {
  const { active } = config;
  if (active.name === 'local') return localChain();
  return viemChain({ chain: active.name, rpcUrl: active.rpcUrl, ...(config.deployerPrivateKey ? { privateKey: config.deployerPrivateKey } : {}) });
}
