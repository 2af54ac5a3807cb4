import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeAbiParameters } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledContract } from '@buildwright/core';
import { compileSolidity } from './compile-solidity.js';
import type { CompileSolidityResult } from './compile-solidity.js';
import { startEtherscanServer } from './etherscan-server.test-support.js';
import { sampleContracts } from './sample-contracts.test-support.js';
import { localChain } from './local-chain.js';
import type { LocalChain } from './local-chain.js';
import { verifyContract } from './verify-contract.js';
import { viemChain } from './viem-chain.js';

const tokenSample = sampleContracts().find((sample) => sample.contractName === 'Token')!;

describe('verifyContract', () => {
  // A local node with Sepolia's chain id stands in for Sepolia; the explorer reads code from it.
  let fakeSepolia: LocalChain;
  let explorer: Awaited<ReturnType<typeof startEtherscanServer>>;
  let rpcUrl: string;
  let deployerKey: `0x${string}`;
  let compiled: CompileSolidityResult;
  let token: CompiledContract;

  beforeAll(async () => {
    fakeSepolia = localChain({ chainId: 11155111 });
    const info = await fakeSepolia.info();
    rpcUrl = info.rpcUrl;
    deployerKey = info.devAccounts[0]!.privateKey;
    explorer = await startEtherscanServer({ apiKey: 'test-key', rpcUrl, locateFailures: 1, pendingPolls: 2 });
    compiled = await compileSolidity({ sources: { [tokenSample.path]: tokenSample.source } });
    token = compiled.contracts[0]!;
  });

  afterAll(async () => {
    await explorer.close();
    await fakeSepolia.close();
  });

  it('default: viemChain with verify: true verifies each deploy on the explorer', async () => {
    const chain = viemChain({
      rpcUrl,
      chain: 'sepolia',
      privateKey: deployerKey,
      pollingIntervalMs: 50,
      verify: true,
      explorer: { apiUrl: explorer.apiUrl, apiKey: 'test-key', pollIntervalMs: 20 },
    });
    const deployed = await chain.deploy({ contract: token, args: tokenSample.constructorArgs });
    expect(deployed.verification).toMatchObject({ status: 'verified', message: 'Pass - Verified' });
    const submissions = explorer.requests.filter((request) => request.body.action === 'verifysourcecode');
    // The first submission met "Unable to locate ContractCode" and was retried.
    expect(submissions).toHaveLength(2);
    const submitted = submissions[1]!;
    expect(submitted.query.chainid).toBe('11155111');
    expect(submitted.body).toMatchObject({
      module: 'contract',
      codeformat: 'solidity-standard-json-input',
      contractname: 'contracts/Token.sol:Token',
      contractaddress: deployed.address,
      compilerversion: `v${compiled.compilerLongVersion}`,
    });
    const constructorInputs = (token.abi as { type: string; inputs: { type: string; name: string }[] }[]).find((item) => item.type === 'constructor')!.inputs;
    expect(submitted.body.constructorArguments).toBe(encodeAbiParameters(constructorInputs, tokenSample.constructorArgs).slice(2));
    const polls = explorer.requests.filter((request) => request.query.action === 'checkverifystatus');
    expect(polls.length).toBeGreaterThanOrEqual(3);

    // Submitting again: the explorer says it is already verified, which counts as verified.
    const again = await chain.verify({ address: deployed.address, contract: token, args: tokenSample.constructorArgs });
    expect(again).toMatchObject({ status: 'verified', message: 'Contract source code already verified' });
  });

  it('behavior: a source that does not match the deployed code fails with the explorer message', async () => {
    const deployed = await viemChain({ rpcUrl, chain: 'sepolia', privateKey: deployerKey, pollingIntervalMs: 50 }).deploy({ contract: token, args: tokenSample.constructorArgs });
    const altered = await compileSolidity({ sources: { [tokenSample.path]: tokenSample.source.replace('Token: balance too low', 'Token: not enough') } });
    const result = await verifyContract({
      apiUrl: explorer.apiUrl,
      apiKey: 'test-key',
      chainId: 11155111,
      address: deployed.address,
      contract: { file: tokenSample.path, name: 'Token' },
      standardJsonInput: altered.standardJsonInput,
      compilerVersion: altered.compilerLongVersion,
      pollIntervalMs: 20,
    });
    expect(result.status).toBe('failed');
    expect(result.message).toBe('Fail - Unable to verify');
    expect(result.guid).toMatch(/^[0-9a-f]{50}$/);
  });

  it('behavior: a wrong API key fails with the explorer message', async () => {
    const result = await verifyContract({
      apiUrl: explorer.apiUrl,
      apiKey: 'wrong',
      chainId: 11155111,
      address: `0x${'1'.repeat(40)}`,
      contract: { file: tokenSample.path, name: 'Token' },
      standardJsonInput: compiled.standardJsonInput,
      compilerVersion: compiled.compilerLongVersion,
      pollIntervalMs: 20,
    });
    expect(result).toEqual({ status: 'failed', message: 'Invalid API Key' });
  });

  it('error: no API key is INVALID_INPUT naming ETHERSCAN_API_KEY', async () => {
    const saved = process.env.ETHERSCAN_API_KEY;
    delete process.env.ETHERSCAN_API_KEY;
    try {
      await expect(
        verifyContract({
          apiUrl: explorer.apiUrl,
          chainId: 11155111,
          address: `0x${'1'.repeat(40)}`,
          contract: { file: tokenSample.path, name: 'Token' },
          standardJsonInput: compiled.standardJsonInput,
          compilerVersion: compiled.compilerLongVersion,
        }),
      ).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('ETHERSCAN_API_KEY') });
    } finally {
      if (saved !== undefined) process.env.ETHERSCAN_API_KEY = saved;
    }
  });

  it('error: an explorer that is down makes verification fail but keeps the deployed address', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const chain = viemChain({ rpcUrl, chain: 'sepolia', privateKey: deployerKey, pollingIntervalMs: 50, verify: true, explorer: { apiUrl: `http://127.0.0.1:${port}/api`, apiKey: 'test-key' } });
    const deployed = await chain.deploy({ contract: token, args: tokenSample.constructorArgs });
    expect(deployed.address).toMatch(/^0x[0-9a-fA-F]{40}$/);
    expect(deployed.verification).toMatchObject({ status: 'failed', message: expect.stringContaining('not reachable') });
  });
});
