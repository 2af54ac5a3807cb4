import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/core';
import { toChainError } from './chain-errors.js';
import { sampleContracts } from './sample-contracts.test-support.js';
import { localChain } from './local-chain.js';
import type { LocalChain } from './local-chain.js';

// The errors mapped here come from a real node (EDR behind HTTP) through viem, not hand-made objects.
describe('toChainError', () => {
  let chain: LocalChain;

  beforeAll(() => {
    chain = localChain({ accounts: 3 });
  });

  afterAll(async () => {
    await chain.close();
  });

  it('error: a reused nonce is CHAIN_NONCE and retryable', async () => {
    const { walletClient } = await chain.clients();
    const { devAccounts, rpcUrl } = await chain.info();
    await walletClient.sendTransaction({ to: devAccounts[1]!.address, value: 1n });
    const failure = await walletClient.sendTransaction({ to: devAccounts[1]!.address, value: 1n, nonce: 0 }).catch((error: unknown) => error);
    const mapped = toChainError(failure, { operation: 'write', rpcUrl, account: devAccounts[0]!.address });
    expect(mapped.code).toBe('CHAIN_NONCE');
    expect(mapped.retryable).toBe(true);
    expect(mapped.cause).toBe(failure);
  });

  it('error: arguments that do not fit the ABI are INVALID_INPUT', async () => {
    const sample = sampleContracts().find((item) => item.contractName === 'Token')!;
    const token = (await chain.compile({ sources: { [sample.path]: sample.source } })).contracts[0]!;
    const { address } = await chain.deploy({ contract: token, args: sample.constructorArgs });
    await expect(chain.read({ address, abi: token.abi, functionName: 'balanceOf', args: [] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(chain.read({ address, abi: token.abi, functionName: 'noSuchFunction' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(chain.read({ address: '0x1234', abi: token.abi, functionName: 'name' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('behavior: a BuildwrightError passes through unchanged', () => {
    const original = new BuildwrightError({ code: 'RUN_CANCELLED', message: 'stop' });
    expect(toChainError(original, { operation: 'deploy', rpcUrl: 'http://127.0.0.1:1' })).toBe(original);
  });

  it('behavior: an unknown deploy failure is CONTRACT_DEPLOY_FAILED with the vendor error as cause', () => {
    const vendor = new Error('something odd');
    const mapped = toChainError(vendor, { operation: 'deploy', rpcUrl: 'http://127.0.0.1:1', contractName: 'Token' });
    expect(mapped).toMatchObject({ code: 'CONTRACT_DEPLOY_FAILED', message: 'Deploying Token failed: something odd' });
    expect(mapped.cause).toBe(vendor);
  });
});
