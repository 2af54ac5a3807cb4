import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledContract } from '@buildwright/core';
import { runChainSpec } from '@buildwright/core/testing';
import { sampleContracts } from './sample-contracts.test-support.js';
import { localChain } from './local-chain.js';
import type { LocalChain } from './local-chain.js';

const tokenSample = sampleContracts().find((sample) => sample.contractName === 'Token')!;

async function rpc(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { response, json: (await response.json()) as Record<string, unknown> & Record<string, unknown>[] };
}

// Compile, deploy, read, write, reverts, concurrent writes, aborts: the chain port's suite.
runChainSpec(() => localChain(), { name: 'localChain' });

describe('localChain', () => {
  let chain: LocalChain;
  let token: CompiledContract;

  beforeAll(async () => {
    chain = localChain();
    const compiled = await chain.compile({ sources: { [tokenSample.path]: tokenSample.source } });
    token = compiled.contracts.find((contract) => contract.name === 'Token')!;
  });

  afterAll(async () => {
    await chain.close();
  });

  it('default: info gives a 127.0.0.1 endpoint, chain id 31337 and ten funded dev accounts', async () => {
    const info = await chain.info();
    expect(info.rpcUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(info.chainId).toBe(31337);
    expect(info.network).toBe('local');
    expect(info.explorerUrl).toBeNull();
    expect(info.devAccounts).toHaveLength(10);
    expect(info.devAccounts[0]?.address).toBe('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266');
    const { json } = await rpc(info.rpcUrl, { jsonrpc: '2.0', id: 1, method: 'eth_getBalance', params: [info.devAccounts[9]!.address, 'latest'] });
    expect(BigInt(json.result as string)).toBe(10_000n * 10n ** 18n);
  });

  it('error: eth_call of a reverting function is a JSON-RPC error carrying the revert data (as Hardhat and geth answer), so viem and wagmi decode the reason', async () => {
    const info = await chain.info();
    const deployed = await chain.deploy({ contract: token, args: ['Token', 'TKN', 10n] });
    const { publicClient } = await chain.clients();
    const { encodeFunctionData } = await import('viem');
    const data = encodeFunctionData({ abi: token.abi, functionName: 'transfer', args: [info.devAccounts[0]!.address, 6n] });
    const { json } = await rpc(info.rpcUrl, { jsonrpc: '2.0', id: 1, method: 'eth_call', params: [{ to: deployed.address, from: info.devAccounts[1]!.address, data }, 'latest'] });
    expect(json.result).toBeUndefined();
    expect(json.error).toMatchObject({ message: expect.stringContaining('Token: balance too low') });
    await expect(
      publicClient.simulateContract({ address: deployed.address, abi: token.abi, functionName: 'transfer', args: [info.devAccounts[0]!.address, 6n], account: info.devAccounts[1]!.address }),
    ).rejects.toThrow(/Token: balance too low/);
  });

  it('behavior: an aborted deploy sends nothing (no block is mined)', async () => {
    const { publicClient } = await chain.clients();
    const before = await publicClient.getBlockNumber();
    const controller = new AbortController();
    controller.abort();
    await expect(chain.deploy({ contract: token, args: tokenSample.constructorArgs, signal: controller.signal })).rejects.toMatchObject({ code: 'RUN_CANCELLED' });
    expect(await publicClient.getBlockNumber()).toBe(before);
  });

  it('behavior: a browser-style fetch gets eth_chainId with CORS headers, preflight included', async () => {
    const { rpcUrl } = await chain.info();
    const preflight = await fetch(rpcUrl, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('content-type');
    const { response, json } = await rpc(rpcUrl, { jsonrpc: '2.0', id: 7, method: 'eth_chainId', params: [] }, { origin: 'http://localhost:5173' });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(json).toEqual({ jsonrpc: '2.0', id: 7, result: '0x7a69' });
  });

  it('behavior: a dev account sends a transaction by eth_sendTransaction, as a preview wallet does', async () => {
    const { rpcUrl, devAccounts } = await chain.info();
    const [from, to] = [devAccounts[2]!.address, devAccounts[3]!.address];
    const sent = await rpc(rpcUrl, { jsonrpc: '2.0', id: 1, method: 'eth_sendTransaction', params: [{ from, to, value: '0x1' }] });
    expect(sent.json.result).toMatch(/^0x[0-9a-f]{64}$/);
    const receipt = await rpc(rpcUrl, { jsonrpc: '2.0', id: 2, method: 'eth_getTransactionReceipt', params: [sent.json.result] });
    expect((receipt.json.result as { status: string }).status).toBe('0x1');
  });

  it('behavior: a batch is answered in order, and bad requests get JSON-RPC errors', async () => {
    const { rpcUrl } = await chain.info();
    const { json } = await rpc(rpcUrl, [
      { jsonrpc: '2.0', id: 'a', method: 'net_version', params: [] },
      { jsonrpc: '2.0', id: 'b', method: 'eth_noSuchMethod', params: [] },
      { jsonrpc: '2.0', id: 'c' },
    ]);
    expect(json.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(json[0]?.result).toBe('31337');
    expect(json[1]?.error).toMatchObject({ code: -32004 });
    expect(json[2]?.error).toMatchObject({ code: -32600 });
    const parse = await fetch(rpcUrl, { method: 'POST', body: '{not json' });
    expect(((await parse.json()) as { error: { code: number } }).error.code).toBe(-32700);
  });

  it('behavior: clients() hands out viem clients on the same chain', async () => {
    const { publicClient, walletClient } = await chain.clients();
    expect(await publicClient.getChainId()).toBe(31337);
    expect(walletClient.account.address).toBe((await chain.info()).devAccounts[0]!.address);
  });

  it('args: chainId, accounts and balance are configurable', async () => {
    const custom = localChain({ chainId: 1337, accounts: 2, balance: 5n, hardfork: 'prague' });
    try {
      const info = await custom.info();
      expect(info.chainId).toBe(1337);
      expect(info.devAccounts).toHaveLength(2);
      const { json } = await rpc(info.rpcUrl, { jsonrpc: '2.0', id: 1, method: 'eth_getBalance', params: [info.devAccounts[1]!.address, 'latest'] });
      expect(BigInt(json.result as string)).toBe(5n);
    } finally {
      await custom.close();
    }
  });

  it('error: a closed chain refuses calls with CHAIN_UNAVAILABLE and its port is free', async () => {
    const short = localChain();
    const { rpcUrl } = await short.info();
    await short.close();
    await expect(short.info()).rejects.toMatchObject({ code: 'CHAIN_UNAVAILABLE' });
    await expect(fetch(rpcUrl, { method: 'POST', body: '{}' })).rejects.toThrow();
  });

  it('error: bad accounts option is INVALID_INPUT on first use', async () => {
    const bad = localChain({ accounts: 0 });
    await expect(bad.info()).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await bad.close();
  });
});
