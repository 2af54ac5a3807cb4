import { BuildwrightError } from '@buildwright/core';
import type { CompiledContract, DeployResult } from '@buildwright/core';
import type { Abi, Hash, TransactionReceipt } from 'viem';
import { toChainError } from './chain-errors.js';
import type { ChainSession } from './chain-session.js';

type Address = `0x${string}`;

/** The result of a write: the spec's `{ txHash, status }` plus the gas it used and its block. */
export interface WriteResult {
  txHash: Address;
  status: 'success' | 'reverted';
  gasUsed: bigint;
  blockNumber: bigint;
}

function cancelled(): BuildwrightError {
  return new BuildwrightError({ code: 'RUN_CANCELLED', message: 'The chain operation was cancelled.' });
}

/** Rejects as soon as `signal` aborts; the underlying request is left to finish on its own. */
function raceSignal<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(cancelled());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancelled());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** A send that waited its turn is dropped if the caller gave up meanwhile. */
function unlessAborted<T>(signal: AbortSignal | undefined, send: () => Promise<T>): Promise<T> {
  return signal?.aborted ? Promise.reject(cancelled()) : send();
}

function checkContract(contract: CompiledContract): void {
  if (typeof contract?.bytecode !== 'string' || !/^0x[0-9a-fA-F]+$/.test(contract.bytecode) || contract.bytecode.length <= 2) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message: `Contract ${contract?.name ?? '(unnamed)'} has no creation bytecode: deploy a contract from a successful compile (interfaces and abstract contracts cannot be deployed).`,
    });
  }
  if (!Array.isArray(contract.abi)) throw new BuildwrightError({ code: 'INVALID_INPUT', message: `Contract ${contract.name} has no ABI array.` });
}

function checkAddress(address: string): void {
  if (typeof address !== 'string' || !/^0x[0-9a-fA-F]{40}$/.test(address)) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', message: `"${String(address)}" is not a contract address: pass a 0x-prefixed 20-byte hex address.` });
  }
}

async function waitForReceipt(session: ChainSession, hash: Hash, signal: AbortSignal | undefined, what: string): Promise<TransactionReceipt> {
  try {
    return await raceSignal(session.publicClient.waitForTransactionReceipt({ hash, confirmations: session.confirmations, timeout: session.receiptTimeoutMs }), signal);
  } catch (error) {
    if (BuildwrightError.isInstance(error)) throw error;
    const timedOut = (error as { name?: string })?.name === 'WaitForTransactionReceiptTimeoutError';
    if (timedOut) {
      throw new BuildwrightError({
        code: what === 'deploy' ? 'CONTRACT_DEPLOY_FAILED' : 'CHAIN_UNAVAILABLE',
        message: `No receipt for transaction ${hash} within ${Math.round(session.receiptTimeoutMs / 1000)} s on ${session.network}. It may still be mined: look it up${session.explorerUrl ? ` at ${session.explorerUrl}/tx/${hash}` : ''} before sending it again.`,
        cause: error,
        retryable: what !== 'deploy',
        details: { txHash: hash },
      });
    }
    throw toChainError(error, { operation: what === 'deploy' ? 'deploy' : 'write', rpcUrl: session.rpcUrl, account: session.account.address });
  }
}

/**
 * Deploys a compiled contract and waits for its receipt (the session's confirmations).
 *
 * @example
 * const deployed = await deployWithSession(session, { contract, args: ['Token', 'TKN', 10n ** 24n] });
 */
export async function deployWithSession(session: ChainSession, input: { contract: CompiledContract; args?: unknown[]; signal?: AbortSignal }): Promise<DeployResult> {
  checkContract(input.contract);
  if (input.signal?.aborted) throw cancelled();
  const context = { operation: 'deploy' as const, rpcUrl: session.rpcUrl, account: session.account.address, contractName: input.contract.name };
  let hash: Hash;
  try {
    hash = await raceSignal(
      session.serializeSend(() =>
        unlessAborted(input.signal, () =>
          session.walletClient.deployContract({ abi: input.contract.abi as Abi, bytecode: input.contract.bytecode, args: input.args ?? [] } as Parameters<
            typeof session.walletClient.deployContract
          >[0]),
        ),
      ),
      input.signal,
    );
  } catch (error) {
    throw toChainError(error, context);
  }
  const receipt = await waitForReceipt(session, hash, input.signal, 'deploy');
  if (receipt.status !== 'success' || !receipt.contractAddress) {
    throw new BuildwrightError({
      code: 'CONTRACT_DEPLOY_FAILED',
      message: `Deploying ${input.contract.name} reverted on ${session.network} (transaction ${hash}, gas used ${receipt.gasUsed}). Check the constructor's requirements and arguments.`,
      details: { txHash: hash, gasUsed: receipt.gasUsed.toString() },
    });
  }
  return {
    address: receipt.contractAddress,
    txHash: hash,
    chainId: session.chain.id,
    network: session.network,
    explorerUrl: session.explorerUrl ? `${session.explorerUrl}/address/${receipt.contractAddress}` : null,
    gasUsed: receipt.gasUsed,
    blockNumber: receipt.blockNumber,
  };
}

/**
 * Calls a view or pure function.
 *
 * @example
 * const supply = await readWithSession(session, { address, abi, functionName: 'totalSupply' });
 */
export async function readWithSession(session: ChainSession, input: { address: Address; abi: unknown[]; functionName: string; args?: unknown[] }): Promise<unknown> {
  checkAddress(input.address);
  try {
    return await session.publicClient.readContract({ address: input.address, abi: input.abi as Abi, functionName: input.functionName, args: input.args ?? [] });
  } catch (error) {
    throw toChainError(error, { operation: 'read', rpcUrl: session.rpcUrl, functionName: input.functionName });
  }
}

/**
 * Sends a transaction to a contract function and waits for its receipt. A call that would revert
 * is refused before sending (`CHAIN_REVERTED` with the reason), so no gas is spent on it.
 *
 * @example
 * const { txHash, status } = await writeWithSession(session, { address, abi, functionName: 'transfer', args: [to, 5n] });
 */
export async function writeWithSession(
  session: ChainSession,
  input: { address: Address; abi: unknown[]; functionName: string; args?: unknown[]; value?: bigint; signal?: AbortSignal },
): Promise<WriteResult> {
  checkAddress(input.address);
  if (input.signal?.aborted) throw cancelled();
  let hash: Hash;
  try {
    const request = { address: input.address, abi: input.abi as Abi, functionName: input.functionName, args: input.args ?? [], ...(input.value === undefined ? {} : { value: input.value }) };
    hash = await raceSignal(
      session.serializeSend(() => unlessAborted(input.signal, () => session.walletClient.writeContract(request as unknown as Parameters<typeof session.walletClient.writeContract>[0]))),
      input.signal,
    );
  } catch (error) {
    throw toChainError(error, { operation: 'write', rpcUrl: session.rpcUrl, account: session.account.address, functionName: input.functionName });
  }
  const receipt = await waitForReceipt(session, hash, input.signal, 'write');
  return { txHash: hash, status: receipt.status, gasUsed: receipt.gasUsed, blockNumber: receipt.blockNumber };
}
