import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChainAdapter, CompiledContract } from '../spec/chain.js';
import { brokenSource, counterSources } from './chain-spec/contracts.js';
import { expectCode } from './expect-code.js';

/** Options of {@link runChainSpec}. */
export interface ChainSpecOptions {
  /** Suite name (defaults to `adapter`). */
  name?: string;
}

const hex = (bytes: number) => new RegExp(`^0x[0-9a-fA-F]{${bytes * 2}}$`);

/**
 * The chain conformance suite: `info`, compiling Solidity (imports between sources, errors with
 * their file and line), deploying, reading and writing a contract, reverts as CHAIN_REVERTED
 * with the reason, concurrent writes from one account, and aborted deploys. The factory is
 * called once; the adapter's account must hold funds for a few transactions. The adapter is
 * closed at the end.
 *
 * @example
 * // my-chain.test.ts
 * import { runChainSpec } from '@buildwright/core/testing';
 * import { myChain } from './my-chain.js';
 *
 * runChainSpec(() => myChain({ rpcUrl: 'http://127.0.0.1:8545' }));
 */
export function runChainSpec(factory: () => ChainAdapter | Promise<ChainAdapter>, options: ChainSpecOptions = {}): void {
  describe(`chain spec: ${options.name ?? 'adapter'}`, () => {
    let chain!: ChainAdapter;
    let counter!: CompiledContract;
    const deployCounter = (start = 5n) => chain.deploy({ contract: counter, args: ['spec', start] });

    beforeAll(async () => {
      chain = await factory();
      const compiled = await chain.compile({ sources: counterSources });
      expect(compiled.errors, 'the chain spec contracts must compile').toEqual([]);
      counter = compiled.contracts.find((contract) => contract.name === 'Counter')!;
    });
    afterAll(async () => {
      await chain?.close();
    });

    describe('info', () => {
      it('default: declares specification v1, a provider, and where the chain is', async () => {
        expect(chain.specificationVersion).toBe('v1');
        expect(chain.provider.length).toBeGreaterThan(0);
        const info = await chain.info();
        expect(Number.isInteger(info.chainId) && info.chainId > 0).toBe(true);
        expect(info.network.length).toBeGreaterThan(0);
        expect(() => new URL(info.rpcUrl)).not.toThrow();
        expect(info.rpcUrl).toMatch(/^https?:\/\//);
        if (info.explorerUrl !== null) expect(info.explorerUrl).toMatch(/^https:\/\//);
        for (const account of info.devAccounts) {
          expect(account.address).toMatch(hex(20));
          expect(account.privateKey).toMatch(hex(32));
        }
      });
    });

    describe('compile', () => {
      it('default: compiles sources that import each other into deployable contracts with their project-relative file', async () => {
        const compiled = await chain.compile({ sources: counterSources });
        expect(compiled.ok).toBe(true);
        expect(compiled.compilerVersion.length).toBeGreaterThan(0);
        expect(counter).toMatchObject({ name: 'Counter', file: 'contracts/Counter.sol' });
        expect(counter.bytecode).toMatch(/^0x[0-9a-fA-F]{100,}$/);
        expect(counter.abi).toContainEqual(expect.objectContaining({ type: 'function', name: 'add' }));
        // An abstract contract has no creation code: nothing to deploy.
        expect(compiled.contracts.map((contract) => contract.name)).not.toContain('Counted');
      });

      it('error: a syntax error is a failed result with the file and line, not a throw', async () => {
        const compiled = await chain.compile({ sources: { 'contracts/Broken.sol': brokenSource } });
        expect(compiled.ok).toBe(false);
        expect(compiled.contracts).toEqual([]);
        expect(compiled.errors[0]).toMatchObject({ severity: 'error', file: 'contracts/Broken.sol', line: 7 });
        expect(compiled.errors[0]!.message.length).toBeGreaterThan(0);
      });
    });

    describe('contracts', () => {
      it('default: deploy returns the address, transaction, chain and block; read sees the constructor state', async () => {
        const info = await chain.info();
        const deployed = await deployCounter(5n);
        expect(deployed.address).toMatch(hex(20));
        expect(deployed.txHash).toMatch(hex(32));
        expect(deployed).toMatchObject({ chainId: info.chainId, network: info.network });
        expect(typeof deployed.gasUsed).toBe('bigint');
        expect(deployed.gasUsed).toBeGreaterThan(21_000n);
        expect(typeof deployed.blockNumber).toBe('bigint');
        if (info.explorerUrl === null) expect(deployed.explorerUrl).toBeNull();
        else expect(deployed.explorerUrl).toContain(deployed.address);
        expect(await chain.read({ address: deployed.address, abi: counter.abi, functionName: 'label' })).toBe('spec');
        expect(await chain.read({ address: deployed.address, abi: counter.abi, functionName: 'count' })).toBe(5n);
      });

      it('behavior: write changes the state and reports success', async () => {
        const { address } = await deployCounter(5n);
        const written = await chain.write({ address, abi: counter.abi, functionName: 'add', args: [3n] });
        expect(written.status).toBe('success');
        expect(written.txHash).toMatch(hex(32));
        expect(await chain.read({ address, abi: counter.abi, functionName: 'count' })).toBe(8n);
      });

      it('behavior: concurrent writes from one account all land', async () => {
        const { address } = await deployCounter(0n);
        const results = await Promise.all([1n, 2n, 3n, 4n].map((amount) => chain.write({ address, abi: counter.abi, functionName: 'add', args: [amount] })));
        expect(results.map((result) => result.status)).toEqual(['success', 'success', 'success', 'success']);
        expect(await chain.read({ address, abi: counter.abi, functionName: 'count' })).toBe(10n);
      });

      it('error: a write that reverts is CHAIN_REVERTED with the reason, and changes nothing', async () => {
        const { address } = await deployCounter(5n);
        const error = await expectCode(chain.write({ address, abi: counter.abi, functionName: 'add', args: [0n] }), 'CHAIN_REVERTED');
        expect(error.message).toContain('Counter: amount is zero');
        expect(await chain.read({ address, abi: counter.abi, functionName: 'count' })).toBe(5n);
      });

      it('error: a constructor that reverts fails the deploy with CHAIN_REVERTED and the reason', async () => {
        const error = await expectCode(chain.deploy({ contract: counter, args: ['', 1n] }), 'CHAIN_REVERTED');
        expect(error.message).toContain('Counter: empty label');
      });

      it('error: an aborted signal cancels the deploy with RUN_CANCELLED', async () => {
        await expectCode(chain.deploy({ contract: counter, args: ['spec', 1n], signal: AbortSignal.abort() }), 'RUN_CANCELLED');
      });
    });
  });
}
