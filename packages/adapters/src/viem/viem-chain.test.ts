import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generatePrivateKey } from 'viem/accounts';
import { base, mainnet } from 'viem/chains';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledContract } from '@buildwright/core';
import { runChainSpec } from '@buildwright/core/testing';
import { sampleContracts } from './sample-contracts.test-support.js';
import { localChain } from './local-chain.js';
import type { LocalChain } from './local-chain.js';
import { viemChain } from './viem-chain.js';

const tokenSample = sampleContracts().find((sample) => sample.contractName === 'Token')!;

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

// The "remote" network is a second local chain reached only through its HTTP endpoint.
let remote: LocalChain;
let rpcUrl: string;
let deployerKey: `0x${string}`;
let token: CompiledContract;
const remoteChain = { id: 31337, name: 'Remote test chain' };

beforeAll(async () => {
  remote = localChain();
  const info = await remote.info();
  rpcUrl = info.rpcUrl;
  deployerKey = info.devAccounts[4]!.privateKey;
  const compiled = await remote.compile({ sources: { [tokenSample.path]: tokenSample.source } });
  token = compiled.contracts[0]!;
});

afterAll(async () => {
  await remote.close();
});

// Compile, deploy, read, write, reverts, concurrent writes, aborts: the chain port's suite, over HTTP.
runChainSpec(() => viemChain({ rpcUrl, chain: remoteChain, privateKey: deployerKey, pollingIntervalMs: 50 }), { name: 'viemChain over a local chain' });

describe('viemChain', () => {
  it('default: reports the configured network, and the remote node holds the state it wrote', async () => {
    const chain = viemChain({ rpcUrl, chain: remoteChain, privateKey: deployerKey, pollingIntervalMs: 50 });
    const info = await chain.info();
    expect(info).toMatchObject({ chainId: 31337, network: 'Remote test chain', rpcUrl, explorerUrl: null, devAccounts: [] });
    const deployed = await chain.deploy({ contract: token, args: tokenSample.constructorArgs });
    expect(deployed).toMatchObject({ chainId: 31337, network: 'Remote test chain', explorerUrl: null });
    expect(deployed.gasUsed).toBeGreaterThan(100_000n);
    expect(deployed.blockNumber).toBeGreaterThan(0n);
    expect(await chain.read({ address: deployed.address, abi: token.abi, functionName: 'name' })).toBe('Buildwright Token');
    const recipient = (await remote.info()).devAccounts[5]!.address;
    const written = await chain.write({ address: deployed.address, abi: token.abi, functionName: 'transfer', args: [recipient, 42n] });
    expect(written.status).toBe('success');
    expect(written.gasUsed).toBeGreaterThan(21_000n);
    // Seen from the other side: the remote node holds the state the adapter wrote.
    expect(await remote.read({ address: deployed.address, abi: token.abi, functionName: 'balanceOf', args: [recipient] })).toBe(42n);
    await chain.close();
  });

  it('args: confirmations waits for later blocks before the deploy returns', async () => {
    const chain = viemChain({ rpcUrl, chain: remoteChain, privateKey: deployerKey, pollingIntervalMs: 50, confirmations: 2, receiptTimeoutMs: 20_000 });
    const { rpcUrl: url, devAccounts } = await remote.info();
    // Automine makes one block per transaction: a second transaction supplies the second confirmation.
    const mineOneMore = setTimeout(() => {
      void fetch(url, {
        method: 'POST',
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_sendTransaction', params: [{ from: devAccounts[8]!.address, to: devAccounts[9]!.address, value: '0x1' }] }),
      });
    }, 300);
    const deployed = await chain.deploy({ contract: token, args: tokenSample.constructorArgs });
    clearTimeout(mineOneMore);
    const head = await (await remote.clients()).publicClient.getBlockNumber();
    expect(head).toBeGreaterThanOrEqual(deployed.blockNumber + 1n);
  });

  it('error: an account with no funds gets CHAIN_INSUFFICIENT_FUNDS', async () => {
    const chain = viemChain({ rpcUrl, chain: remoteChain, privateKey: generatePrivateKey(), pollingIntervalMs: 50 });
    const failure = chain.deploy({ contract: token, args: tokenSample.constructorArgs });
    await expect(failure).rejects.toMatchObject({ code: 'CHAIN_INSUFFICIENT_FUNDS' });
    await expect(failure).rejects.toThrow(/cannot pay for gas/);
  });

  it('error: a mainnet is refused without allowMainnet', () => {
    expect(() => viemChain({ rpcUrl, chain: mainnet, privateKey: deployerKey })).toThrow(expect.objectContaining({ code: 'CHAIN_MAINNET_REFUSED' }));
    expect(() => viemChain({ rpcUrl, chain: base, privateKey: deployerKey })).toThrow(/allowMainnet: true/);
    expect(() => viemChain({ rpcUrl, chain: { id: 56 }, privateKey: deployerKey })).toThrow(expect.objectContaining({ code: 'CHAIN_MAINNET_REFUSED' }));
    expect(viemChain({ rpcUrl, chain: mainnet, privateKey: deployerKey, allowMainnet: true }).provider).toBe('viem');
    expect(viemChain({ rpcUrl, chain: { id: 56_000, testnet: true }, privateKey: deployerKey }).provider).toBe('viem');
  });

  it('error: an RPC that is down is CHAIN_UNAVAILABLE and retryable', async () => {
    const chain = viemChain({ rpcUrl: `http://127.0.0.1:${await closedPort()}`, chain: remoteChain, privateKey: deployerKey });
    await expect(chain.deploy({ contract: token, args: tokenSample.constructorArgs })).rejects.toMatchObject({ code: 'CHAIN_UNAVAILABLE', retryable: true });
  });

  it('error: an RPC that serves another chain id is refused', async () => {
    const chain = viemChain({ rpcUrl, chain: 'sepolia', privateKey: deployerKey });
    await expect(chain.info()).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('serves chain id 31337') });
  });

  it('behavior: a built-in testnet reports its explorer URLs', async () => {
    // A local node with Sepolia's chain id stands in for Sepolia.
    const fakeSepolia = localChain({ chainId: 11155111 });
    try {
      const chain = viemChain({ rpcUrl: (await fakeSepolia.info()).rpcUrl, chain: 'sepolia', privateKey: deployerKey, pollingIntervalMs: 50 });
      expect(await chain.info()).toMatchObject({ chainId: 11155111, network: 'Sepolia', explorerUrl: 'https://sepolia.etherscan.io' });
      const deployed = await chain.deploy({ contract: token, args: tokenSample.constructorArgs });
      expect(deployed.explorerUrl).toBe(`https://sepolia.etherscan.io/address/${deployed.address}`);
    } finally {
      await fakeSepolia.close();
    }
  });

  it('error: bad options are INVALID_INPUT at creation, a missing key on first use names the variable', async () => {
    expect(() => viemChain({ rpcUrl: 'localhost:8545', chain: remoteChain })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => viemChain({ rpcUrl, chain: 'goerli' as 'sepolia' })).toThrow(/Unknown chain "goerli"/);
    const saved = process.env.BUILDWRIGHT_DEPLOYER_PRIVATE_KEY;
    delete process.env.BUILDWRIGHT_DEPLOYER_PRIVATE_KEY;
    try {
      await expect(viemChain({ rpcUrl, chain: remoteChain }).info()).rejects.toThrow(/BUILDWRIGHT_DEPLOYER_PRIVATE_KEY/);
    } finally {
      if (saved !== undefined) process.env.BUILDWRIGHT_DEPLOYER_PRIVATE_KEY = saved;
    }
  });
});
