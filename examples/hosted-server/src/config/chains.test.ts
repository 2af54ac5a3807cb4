import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { parseChains } from './chains.js';

const key = `0x${'ab'.repeat(32)}`;
const secrets = { JWT_SECRET: 'j'.repeat(32), APP_SECRET: 'a'.repeat(32) };

describe('chains configuration', () => {
  it('default: no CHAINS is the local chain, active', () => {
    expect(parseChains({})).toEqual({ config: { chains: [{ name: 'local' }], active: { name: 'local' } }, problems: [] });
    expect(loadConfig(secrets).chains.active).toEqual({ name: 'local' });
  });

  it('lists local and testnets with their RPC; WORKER_CHAIN picks one, with the deployer key', () => {
    const parsed = parseChains({ CHAINS: 'local, sepolia=https://rpc.example/v1?key=a=b', WORKER_CHAIN: 'sepolia', DEPLOYER_PRIVATE_KEY: key });
    expect(parsed.config).toEqual({
      chains: [{ name: 'local' }, { name: 'sepolia', rpcUrl: 'https://rpc.example/v1?key=a=b' }],
      active: { name: 'sepolia', rpcUrl: 'https://rpc.example/v1?key=a=b' },
      deployerPrivateKey: key,
    });
  });

  it('errors: unknown chain, missing RPC URL, duplicate, unknown WORKER_CHAIN, bad or missing key each say what to write', () => {
    expect(parseChains({ CHAINS: 'mainnet=https://x' }).problems).toEqual([
      expect.stringMatching(/^CHAINS: "mainnet=https:\/\/x" is not a chain: write local or <testnet>=<rpc url> with a testnet among sepolia, base-sepolia/),
    ]);
    expect(parseChains({ CHAINS: 'local,sepolia' }).problems).toEqual(["CHAINS: sepolia needs its JSON-RPC URL: sepolia=https://… (your provider's endpoint)."]);
    expect(parseChains({ CHAINS: 'local,local' }).problems).toEqual(['CHAINS: "local" is listed twice; list each chain once.']);
    expect(parseChains({ CHAINS: 'local', WORKER_CHAIN: 'sepolia' }).problems).toEqual(['WORKER_CHAIN: "sepolia" is not in CHAINS (local); name one of them.']);
    expect(parseChains({ CHAINS: 'sepolia=https://rpc.example' }).problems).toEqual(['DEPLOYER_PRIVATE_KEY: required to deploy on sepolia; set a funded testnet key (or WORKER_CHAIN=local).']);
    expect(parseChains({ DEPLOYER_PRIVATE_KEY: '0x12' }).problems).toEqual(['DEPLOYER_PRIVATE_KEY: must be a 0x-prefixed 32-byte hex private key (a testnet-only key).']);
    expect(() => loadConfig({ ...secrets, CHAINS: 'local,sepolia' })).toThrow(/configuration is incomplete:\n {2}CHAINS: sepolia needs its JSON-RPC URL/);
    expect(() => loadConfig({ CHAINS: 'goerli=https://x' })).toThrow(/JWT_SECRET: .*\n(.|\n)*CHAINS: "goerli=https:\/\/x" is not a chain/);
  });
});
