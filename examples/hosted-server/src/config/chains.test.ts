import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { parseChains } from './chains.js';
import { chainsFromConfig } from '../runtime/chains-from-config.js';

const key = `0x${'ab'.repeat(32)}`;
const secrets = { JWT_SECRET: 'j'.repeat(32), APP_SECRET: 'a'.repeat(32) };

describe('chains configuration', () => {
  it('default: no CHAINS is the local chain, the default', () => {
    expect(parseChains({})).toEqual({ config: { chains: [{ name: 'local' }], defaultChain: { name: 'local' } }, problems: [] });
    expect(loadConfig(secrets).chains.defaultChain).toEqual({ name: 'local' });
  });

  it('lists local and testnets with their RPC; DEFAULT_CHAIN (or its old name WORKER_CHAIN) picks the default, with the deployer key', () => {
    const parsed = parseChains({ CHAINS: 'local, sepolia=https://rpc.example/v1?key=a=b', DEFAULT_CHAIN: 'sepolia', DEPLOYER_PRIVATE_KEY: key });
    expect(parsed.config).toEqual({
      chains: [{ name: 'local' }, { name: 'sepolia', rpcUrl: 'https://rpc.example/v1?key=a=b' }],
      defaultChain: { name: 'sepolia', rpcUrl: 'https://rpc.example/v1?key=a=b' },
      deployerPrivateKey: key,
    });
    expect(parseChains({ CHAINS: 'local,sepolia=https://rpc.example', WORKER_CHAIN: 'sepolia', DEPLOYER_PRIVATE_KEY: key }).config?.defaultChain.name).toBe('sepolia');
    expect(parseChains({ CHAINS: 'local,sepolia=https://rpc.example', DEFAULT_CHAIN: 'local', WORKER_CHAIN: 'sepolia', DEPLOYER_PRIVATE_KEY: key }).config?.defaultChain.name).toBe('local');
  });

  it('behavior: the builder gets every chain of CHAINS by name, and the default', () => {
    const parsed = parseChains({ CHAINS: 'local,sepolia=https://rpc.example', DEPLOYER_PRIVATE_KEY: key });
    const { chains, defaultChain } = chainsFromConfig(parsed.config!);
    expect(Object.fromEntries(Object.entries(chains).map(([name, chain]) => [name, chain.provider]))).toEqual({ local: 'local', sepolia: 'viem' });
    expect(defaultChain).toBe('local');
  });

  it('errors: unknown chain, missing RPC URL, duplicate, unknown DEFAULT_CHAIN, bad or missing key each say what to write', () => {
    expect(parseChains({ CHAINS: 'mainnet=https://x' }).problems).toEqual([
      expect.stringMatching(/^CHAINS: "mainnet=https:\/\/x" is not a chain: write local or <testnet>=<rpc url> with a testnet among sepolia, base-sepolia/),
    ]);
    expect(parseChains({ CHAINS: 'local,sepolia' }).problems).toEqual(["CHAINS: sepolia needs its JSON-RPC URL: sepolia=https://… (your provider's endpoint)."]);
    expect(parseChains({ CHAINS: 'local,local' }).problems).toEqual(['CHAINS: "local" is listed twice; list each chain once.']);
    expect(parseChains({ CHAINS: 'local', DEFAULT_CHAIN: 'sepolia' }).problems).toEqual(['DEFAULT_CHAIN: "sepolia" is not in CHAINS (local); name one of them.']);
    expect(parseChains({ CHAINS: 'local', WORKER_CHAIN: 'sepolia' }).problems).toEqual(['WORKER_CHAIN: "sepolia" is not in CHAINS (local); name one of them.']);
    // Every process serves every chain: a testnet anywhere in CHAINS needs the key, even when local is the default.
    expect(parseChains({ CHAINS: 'local,sepolia=https://rpc.example' }).problems).toEqual([
      'DEPLOYER_PRIVATE_KEY: required to deploy on sepolia; set a funded testnet key (or list only local in CHAINS).',
    ]);
    expect(parseChains({ DEPLOYER_PRIVATE_KEY: '0x12' }).problems).toEqual(['DEPLOYER_PRIVATE_KEY: must be a 0x-prefixed 32-byte hex private key (a testnet-only key).']);
    expect(() => loadConfig({ ...secrets, CHAINS: 'local,sepolia' })).toThrow(/configuration is incomplete:\n {2}CHAINS: sepolia needs its JSON-RPC URL/);
    expect(() => loadConfig({ CHAINS: 'goerli=https://x' })).toThrow(/JWT_SECRET: .*\n(.|\n)*CHAINS: "goerli=https:\/\/x" is not a chain/);
  });
});
