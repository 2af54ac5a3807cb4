import { builtinTestnets } from '@buildwright/adapters/viem';

/** One chain the workers can deploy DApps to: the in-process EVM, or a testnet over JSON-RPC. */
export type ChainConfig = { name: 'local' } | { name: keyof typeof builtinTestnets; rpcUrl: string };

/** What `CHAINS`, `WORKER_CHAIN` and `DEPLOYER_PRIVATE_KEY` configure. */
export interface ChainsConfig {
  /** Every configured chain, in the order of `CHAINS`. */
  chains: ChainConfig[];
  /** The chain this process's builder deploys to (`WORKER_CHAIN`, default the first of `CHAINS`). */
  active: ChainConfig;
  /** Key of the deployer on RPC chains (never needed for `local`). */
  deployerPrivateKey?: `0x${string}`;
}

const testnetNames = Object.keys(builtinTestnets) as Array<keyof typeof builtinTestnets>;
const isTestnet = (name: string): name is keyof typeof builtinTestnets => (testnetNames as string[]).includes(name);

/**
 * Parses `CHAINS` (`local,sepolia=https://…`: `local` or `<testnet>=<rpc url>`, comma separated),
 * `WORKER_CHAIN` and `DEPLOYER_PRIVATE_KEY`. Returns the problems (one line each, naming the
 * variable and what to write) instead of throwing, so the config loader reports them with the rest.
 *
 * @example
 * parseChains({ CHAINS: 'local,sepolia=https://rpc.sepolia.org', DEPLOYER_PRIVATE_KEY: '0x…' });
 */
export function parseChains(environment: { CHAINS?: string | undefined; WORKER_CHAIN?: string | undefined; DEPLOYER_PRIVATE_KEY?: string | undefined }): { config?: ChainsConfig; problems: string[] } {
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
  const wanted = environment.WORKER_CHAIN?.trim() || chains[0]?.name;
  const active = chains.find((chain) => chain.name === wanted);
  if (!active && wanted !== undefined) problems.push(`WORKER_CHAIN: "${wanted}" is not in CHAINS (${chains.map((chain) => chain.name).join(', ') || 'none'}); name one of them.`);
  if (active && active.name !== 'local' && !key) problems.push(`DEPLOYER_PRIVATE_KEY: required to deploy on ${active.name}; set a funded testnet key (or WORKER_CHAIN=local).`);
  if (problems.length > 0 || !active) return { problems };
  return { config: { chains, active, ...(key ? { deployerPrivateKey: key as `0x${string}` } : {}) }, problems };
}
