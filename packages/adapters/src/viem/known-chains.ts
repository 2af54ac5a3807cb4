/** The testnets built into `viemChain`, by the name you pass as `chain`. */
export const builtinTestnets = {
  sepolia: { id: 11155111, viemExport: 'sepolia' },
  'base-sepolia': { id: 84532, viemExport: 'baseSepolia' },
  'polygon-amoy': { id: 80002, viemExport: 'polygonAmoy' },
  'avalanche-fuji': { id: 43113, viemExport: 'avalancheFuji' },
  'arbitrum-sepolia': { id: 421614, viemExport: 'arbitrumSepolia' },
  'op-sepolia': { id: 11155420, viemExport: 'optimismSepolia' },
} as const;

export type BuiltinTestnet = keyof typeof builtinTestnets;

/** Chain ids that are never a mainnet: the built-in testnets and the usual local dev chains. */
export const knownTestnetIds: ReadonlySet<number> = new Set([...Object.values(builtinTestnets).map((chain) => chain.id), 31337, 1337]);

/**
 * Etherscan's multichain API (V2): one endpoint and one key for every chain above, picked by
 * `chainid`. Blockscout and other Etherscan-compatible explorers take `explorer.apiUrl`.
 */
export const etherscanV2ApiUrl = 'https://api.etherscan.io/v2/api';

export function isBuiltinTestnet(name: string): name is BuiltinTestnet {
  return Object.hasOwn(builtinTestnets, name);
}
