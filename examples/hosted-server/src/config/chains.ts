import { builtinTestnets } from '@buildwright/adapters/viem';

/** One chain the workers can deploy DApps to: the in-process EVM, or a testnet over JSON-RPC. */
export type ChainConfig = { name: 'local' } | { name: keyof typeof builtinTestnets; rpcUrl: string };

/** What `CHAINS`, `DEFAULT_CHAIN` and `DEPLOYER_PRIVATE_KEY` configure. */
export interface ChainsConfig {
  /** Every configured chain, in the order of `CHAINS`: the builders of the API and of every worker have them all. */
  chains: ChainConfig[];
  /** The chain of a DApp whose generation names none (`DEFAULT_CHAIN`, its old name `WORKER_CHAIN`; default the first of `CHAINS`). */
  defaultChain: ChainConfig;
  /** Key of the deployer on RPC chains (never needed for `local`). */
  deployerPrivateKey?: `0x${string}`;
}

const testnetNames = Object.keys(builtinTestnets) as Array<keyof typeof builtinTestnets>;
const isTestnet = (name: string): name is keyof typeof builtinTestnets => (testnetNames as string[]).includes(name);

/**
 * Parses `CHAINS` (`local,sepolia=https://…`: `local` or `<testnet>=<rpc url>`, comma separated),
 * `DEFAULT_CHAIN` (or its old name `WORKER_CHAIN`) and `DEPLOYER_PRIVATE_KEY`. Returns the problems (one line each, naming the
 * variable and what to write) instead of throwing, so the config loader reports them with the rest.
 *
 * @example
 * parseChains({ CHAINS: 'local,sepolia=https://rpc.sepolia.org', DEPLOYER_PRIVATE_KEY: '0x…' });
 */
export function parseChains(environment: { CHAINS?: string | undefined; DEFAULT_CHAIN?: string | undefined; WORKER_CHAIN?: string | undefined; DEPLOYER_PRIVATE_KEY?: string | undefined }): {
  config?: ChainsConfig;
  problems: string[];
} {
  const problems: string[] = [];
  const chains: ChainConfig[] = [];
  const entries = (environment.CHAINS ?? 'local').split(',').map((entry) => entry.trim());
  for (const entry of entries) {
    const [name = '', ...rest] = entry.split('=');
    const rpcUrl = rest.join('=').trim();
    if (chains.some((chain) => chain.name === name.trim())) {
      problems.push(`CHAINS: "${name.trim()}" is listed twice; list each chain once.`);
    } else if (name.trim() === 'local' && rpcUrl === '') {
      chains.push({ name: 'local' });
    } else if (!isTestnet(name.trim())) {
      problems.push(`CHAINS: "${entry}" is not a chain: write local or <testnet>=<rpc url> with a testnet among ${testnetNames.join(', ')}.`);
    } else if (!/^https?:\/\/\S+$/.test(rpcUrl)) {
      problems.push(`CHAINS: ${name.trim()} needs its JSON-RPC URL: ${name.trim()}=https://… (your provider's endpoint).`);
    } else {
      chains.push({ name: name.trim() as keyof typeof builtinTestnets, rpcUrl });
    }
  }
  const key = environment.DEPLOYER_PRIVATE_KEY?.trim();
  if (key !== undefined && key !== '' && !/^0x[0-9a-fA-F]{64}$/.test(key)) problems.push('DEPLOYER_PRIVATE_KEY: must be a 0x-prefixed 32-byte hex private key (a testnet-only key).');
  const variable = environment.DEFAULT_CHAIN?.trim() ? 'DEFAULT_CHAIN' : 'WORKER_CHAIN';
  const wanted = environment[variable]?.trim() || chains[0]?.name;
  const defaultChain = chains.find((chain) => chain.name === wanted);
  if (!defaultChain && wanted !== undefined) problems.push(`${variable}: "${wanted}" is not in CHAINS (${chains.map((chain) => chain.name).join(', ') || 'none'}); name one of them.`);
  // Every process serves every chain of CHAINS (a queued run may name any), so each testnet needs the key.
  const testnets = chains.filter((chain) => chain.name !== 'local').map((chain) => chain.name);
  if (testnets.length > 0 && !key) problems.push(`DEPLOYER_PRIVATE_KEY: required to deploy on ${testnets.join(', ')}; set a funded testnet key (or list only local in CHAINS).`);
  if (problems.length > 0 || !defaultChain) return { problems };
  return { config: { chains, defaultChain, ...(key ? { deployerPrivateKey: key as `0x${string}` } : {}) }, problems };
}
