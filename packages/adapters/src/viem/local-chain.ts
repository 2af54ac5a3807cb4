import { BuildwrightError } from '@buildwright/core';
import type { ChainAdapter, ChainInfo, CompiledContract, DeployResult } from '@buildwright/core';
import type { Account, Chain, PublicClient, Transport, WalletClient } from 'viem';
import { deployWithSession, readWithSession, writeWithSession } from './chain-operations.js';
import type { WriteResult } from './chain-operations.js';
import { createSession } from './chain-session.js';
import type { ChainSession } from './chain-session.js';
import { compileSolidity } from './compile-solidity.js';
import type { CompileSolidityOptions, CompileSolidityResult } from './compile-solidity.js';
import { devPrivateKeys } from './dev-accounts.js';
import { startEdrNode } from './edr-node.js';
import { serveJsonRpc } from './json-rpc-server.js';
import type { JsonRpcServer } from './json-rpc-server.js';
import { importPeer, requirePeers } from '../internal/peer-dependency.js';

type Hex = `0x${string}`;

export interface LocalChainOptions {
  /** Port of the JSON-RPC endpoint. Default 0: a free port. */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1` (never exposed beyond this machine by default). */
  host?: string;
  /** Default 31337. */
  chainId?: number;
  /** How many funded dev accounts (1–20, default 10, Hardhat's well-known keys), or your own keys. */
  accounts?: number | Hex[];
  /** Balance of each dev account in wei. Default 10,000 ETH. */
  balance?: bigint;
  /** EVM hardfork, e.g. `'prague'`. Default: the newest the EVM supports. */
  hardfork?: string;
  /** Default 30,000,000. */
  blockGasLimit?: bigint;
  /** Compiler settings for `compile()`. */
  compiler?: Omit<CompileSolidityOptions, 'sources' | 'nodeModulesDir'>;
}

/** viem clients over the local endpoint; the wallet signs with the first dev account. */
export interface LocalChainClients {
  publicClient: PublicClient<Transport, Chain>;
  walletClient: WalletClient<Transport, Chain, Account>;
}

export interface LocalChain extends ChainAdapter {
  readonly provider: 'local';
  compile(input: { sources: Record<string, string>; nodeModulesDir?: string }): Promise<CompileSolidityResult>;
  write(input: { address: Hex; abi: unknown[]; functionName: string; args?: unknown[]; value?: bigint }): Promise<WriteResult>;
  /** The viem clients this chain uses (starts the chain if needed). */
  clients(): Promise<LocalChainClients>;
}

interface Running {
  server: JsonRpcServer;
  session: ChainSession;
  info: ChainInfo;
}

const ether = 10n ** 18n;

function resolveKeys(accounts: LocalChainOptions['accounts']): Hex[] {
  if (Array.isArray(accounts)) {
    const bad = accounts.find((key) => !/^0x[0-9a-fA-F]{64}$/.test(key));
    if (accounts.length === 0 || bad !== undefined) {
      throw new BuildwrightError({ code: 'INVALID_INPUT', message: 'localChain accounts must be a count (1–20) or a non-empty list of 0x-prefixed 32-byte private keys.' });
    }
    return accounts;
  }
  const count = accounts ?? 10;
  if (!Number.isInteger(count) || count < 1 || count > devPrivateKeys.length) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', message: `localChain accounts must be between 1 and ${devPrivateKeys.length}, got ${String(count)}.` });
  }
  return devPrivateKeys.slice(0, count);
}

/**
 * A local EVM for development and previews: Hardhat's EDR in process, served as JSON-RPC over
 * HTTP on a local port that a browser page can call (CORS open), with funded dev accounts,
 * instant mining and chain id 31337. Nothing starts until first use; `close()` stops it.
 *
 * @example
 * const chain = localChain();
 * const { rpcUrl, devAccounts } = await chain.info(); // rpcUrl: 'http://127.0.0.1:39417'
 * const compiled = await chain.compile({ sources: { 'contracts/Token.sol': source } });
 * const token = compiled.contracts.find((contract) => contract.name === 'Token')!;
 * const { address } = await chain.deploy({ contract: token, args: ['Token', 'TKN', 10n ** 24n] });
 * await chain.write({ address, abi: token.abi, functionName: 'transfer', args: [devAccounts[1]!.address, 5n] });
 * await chain.close();
 */
export function localChain(options: LocalChainOptions = {}): LocalChain {
  requirePeers('localChain', ['@nomicfoundation/edr', 'viem']);
  let starting: Promise<Running> | undefined;
  let closed = false;

  const start = async (): Promise<Running> => {
    const keys = resolveKeys(options.accounts);
    const chainId = options.chainId ?? 31337;
    const [viem, viemAccounts] = await Promise.all([importPeer('localChain', 'viem', () => import('viem')), importPeer('localChain', 'viem', () => import('viem/accounts'))]);
    const devAccounts = keys.map((privateKey) => ({ address: viemAccounts.privateKeyToAddress(privateKey), privateKey }));
    const balance = options.balance ?? 10_000n * ether;
    const node = await startEdrNode({
      chainId,
      accounts: devAccounts.map((account) => ({ ...account, balance })),
      blockGasLimit: options.blockGasLimit ?? 30_000_000n,
      ...(options.hardfork === undefined ? {} : { hardfork: options.hardfork }),
    });
    let server: JsonRpcServer;
    try {
      server = await serveJsonRpc({ host: options.host ?? '127.0.0.1', port: options.port ?? 0, handle: node.handle, name: 'Buildwright local chain' });
    } catch (error) {
      throw new BuildwrightError({
        code: 'CHAIN_UNAVAILABLE',
        message: `The local chain could not listen on ${options.host ?? '127.0.0.1'}:${options.port ?? 0} (${error instanceof Error ? error.message : String(error)}). Pick another port, or 0 for a free one.`,
        cause: error,
      });
    }
    const chain = viem.defineChain({
      id: chainId,
      name: 'Buildwright local',
      nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
      rpcUrls: { default: { http: [server.url] } },
      testnet: true,
    });
    const session = await createSession({
      adapter: 'localChain',
      chain,
      rpcUrl: server.url,
      network: 'local',
      explorerUrl: null,
      account: viemAccounts.privateKeyToAccount(keys[0]!),
      confirmations: 1,
      receiptTimeoutMs: 30_000,
      pollingIntervalMs: 50,
      requestTimeoutMs: 30_000,
    });
    return { server, session, info: { chainId, network: 'local', rpcUrl: server.url, explorerUrl: null, devAccounts } };
  };

  const running = (): Promise<Running> => {
    if (closed) return Promise.reject(new BuildwrightError({ code: 'CHAIN_UNAVAILABLE', message: 'This local chain was closed. Create a new one with localChain().' }));
    starting ??= start().catch((error: unknown) => {
      starting = undefined;
      throw error;
    });
    return starting;
  };

  return {
    specificationVersion: 'v1',
    provider: 'local',
    async info() {
      const { info } = await running();
      return { ...info, devAccounts: info.devAccounts.map((account) => ({ ...account })) };
    },
    compile(input) {
      return compileSolidity({ ...options.compiler, ...input });
    },
    async deploy(input: { contract: CompiledContract; args?: unknown[]; signal?: AbortSignal }): Promise<DeployResult> {
      return deployWithSession((await running()).session, input);
    },
    async read(input) {
      return readWithSession((await running()).session, input);
    },
    async write(input) {
      return writeWithSession((await running()).session, input);
    },
    async clients() {
      const { session } = await running();
      return { publicClient: session.publicClient, walletClient: session.walletClient };
    },
    async close() {
      if (closed) return;
      closed = true;
      const current = starting;
      starting = undefined;
      if (current === undefined) return;
      const state = await current.catch(() => undefined);
      await state?.server.close();
    },
  };
}
