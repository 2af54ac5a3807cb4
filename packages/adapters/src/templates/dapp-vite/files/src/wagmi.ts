import { defineChain } from 'viem';
import { createConfig, http } from 'wagmi';
import { injected, mock } from 'wagmi/connectors';
import { chainId, network, rpcUrl } from './contracts/deployed';

/** The chain the contract is deployed on, reached over its JSON-RPC URL. */
export const chain = defineChain({
  id: chainId,
  name: network,
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: [rpcUrl] } },
});

/**
 * Set only in Buildwright's preview build (a sandbox-only .env.production.local): a funded dev
 * account of the local chain, connected through wagmi's mock connector so the preview can send
 * transactions without a wallet extension. A normal build has no such variable and uses the
 * browser wallet (injected connector).
 */
const previewAccount = import.meta.env.VITE_BUILDWRIGHT_PREVIEW_ACCOUNT as `0x${string}` | undefined;

export const config = createConfig({
  chains: [chain],
  connectors: previewAccount ? [mock({ accounts: [previewAccount], features: { defaultConnected: true, reconnect: true } })] : [injected()],
  transports: { [chain.id]: http(rpcUrl) },
});

declare module 'wagmi' {
  interface Register {
    config: typeof config;
  }
}
