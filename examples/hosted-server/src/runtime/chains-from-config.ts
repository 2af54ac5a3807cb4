import { localChain, viemChain } from '@buildwright/adapters/viem';
import type { ChainAdapter } from '@buildwright/core';
import type { ChainConfig, ChainsConfig } from '../config/chains.js';

/**
 * The builder's chains, by their `CHAINS` name, and the default one: `local` is `localChain()` (an
 * EVM in this process, chain id 31337, funded dev accounts, nothing started before the first DApp
 * run), a testnet is `viemChain` on its RPC with the deployer key. Nothing connects until a run uses
 * a chain, so the API's builder holds them all too: it refuses a chain not among them
 * (`CHAIN_NOT_CONFIGURED`, 400) before a run is stored.
 *
 * @example
 * const builderChains = chainsFromConfig(config.chains); // builder options: { chains, defaultChain, ... }
 */
export function chainsFromConfig(config: ChainsConfig): { chains: Record<string, ChainAdapter>; defaultChain: string } {
  const chains = Object.fromEntries(config.chains.map((chain) => [chain.name, chainAdapter(chain, config.deployerPrivateKey)]));
  return { chains, defaultChain: config.defaultChain.name };
}

function chainAdapter(chain: ChainConfig, privateKey: `0x${string}` | undefined): ChainAdapter {
  if (chain.name === 'local') return localChain();
  return viemChain({ chain: chain.name, rpcUrl: chain.rpcUrl, ...(privateKey ? { privateKey } : {}) });
}
